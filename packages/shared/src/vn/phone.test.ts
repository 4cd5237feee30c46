import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatVnPhone, normalizeVnPhone, phoneDigitsForSearch, toNationalDigits } from './phone';

// Written out again here rather than imported, so the tests check the module against the spec.
const MOBILE_PREFIXES = [
  '032', '033', '034', '035', '036', '037', '038', '039',
  '052', '055', '056', '058', '059',
  '070', '076', '077', '078', '079',
  '081', '082', '083', '084', '085', '086', '087', '088', '089',
  '090', '091', '092', '093', '094', '095', '096', '097', '098', '099',
];
/** domain.md, "Phones": the pre-2018 prefixes and their replacements. */
const OLD_PREFIXES: [string, string][] = [
  ['0120', '070'], ['0121', '079'], ['0122', '077'], ['0126', '076'], ['0128', '078'],
  ['0123', '083'], ['0124', '084'], ['0125', '085'], ['0127', '081'], ['0129', '082'],
  ['0162', '032'], ['0163', '033'], ['0164', '034'], ['0165', '035'], ['0166', '036'], ['0167', '037'], ['0168', '038'], ['0169', '039'],
  ['0186', '056'], ['0188', '058'], ['0199', '059'],
];
const TWO_DIGIT_AREAS = ['24', '28'];
const THREE_DIGIT_AREAS = ['203', '206', '212', '214', '222', '225', '229', '234', '236', '237', '238', '251', '254', '258', '263', '269', '274', '277', '290', '292', '296', '299'];

const ok = (e164: string, kind: string) => ({ ok: true, e164, kind });

describe('normalizeVnPhone', () => {
  it.each([
    // every way of writing the same mobile
    ['0912345678', '+84912345678'],
    ['0912 345 678', '+84912345678'],
    ['0912.345.678', '+84912345678'],
    ['0912-345-678', '+84912345678'],
    ['(091) 234-5678', '+84912345678'],
    ['091 234 56 78', '+84912345678'],
    ['  0912 345 678  ', '+84912345678'],
    ['0912\u00a0345\u00a0678', '+84912345678'],
    ['+84912345678', '+84912345678'],
    ['+84 912 345 678', '+84912345678'],
    ['+84-912-345-678', '+84912345678'],
    ['+84.912.345.678', '+84912345678'],
    ['(+84) 912 345 678', '+84912345678'],
    ['+84 (0) 912 345 678', '+84912345678'],
    ['+840912345678', '+84912345678'],
    ['84912345678', '+84912345678'],
    ['84 912 345 678', '+84912345678'],
    ['0084912345678', '+84912345678'],
    ['0084 912 345 678', '+84912345678'],
    // one number of each network
    ['0868 123 456', '+84868123456'],
    ['0327 654 321', '+84327654321'],
    ['0886 111 222', '+84886111222'],
    ['0703 999 888', '+84703999888'],
    ['0521 234 567', '+84521234567'],
    ['0559 000 111', '+84559000111'],
    ['0598 765 432', '+84598765432'],
    ['0877 123 123', '+84877123123'],
    ['0993 456 789', '+84993456789'],
  ])('mobile %j → %s', (input, e164) => {
    expect(normalizeVnPhone(input)).toEqual(ok(e164, 'mobile'));
  });

  it.each(MOBILE_PREFIXES)('accepts the mobile prefix %s', (prefix) => {
    expect(normalizeVnPhone(`${prefix}1234567`)).toEqual(ok(`+84${prefix.slice(1)}1234567`, 'mobile'));
  });

  it.each(OLD_PREFIXES)('converts the pre-2018 prefix %s to %s, in every written form', (oldPrefix, newPrefix) => {
    const expected = ok(`+84${newPrefix.slice(1)}1234567`, 'mobile');
    const rest = oldPrefix.slice(1);
    for (const written of [`${oldPrefix}1234567`, `${oldPrefix} 123 4567`, `${oldPrefix}.123.4567`, `${oldPrefix}-123-4567`, `+84 ${rest} 123 4567`, `84${rest}1234567`, `0084${rest}1234567`]) {
      expect(normalizeVnPhone(written), written).toEqual(expected);
    }
  });

  it.each([
    ['0243 826 1234', '+842438261234'], // Hà Nội, as often written (4-3-4)
    ['024 3826 1234', '+842438261234'],
    ['(024) 3826.1234', '+842438261234'],
    ['+84 24 3826 1234', '+842438261234'],
    ['028 3829 5555', '+842838295555'], // TP. Hồ Chí Minh
    ['(028) 38 29 55 55', '+842838295555'],
    ['0236 3822 222', '+842363822222'], // Đà Nẵng
    ['0225 3842 658', '+842253842658'], // Hải Phòng
    ['0292 3820 123', '+842923820123'], // Cần Thơ
    ['0203 3825 111', '+842033825111'], // Quảng Ninh
    ['0234 3822 000', '+842343822000'], // Huế
    ['0258 3521 212', '+842583521212'], // Khánh Hòa
    ['0251 3822 345', '+842513822345'], // Đồng Nai
    ['0238 3844 555', '+842383844555'], // Nghệ An
    ['0263.3822.123', '+842633822123'], // Lâm Đồng
    ['0084 296 3852 123', '+842963852123'], // An Giang
  ])('landline %j → %s', (input, e164) => {
    expect(normalizeVnPhone(input)).toEqual(ok(e164, 'landline'));
  });

  it.each([
    ['18001091', '18001091', 'toll_free'],
    ['1800 1091', '18001091', 'toll_free'],
    ['1800.599.920', '1800599920', 'toll_free'],
    ['1800-599-920', '1800599920', 'toll_free'],
    ['19001234', '19001234', 'premium'],
    ['1900 545 415', '1900545415', 'premium'],
    ['1900.6600', '19006600', 'premium'],
  ])('1800/1900 %j → %s (%s)', (input, stored, kind) => {
    expect(normalizeVnPhone(input)).toEqual(ok(stored, kind));
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['091234567', 'too short'],
    ['09123456789', 'too long'],
    ['0912 345 67', 'too short'],
    ['+8491234567', 'too short after +84'],
    ['849123456789', 'too long after 84'],
    ['0120123456', 'old prefix with 10 digits'],
    ['012012345678', 'old prefix with 12 digits'],
    ['01301234567', 'not a former prefix'],
    ['01601234567', 'not a former prefix'],
    ['01871234567', 'not a former prefix'],
    ['0801234567', '080 is not a mobile prefix'],
    ['0311234567', '031 is not a mobile prefix'],
    ['0501234567', '050 is not a mobile prefix'],
    ['0711234567', '071 is not a mobile prefix'],
    ['0412345678', 'pre-2017 Hà Nội area code 04'],
    ['0612345678', 'no 06 prefix'],
    ['0243826123', 'landline with 10 digits'],
    ['024382612345', 'landline with 12 digits'],
    ['02173822222', '0217 is not an area code'],
    ['02303822222', '0230 is not an area code'],
    ['1800123', '1800 with 7 digits'],
    ['180012345', '1800 with 9 digits'],
    ['19001234567', '1900 with 11 digits'],
    ['+84 1900 1234', '1900 with a country code'],
    ['912345678', 'no leading 0'],
    ['+1 212 555 0100', 'foreign number'],
    ['+44 20 7946 0958', 'foreign number'],
    ['0912 345 678 ext 12', 'letters'],
    ['O912345678', 'letter O'],
    ['zero nine', 'letters'],
    ['091234567a', 'letters'],
    ['0912*345*678', 'asterisk'],
    ['0912/345/678', 'slash'],
    ['0912+345678', 'plus in the middle'],
    ['++84912345678', 'double plus'],
    ['+', 'plus alone'],
    ['+84', 'country code alone'],
    ['0912345678, 0987654321', 'two numbers'],
  ])('rejects %j (%s)', (input) => {
    const result = normalizeVnPhone(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.length).toBeGreaterThan(0);
  });
});

