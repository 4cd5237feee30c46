import { describe, expect, test } from 'vitest';
import { fold, foldedIncludes, foldedOptionsFilter } from './fold';

describe('fold', () => {
  test('drops accents, maps đ and ignores case and spacing', () => {
    expect(fold('Nguyễn  Văn Đức')).toBe('nguyen van duc');
    expect(fold('Hoà')).toBe(fold('Hòa'));
    // NFD input (as some files and keyboards send it) folds the same.
    expect(fold('Nguyễn'.normalize('NFD'))).toBe('nguyen');
  });

  test('matches every word anywhere', () => {
    expect(foldedIncludes('Phường Ba Đình', 'ba dinh')).toBe(true);
    expect(foldedIncludes('Phường Ba Đình', 'dinh phuong')).toBe(true);
    expect(foldedIncludes('Phường Ba Đình', 'hoan kiem')).toBe(false);
    expect(foldedIncludes('Thành phố Huế', 'ha')).toBe(false);
  });

  test('filters select options accent-insensitively, up to the limit', () => {
    const options = [
      { value: '1', label: 'Thành phố Hà Nội' },
      { value: '2', label: 'Tỉnh Hà Tĩnh' },
      { value: '3', label: 'Thành phố Huế' },
    ];
    expect(foldedOptionsFilter({ options, search: 'ha', limit: 10 }).map((o) => ('value' in o ? o.value : ''))).toEqual(['1', '2']);
    expect(foldedOptionsFilter({ options, search: 'hue', limit: 10 })).toHaveLength(1);
    expect(foldedOptionsFilter({ options, search: 'ha', limit: 1 })).toHaveLength(1);
  });
});
