import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';

/**
 * Text for accent-insensitive matching, as the server's search does: NFD, combining marks removed,
 * đ/Đ mapped to d (they do not decompose), lower case, single spaces. "Hoà" and "Hòa" both give "hoa".
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether every word of `query` starts a word of `text`, ignoring accents and case ("ba dinh" → "Phường Ba Đình"). */
export function foldedIncludes(text: string, query: string): boolean {
  const words = fold(text).split(' ');
  return fold(query)
    .split(' ')
    .every((part) => words.some((word) => word.startsWith(part)));
}

const isGroup = (item: ComboboxParsedItem): item is Extract<ComboboxParsedItem, { group: unknown }> => 'group' in item;

/** A Select/MultiSelect filter that ignores accents: "ba dinh" finds "Phường Ba Đình". */
export const foldedOptionsFilter: OptionsFilter = ({ options, search, limit }) => {
  const matches = (item: ComboboxItem) => foldedIncludes(item.label, search);
  const result: ComboboxParsedItem[] = [];
  for (const item of options) {
    if (result.length >= limit) break;
    if (isGroup(item)) {
      const items = item.items.filter(matches);
      if (items.length) result.push({ group: item.group, items });
    } else if (matches(item)) {
      result.push(item);
    }
  }
  return result;
};
