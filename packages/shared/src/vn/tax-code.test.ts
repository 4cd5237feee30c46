import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateTaxCode } from './tax-code';

/**
 * Codes of well-known companies (published on their invoices and in the national business register).
 * Each one is checked here by the checksum, so a wrong one would fail this test, not pass silently.
 * The comment gives Σ mod 11 of the first nine digits.
 */
const PUBLISHED = [
  ['0100107370', 'Petrolimex'], // 10 → check digit 0
  ['0300588569', 'Vinamilk'], // 1 → check digit 9
  ['0100686209', 'MobiFone'], // 1
  ['0309532909', 'Tiki'], // 1
  ['0300583659', 'Sabeco'], // 1
  ['0102325399', 'Vietjet Air'], // 1
  ['0101248141', 'FPT'], // 9
  ['0100109106', 'Viettel'], // 4
  ['0101245486', 'Vingroup'], // 4
  ['0100112437', 'Vietcombank'], // 3
  ['0100107518', 'Vietnam Airlines'], // 2
  ['0303576603', 'Masan Group'], // 7
  ['0900189284', 'Hòa Phát Group'], // 6
  ['0100684378', 'VNPT'], // 2
  ['0303217354', 'Thế Giới Di Động'], // 6
] as const;

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];
/** The rule restated: with check = 10 − r, r + check = 10, i.e. Σ + check ≡ 10 (mod 11). */
const satisfiesChecksum = (ten: string) => ([...ten.slice(0, 9)].reduce((sum, d, i) => sum + Number(d) * WEIGHTS[i]!, 0) + Number(ten[9])) % 11 === 10;

describe('validateTaxCode', () => {
  it.each(PUBLISHED)('accepts %s (%s)', (code) => {
    expect(validateTaxCode(code)).toEqual({ ok: true, normalized: code, kind: 'enterprise' });
  });

  it.each([
    ['0100107370', '0100107370'],
    [' 0100107370 ', '0100107370'],
    ['0100 107 370', '0100107370'],
    ['01 00107370', '0100107370'],
  ])('enterprise %j → %s', (input, normalized) => {
    expect(validateTaxCode(input)).toEqual({ ok: true, normalized, kind: 'enterprise' });
  });

  it.each([
    ['0101248141-001', '0101248141-001'],
    ['0101248141001', '0101248141-001'],
    ['0101248141 001', '0101248141-001'],
    ['0101248141 - 001', '0101248141-001'],
    ['0101248141–001', '0101248141-001'], // an en dash pasted from a document
    ['0100 107 370 - 015', '0100107370-015'],
    ['0300588569-999', '0300588569-999'],
    ['0100109106-100', '0100109106-100'],
  ])('branch %j → %s', (input, normalized) => {
    expect(validateTaxCode(input)).toEqual({ ok: true, normalized, kind: 'branch' });
  });

  it.each([
    ['001085012345', '001085012345'], // born in Hà Nội
    ['079203001234', '079203001234'], // TP. Hồ Chí Minh, born in the 2000s
    ['096190000001', '096190000001'], // Cà Mau
    ['046 301 123 456', '046301123456'],
  ])('personal identification number %j → %s', (input, normalized) => {
    expect(validateTaxCode(input)).toEqual({ ok: true, normalized, kind: 'personal' });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['0100107371', 'wrong check digit'],
    ['0300588560', 'wrong check digit'],
    ['0101248142', 'wrong check digit'],
    ['0100000000', 'Σ = 29, r = 7: the check digit must be 3'],
    ['1000000000', 'Σ = 31, r = 9: the check digit must be 1'],
    ['0000000000', 'Σ = 0'],
    ['010010737', '9 digits'],
    ['01001073700', '11 digits'],
    ['0100107370-000', 'branch 000'],
    ['0100107370000', 'branch 000 without dash'],
    ['0100107371-001', 'branch of an invalid code'],
    ['0100107370-01', 'branch suffix of 2 digits'],
    ['0100107370-0001', 'branch suffix of 4 digits'],
    ['010010737-0001', 'dash in the wrong place'],
    ['0100107370--001', 'two dashes'],
    ['-0100107370', 'leading dash'],
    ['0100107370-', 'trailing dash'],
    ['01001073700001', '14 digits'],
    ['01234567890', '11 digits'],
    ['000085012345', 'personal: province 000'],
    ['003085012345', 'personal: province 003 does not exist'],
    ['097085012345', 'personal: province 097 does not exist'],
    ['999999999999', 'personal: province 999'],
    ['01001073A0', 'letter'],
    ['MST0100107370', 'prefix'],
    ['0100.107.370', 'dots'],
    ['0100107370/001', 'slash'],
  ])('rejects %j (%s)', (input) => {
    const result = validateTaxCode(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.length).toBeGreaterThan(0);
  });
});