describe('formatVnPhone', () => {
  it.each([
    ['+84912345678', '0912 345 678'],
    ['+84381234567', '0381 234 567'],
    ['+842438261234', '024 3826 1234'],
    ['+842838295555', '028 3829 5555'],
    ['+842363822222', '0236 382 2222'],
    ['18001091', '1800 1091'],
    ['1800599920', '1800 599 920'],
    ['1900545415', '1900 545 415'],
    // anything the parser accepts is shown the same way
    ['0168 123 4567', '0381 234 567'],
    // anything else is shown as it is
    ['not a phone', 'not a phone'],
    ['+1 212 555 0100', '+1 212 555 0100'],
  ])('%s → %s', (stored, shown) => {
    expect(formatVnPhone(stored)).toBe(shown);
  });
});

describe('phoneDigitsForSearch', () => {
  it.each([
    ['0912 345 678', '0912345678'],
    ['0912', '0912'],
    ['091', '091'],
    ['345 678', '345678'],
    ['345-678', '345678'],
    ['+84 912-345', '0912345'],
    ['+84912', '0912'],
    ['+84 (0) 912', '0912'],
    ['0084 24 38', '02438'],
    ['84912345678', '0912345678'],
    ['84 24 3826 1234', '02438261234'],
    ['849 123', '849123'], // too short to be a whole number: a fragment
    ['0168 123', '038123'],
    ['01681234567', '0381234567'],
    ['(024) 3826', '0243826'],
    ['1800 1091', '18001091'],
    ['12', null],
    ['1', null],
    ['', null],
    ['+84', null],
    ['Nguyễn', null],
    ['a12345', null],
    ['0912abc', null],
    ['duc@example.vn', null],
    ['0912*', null],
    ['+1 212 555', null],
  ])('%j → %j', (query, expected) => {
    expect(phoneDigitsForSearch(query)).toBe(expected);
  });
});

