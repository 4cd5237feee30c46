import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldVietnamese, toNfc } from './text';

/** Every Vietnamese letter, lower and upper case, precomposed (NFC). */
const VIETNAMESE_LETTERS =
  'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
const ALL_LETTERS = [...VIETNAMESE_LETTERS, ...VIETNAMESE_LETTERS.toUpperCase()];

/** Vietnamese-looking text: letters, spaces and tabs, in NFC or NFD. */
const vietnameseText = fc
  .tuple(fc.array(fc.constantFrom(...ALL_LETTERS, ' ', ' ', '\t', '\u00a0'), { maxLength: 40 }), fc.constantFrom('NFC', 'NFD') as fc.Arbitrary<'NFC' | 'NFD'>)
  .map(([chars, form]) => chars.join('').normalize(form));

describe('toNfc', () => {
  it('composes decomposed input', () => {
    const nfd = 'Hoà Bình'.normalize('NFD');
    expect(nfd).not.toBe('Hoà Bình');
    expect(toNfc(nfd)).toBe('Hoà Bình');
    expect(toNfc(nfd).length).toBe(8);
  });
  it('leaves NFC text as it is', () => {
    expect(toNfc('Nguyễn Văn Đức')).toBe('Nguyễn Văn Đức');
  });
});

describe('foldVietnamese', () => {
  it.each([
    ['Nguyễn Văn Đức', 'nguyen van duc'],
    ['NGUYỄN VĂN ĐỨC', 'nguyen van duc'],
    ['Hòa', 'hoa'],
    ['Hoà', 'hoa'],
    ['Hòa'.normalize('NFD'), 'hoa'],
    ['Hoà'.normalize('NFD'), 'hoa'],
    ['Đặng Thị Đào', 'dang thi dao'],
    ['đường Điện Biên Phủ', 'duong dien bien phu'],
    ['  Trần\t\tThị   Thu  Hương \n', 'tran thi thu huong'],
    ['Thừa Thiên Huế', 'thua thien hue'],
    ['Phường Ngọc Thụy', 'phuong ngoc thuy'],
    ['Ưng Hoàng Phúc', 'ung hoang phuc'],
    ['Bà Rịa - Vũng Tàu', 'ba ria - vung tau'],
    ['Quận 1', 'quan 1'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it('"nguyen van duc" finds "Nguyễn Văn Đức" and "hoa" finds both spellings of Hòa', () => {
    const names = ['Nguyễn Văn Đức', 'Hòa', 'Hoà'.normalize('NFD'), 'Lê Văn Hùng'];
    expect(names.filter((n) => foldVietnamese(n).includes(foldVietnamese('nguyen van duc')))).toEqual(['Nguyễn Văn Đức']);
    expect(names.filter((n) => foldVietnamese(n).includes('hoa'))).toHaveLength(2);
  });

  it('is idempotent on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => foldVietnamese(foldVietnamese(s)) === foldVietnamese(s)));
    fc.assert(fc.property(vietnameseText, (s) => foldVietnamese(foldVietnamese(s)) === foldVietnamese(s)));
  });

  it('never returns a combining mark, đ or Đ, nor leading, trailing or double spaces', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), vietnameseText), (s) => {
        const folded = foldVietnamese(s);
        return !/\p{M}/u.test(folded) && !/[đĐ]/.test(folded) && folded === folded.trim() && !/\s\s/.test(folded);
      }),
    );
  });

  it('maps Vietnamese text to plain a–z', () => {
    fc.assert(fc.property(vietnameseText, (s) => /^[a-z ]*$/.test(foldVietnamese(s))));
  });

  it('does not depend on the normalization form or the case of the input', () => {
    fc.assert(
      fc.property(vietnameseText, (s) => {
        const folded = foldVietnamese(s);
        return foldVietnamese(s.normalize('NFC')) === folded && foldVietnamese(s.normalize('NFD')) === folded && foldVietnamese(s.toUpperCase()) === folded;
      }),
    );
  });
});