const digit = fc.integer({ min: 0, max: 9 });
const nineDigits = fc.array(digit, { minLength: 9, maxLength: 9 }).map((d) => d.join(''));
/** A valid 10-digit code: nine random digits whose Σ mod 11 is not 0, and their check digit. */
const validCode = nineDigits
  .map((nine) => ({ nine, r: [...nine].reduce((sum, d, i) => sum + Number(d) * WEIGHTS[i]!, 0) % 11 }))
  .filter(({ r }) => r !== 0)
  .map(({ nine, r }) => `${nine}${10 - r}`);

describe('tax code properties', () => {
  it('a 10-digit code is valid exactly when Σ + check ≡ 10 (mod 11)', () => {
    fc.assert(
      fc.property(fc.array(digit, { minLength: 10, maxLength: 10 }), (d) => {
        const code = d.join('');
        return validateTaxCode(code).ok === satisfiesChecksum(code);
      }),
      { numRuns: 2000 },
    );
  });

  it('no code begins with nine digits whose Σ mod 11 = 0 (the check digit would be 10)', () => {
    // 1·31 + 8·3 = 55 = 5·11
    for (let check = 0; check <= 9; check++) {
      const result = validateTaxCode(`100000008${check}`);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(/10/);
    }
  });

  it('generated codes are valid', () => {
    fc.assert(fc.property(validCode, (code) => validateTaxCode(code).ok));
  });

  it('changing any one digit of a valid 10-digit code makes it invalid, without exception', () => {
    // Each weight is non-zero mod 11 and 11 is prime, so changing one of the first nine digits by δ
    // (1 ≤ |δ| ≤ 9) changes Σ mod 11, hence the expected check digit; changing the check digit alone
    // breaks the match. So the single-digit property holds for the whole 10-digit code.
    fc.assert(
      fc.property(validCode, fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }), (code, position, delta) => {
        const changed = code.slice(0, position) + ((Number(code[position]) + delta) % 10) + code.slice(position + 1);
        return !validateTaxCode(changed).ok && !validateTaxCode(`${changed}-001`).ok;
      }),
      { numRuns: 2000 },
    );
  });

  it('the exhaustive version: every single-digit change of every published code fails', () => {
    for (const [code] of PUBLISHED) {
      for (let position = 0; position < 10; position++) {
        for (let d = 0; d <= 9; d++) {
          if (String(d) === code[position]) continue;
          const changed = code.slice(0, position) + d + code.slice(position + 1);
          expect(validateTaxCode(changed).ok, changed).toBe(false);
        }
      }
    }
  });

  it('a branch of a valid code with a suffix 001–999, written any way, normalizes to the dashed form', () => {
    // The exception to the single-digit property: the branch suffix has no check digit, so changing a
    // digit of it gives another valid branch (unless it becomes 000); the same holds for all 12 digits
    // of a personal identification number.
    const suffix = fc.integer({ min: 1, max: 999 }).map((n) => String(n).padStart(3, '0'));
    fc.assert(
      fc.property(validCode, suffix, fc.constantFrom('-', '', ' ', ' - ', '  -  '), (code, s, sep) => {
        const result = validateTaxCode(`${code}${sep}${s}`);
        return result.ok && result.kind === 'branch' && result.normalized === `${code}-${s}`;
      }),
    );
  });

  it('spaces anywhere are ignored', () => {
    fc.assert(
      fc.property(validCode, fc.array(fc.constantFrom('', '', ' '), { minLength: 10, maxLength: 10 }), (code, spaces) => {
        const written = [...code].map((d, i) => d + spaces[i]).join('');
        const result = validateTaxCode(written);
        return result.ok && result.normalized === code;
      }),
    );
  });
});
