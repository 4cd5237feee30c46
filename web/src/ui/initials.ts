/**
 * Up to two letters for an avatar. Vietnamese names put the given name last, so a name like
 * "Nguyễn Văn An" becomes "NA" (family and given name), never "NV".
 */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase() || '?';
}
