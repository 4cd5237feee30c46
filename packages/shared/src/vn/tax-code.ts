/**
 * Vietnamese tax codes (mã số thuế).
 *
 * - 10 digits: an enterprise or organization (and an individual's code issued before 1 July 2025). The
 *   10th digit is a check digit over the first nine: Σ = 31·d1 + 29·d2 + 23·d3 + 19·d4 + 17·d5 + 13·d6 +
 *   7·d7 + 5·d8 + 3·d9, check = 10 − (Σ mod 11).
 *   Σ mod 11 runs from 0 to 10, so check runs from 10 down to 0. Σ mod 11 = 10 gives check 0 (Petrolimex,
 *   0100107370) and Σ mod 11 = 1 gives 9 (Vinamilk, 0300588569): both are ordinary codes. Only
 *   Σ mod 11 = 0 gives 10, which is not a digit: the tax authority never issues such nine-digit bases,
 *   so every 10-digit code whose first nine digits give Σ mod 11 = 0 is invalid.
 * - 10 digits + "-" + 3 digits (001–999): a dependent unit (branch, representative office) of the
 *   enterprise with those first 10 digits.
 * - 12 digits: since 1 July 2025 individuals and household businesses use their personal
 *   identification number (số định danh cá nhân, the citizen ID number) as their tax code. It has no
 *   check digit; its first three digits are the code of the province of birth registration.
 */
import { toNfc } from './text';

export type TaxCodeKind = 'enterprise' | 'branch' | 'personal';

export type TaxCodeResult =
  | {
      ok: true;
      /** "0123456789", "0123456789-001" or the 12 digits, without spaces. */
      normalized: string;
      kind: TaxCodeKind;
    }
  | { ok: false; reason: string };

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/**
 * The first three digits of a personal identification number: the 63 pre-2025 province codes (the
 * statistics office's codes with a leading 0). Numbers already issued keep them after the 2025 merger,
 * and the 34 current provinces reuse codes from this list.
 */
const ID_PROVINCE_CODES = new Set([
  '01', '02', '04', '06', '08', '10', '11', '12', '14', '15', '17', '19', '20', '22', '24', '25', '26', '27',
  '30', '31', '33', '34', '35', '36', '37', '38', '40', '42', '44', '45', '46', '48', '49', '51', '52', '54',
  '56', '58', '60', '62', '64', '66', '67', '68', '70', '72', '74', '75', '77', '79', '80', '82', '83', '84',
  '86', '87', '89', '91', '92', '93', '94', '95', '96',
].map((code) => `0${code}`));

const fail = (reason: string): TaxCodeResult => ({ ok: false, reason });

/** The check digit of nine digits, or null when Σ mod 11 = 0 (no code can have them). */
function checkDigit(nine: string): number | null {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nine[i]) * WEIGHTS[i]!;
  const check = 10 - (sum % 11);
  return check === 10 ? null : check;
}

function validateTenDigits(ten: string): string | null {
  const expected = checkDigit(ten.slice(0, 9));
  if (expected === null) return 'No tax code begins with these nine digits (their check digit would be 10)';
  if (Number(ten[9]) !== expected) return 'The check digit (10th digit) does not match: the code is mistyped';
  return null;
}

/**
 * Checks a tax code as typed and returns its normalized form and kind.
 *
 * Accepts 10 digits (enterprise; the check digit is verified), a branch code as "0123456789-001",
 * "0123456789001" or "0123456789 001" (normalized to the dashed form; the suffix is 001–999 and the
 * first 10 digits must be a valid enterprise code) and a 12-digit personal identification number
 * (individuals and household businesses since 1 July 2025). Spaces anywhere are ignored.
 */
export function validateTaxCode(input: string): TaxCodeResult {
  const text = toNfc(input).trim().replace(/\s+/g, '').replace(/[‐‑–—]/g, '-');
  if (text === '') return fail('The tax code is empty');
  if (/\p{L}/u.test(text)) return fail('A tax code cannot contain letters');
  if (!/^[\d-]+$/.test(text)) return fail('Only digits, spaces and one dash before a branch suffix are allowed');

  if (text.includes('-')) {
    const match = /^(\d{10})-(\d{3})$/.exec(text);
    if (!match) return fail('A branch tax code is 10 digits, a dash and 3 digits (0123456789-001)');
    return branch(match[1]!, match[2]!);
  }
  switch (text.length) {
    case 10: {
      const problem = validateTenDigits(text);
      return problem ? fail(problem) : { ok: true, normalized: text, kind: 'enterprise' };
    }
    case 13:
      return branch(text.slice(0, 10), text.slice(10));
    case 12:
      if (!ID_PROVINCE_CODES.has(text.slice(0, 3))) {
        return fail('A 12-digit personal identification number starts with a province code (001–096)');
      }
      return { ok: true, normalized: text, kind: 'personal' };
    default:
      return fail('A tax code has 10 digits, 10 + 3 for a branch, or 12 for an individual');
  }
}

function branch(parent: string, suffix: string): TaxCodeResult {
  const problem = validateTenDigits(parent);
  if (problem) return fail(problem);
  if (suffix === '000') return fail('A branch suffix runs from 001 to 999');
  return { ok: true, normalized: `${parent}-${suffix}`, kind: 'branch' };
}