// Generators of valid numbers in their stored form.
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const storedMobile = fc.tuple(fc.constantFrom(...MOBILE_PREFIXES), digits(7)).map(([p, rest]) => `+84${p.slice(1)}${rest}`);
const storedLandline = fc.oneof(
  fc.tuple(fc.constantFrom(...TWO_DIGIT_AREAS), digits(8)).map(([area, rest]) => `+84${area}${rest}`),
  fc.tuple(fc.constantFrom(...THREE_DIGIT_AREAS), digits(7)).map(([area, rest]) => `+84${area}${rest}`),
);
const storedSpecial = fc.tuple(fc.constantFrom('1800', '1900'), fc.oneof(digits(4), digits(6))).map(([p, rest]) => p + rest);
const storedNumber = fc.oneof(storedMobile, storedLandline, storedSpecial);

/** National digits written with random separators between (some of) the digits. */
const withSeparators = (national: string) =>
  fc.array(fc.constantFrom('', '', '', ' ', '.', '-', ' - ', '  '), { minLength: national.length, maxLength: national.length }).map((seps) =>
    [...national].map((d, i) => (i === 0 ? d : seps[i] + d)).join(''),
  );

describe('phone properties', () => {
  it('normalize(format(x)) === x for every valid stored number', () => {
    fc.assert(
      fc.property(storedNumber, (stored) => {
        const parsed = normalizeVnPhone(formatVnPhone(stored));
        return parsed.ok && parsed.e164 === stored;
      }),
      { numRuns: 500 },
    );
  });

  it('every written variant of a number normalizes to the same stored form', () => {
    const variant = fc
      .oneof(storedMobile, storedLandline)
      .chain((stored) => {
        const withoutTrunk = toNationalDigits(stored).slice(1);
        return fc.tuple(
          fc.constant(stored),
          fc.constantFrom('0', '+84', '+84 ', '84', '84 ', '0084', '0084 ', '(+84) ', '+84 (0) ', '+84-', '+84.'),
          withSeparators(withoutTrunk),
          fc.constantFrom('', ' ', '  ', '\t'),
        );
      })
      .map(([stored, prefix, body, pad]) => ({ stored, written: `${pad}${prefix}${body}${pad}` }));
    fc.assert(
      fc.property(variant, ({ stored, written }) => {
        const parsed = normalizeVnPhone(written);
        return parsed.ok && parsed.e164 === stored;
      }),
      { numRuns: 1000 },
    );
  });

  it('1800/1900 numbers with any separators keep their digits', () => {
    fc.assert(
      fc.property(storedSpecial.chain((stored) => fc.tuple(fc.constant(stored), withSeparators(stored))), ([stored, written]) => {
        const parsed = normalizeVnPhone(written);
        return parsed.ok && parsed.e164 === stored;
      }),
    );
  });

  it('a pre-2018 number and its new number are the same stored number', () => {
    const oldNumber = fc.tuple(fc.constantFrom(...OLD_PREFIXES), digits(7));
    fc.assert(
      fc.property(oldNumber, ([[oldPrefix, newPrefix], rest]) => {
        const a = normalizeVnPhone(oldPrefix + rest);
        const b = normalizeVnPhone(newPrefix + rest);
        return a.ok && b.ok && a.e164 === b.e164 && a.kind === 'mobile';
      }),
    );
  });

  it('a valid number with a digit added or removed is rejected (or stays a different valid number)', () => {
    fc.assert(
      fc.property(storedMobile, fc.integer({ min: 0, max: 9 }), (stored, extra) => {
        const national = toNationalDigits(stored);
        return !normalizeVnPhone(national + extra).ok && !normalizeVnPhone(national.slice(0, -1)).ok;
      }),
    );
  });

  it('searching the whole number, in any written form, gives its national digits', () => {
    fc.assert(
      fc.property(storedNumber, (stored) => {
        const national = toNationalDigits(stored);
        return phoneDigitsForSearch(formatVnPhone(stored)) === national && phoneDigitsForSearch(stored) === national;
      }),
    );
  });

  it('searching what a user has typed so far finds the number', () => {
    const typing = fc.oneof(storedMobile, storedLandline).chain((stored) =>
      fc.tuple(fc.constant(stored), fc.constantFrom('0', '+84 ', '0084'), fc.integer({ min: 3, max: 12 })),
    );
    fc.assert(
      fc.property(typing, ([stored, prefix, length]) => {
        // Once the country code is complete ("+84 9…", "00849…"): "008" alone is a fragment like any other.
        const typed = (prefix + toNationalDigits(stored).slice(1)).slice(0, prefix.length + length - 2);
        const query = phoneDigitsForSearch(typed);
        return query === null || toNationalDigits(stored).startsWith(query);
      }),
    );
  });

  it('any run of 3 or more digits from inside a number that does not start with 0 or 84 is searched as it is', () => {
    fc.assert(
      fc.property(storedNumber, fc.nat(), fc.nat(), (stored, a, b) => {
        const national = toNationalDigits(stored);
        const start = a % (national.length - 2);
        const fragment = national.slice(start, start + 3 + (b % (national.length - start - 2)));
        fc.pre(!fragment.startsWith('0') && !fragment.startsWith('84'));
        return phoneDigitsForSearch(fragment) === fragment && national.includes(fragment);
      }),
    );
  });
});
