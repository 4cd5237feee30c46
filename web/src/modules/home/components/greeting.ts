/** Which greeting fits the hour: morning until 11, afternoon until 18, then evening. */
export type DayPart = 'morning' | 'afternoon' | 'evening';

export const dayPartOf = (date: Date): DayPart => {
  const hour = date.getHours();
  if (hour >= 4 && hour < 11) return 'morning';
  if (hour >= 11 && hour < 18) return 'afternoon';
  return 'evening';
};

/** The given name: in Vietnamese the last word ("Nguyễn Văn An" → "An"); English names use the first. */
export const givenName = (fullName: string, language: string): string => {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  const pick = language === 'vi' ? words[words.length - 1] : words[0];
  return pick ?? fullName;
};
