/** Which greeting fits the hour: morning until 11, afternoon until 18, then evening. */
export type DayPart = 'morning' | 'afternoon' | 'evening';

export const dayPartOf = (date: Date): DayPart => {
  const hour = date.getHours();
  if (hour >= 4 && hour < 11) return 'morning';
  if (hour >= 11 && hour < 18) return 'afternoon';
  return 'evening';
};
