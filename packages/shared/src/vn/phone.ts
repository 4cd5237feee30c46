/**
 * Vietnamese phone numbers: parse what people type, store one canonical form, show the national form.
 *
 * Stored form (the `e164` field):
 * - mobile and landline numbers: E.164, "+84" and the national number without its leading 0
 *   ("+84912345678", "+842438261234");
 * - 1800 (toll-free) and 1900 (premium-rate) numbers: their digits as dialled, without "+84"
 *   ("18001091", "1900545415"). They are reachable only from inside Vietnam, have no international form,
 *   and are always written without a country code, so that is how they are stored.
 */
import { toNfc } from './text';

export type VnPhoneKind = 'mobile' | 'landline' | 'toll_free' | 'premium';

export type VnPhoneResult =
  | {
      ok: true;
      /** "+84…" for mobiles and landlines; the bare 8 or 10 digits for 1800/1900 numbers. */
      e164: string;
      kind: VnPhoneKind;
    }
  | { ok: false; reason: string };

/** Current 10-digit mobile prefixes (with the leading 0), as allocated by the Ministry. */
const MOBILE_PREFIXES = new Set([
  // Viettel
  '032', '033', '034', '035', '036', '037', '038', '039', '086', '096', '097', '098',
  // Vietnamobile, Reddi, Gmobile
  '052', '056', '058', '055', '059', '092', '099',
  // MobiFone
  '070', '076', '077', '078', '079', '089', '090', '093',
  // VinaPhone, itel
  '081', '082', '083', '084', '085', '087', '088', '091', '094',
  // SFone's former block, still a mobile range
  '095',
]);

/** The 11-digit mobile prefixes retired in 2018 and the 10-digit prefix that replaced each one. */
const OLD_MOBILE_PREFIXES: Readonly<Record<string, string>> = {
  '0120': '070', '0121': '079', '0122': '077', '0126': '076', '0128': '078',
  '0123': '083', '0124': '084', '0125': '085', '0127': '081', '0129': '082',
  '0162': '032', '0163': '033', '0164': '034', '0165': '035', '0166': '036', '0167': '037', '0168': '038', '0169': '039',
  '0186': '056', '0188': '058', '0199': '059',
};

/**
 * Landline area codes since 2017 (without the leading 0): 24 (Hà Nội) and 28 (TP. Hồ Chí Minh) are two
 * digits followed by an 8-digit subscriber number; the others are three digits followed by 7 digits, so
 * every landline has 11 digits with its leading 0. The 63 pre-2025 provinces keep their codes after the
 * 2025 merger, so all 63 are listed.
 */
const LANDLINE_AREA_CODES = new Set([
  '24', '28',
  '203', '204', '205', '206', '207', '208', '209', '210', '211', '212', '213', '214', '215', '216', '218', '219',
  '220', '221', '222', '225', '226', '227', '228', '229',
  '232', '233', '234', '235', '236', '237', '238', '239',
  '251', '252', '254', '255', '256', '257', '258', '259',
  '260', '261', '262', '263', '269',
  '270', '271', '272', '273', '274', '275', '276', '277',
  '290', '291', '292', '293', '294', '296', '297', '299',
]);

/** Characters allowed between digits: whitespace, dots, dashes and parentheses. */
const SEPARATORS = /[\s.\-()]/g;

const fail = (reason: string): VnPhoneResult => ({ ok: false, reason });

/**
 * Parses a Vietnamese phone number as typed and returns its stored form and kind.
 *
 * Accepts the national form ("0912 345 678"), "+84", "84" and "0084" prefixes (also "+84 (0) …"),
 * spaces, dots, dashes and parentheses between digits. Converts the pre-2018 11-digit mobile numbers to
 * their new prefix (0120→070, 0162→032, …). Mobiles must use an allocated mobile prefix; landlines are
 * 0 + a known area code + subscriber number, 11 digits in all; 1800/1900 numbers have 8 or 10 digits
 * and are returned without "+84" (see the module comment).
 */
export function normalizeVnPhone(input: string): VnPhoneResult {
  const text = toNfc(input).trim();
  if (text === '') return fail('The phone number is empty');
  if (/\p{L}/u.test(text)) return fail('A phone number cannot contain letters');
  const compact = text.replace(SEPARATORS, '');
  if (!/^\+?\d+$/.test(compact)) return fail('Only digits, "+" at the start, spaces, dots, dashes and parentheses are allowed');

  const international = parseCountryCode(compact);
  if (!international.ok) return fail(international.reason);
  let national = international.national;

  if (national.startsWith('1800') || national.startsWith('1900')) {
    if (international.hadCountryCode) return fail('1800 and 1900 numbers are dialled without a country code');
    if (national.length !== 8 && national.length !== 10) return fail('A 1800 or 1900 number has 8 or 10 digits');
    return { ok: true, e164: national, kind: national.startsWith('1800') ? 'toll_free' : 'premium' };
  }
  if (!national.startsWith('0')) return fail('Start the number with 0 or +84');

  if (national.startsWith('01')) {
    if (national.length !== 11) return fail('A number starting with 01 must be an 11-digit pre-2018 mobile number');
    const replacement = OLD_MOBILE_PREFIXES[national.slice(0, 4)];
    if (!replacement) return fail(`${national.slice(0, 4)} is not a former mobile prefix`);
    national = replacement + national.slice(4);
  }

  if (national.startsWith('02')) {
    const areaCode = national[2] === '4' || national[2] === '8' ? national.slice(1, 3) : national.slice(1, 4);
    if (!LANDLINE_AREA_CODES.has(areaCode)) return fail(`0${areaCode} is not a landline area code`);
    if (national.length !== 11) return fail('A landline number has 11 digits, including the leading 0 and the area code');
    return { ok: true, e164: `+84${national.slice(1)}`, kind: 'landline' };
  }

  const prefix = national.slice(0, 3);
  if (!MOBILE_PREFIXES.has(prefix)) return fail(`${prefix} is neither a mobile prefix nor a landline area code`);
  if (national.length !== 10) return fail('A mobile number has 10 digits, including the leading 0');
  return { ok: true, e164: `+84${national.slice(1)}`, kind: 'mobile' };
}

/** Removes "+84", "0084" or "84" and returns the national number with its leading 0. */
function parseCountryCode(compact: string): { ok: true; national: string; hadCountryCode: boolean } | { ok: false; reason: string } {
  let rest: string;
  if (compact.startsWith('+')) {
    if (!compact.startsWith('+84')) return { ok: false, reason: 'Only Vietnamese numbers (+84) are accepted' };
    rest = compact.slice(3);
  } else if (compact.startsWith('0084')) {
    rest = compact.slice(4);
  } else if (compact.startsWith('84')) {
    // No national number starts with 8 (they start with 0, or 1 for 1800/1900), so this is the country code.
    rest = compact.slice(2);
  } else {
    return { ok: true, national: compact, hadCountryCode: false };
  }
  // "+84 (0) 912 …": the trunk 0 written after the country code.
  if (rest.startsWith('0')) rest = rest.slice(1);
  if (rest === '') return { ok: false, reason: 'The number after the country code is missing' };
  return { ok: true, national: rest.startsWith('1800') || rest.startsWith('1900') ? rest : `0${rest}`, hadCountryCode: true };
}

/**
 * The national digits of a stored number: "+84912345678" → "0912345678"; 1800/1900 numbers are
 * returned as they are. This is the text that `phoneDigitsForSearch` results are matched against.
 */
export function toNationalDigits(stored: string): string {
  return stored.startsWith('+84') ? `0${stored.slice(3)}` : stored;
}

/**
 * A stored number in the national form with spaces, for display: "+84912345678" → "0912 345 678",
 * "+842438261234" → "024 3826 1234", "+842363822222" → "0236 382 2222", "18001091" → "1800 1091",
 * "1900545415" → "1900 545 415". Anything `normalizeVnPhone` accepts is formatted the same way; any
 * other text is returned unchanged, so a bad legacy value is still shown as it was typed.
 */
export function formatVnPhone(e164: string): string {
  const parsed = normalizeVnPhone(e164);
  if (!parsed.ok) return e164;
  const d = toNationalDigits(parsed.e164);
  switch (parsed.kind) {
    case 'mobile':
      return `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)}`;
    case 'landline':
      // 024/028 + 4 + 4; other area codes 0xxx + 3 + 4.
      return d[2] === '4' || d[2] === '8' ? `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}` : `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)}`;
    case 'toll_free':
    case 'premium':
      return d.length === 8 ? `${d.slice(0, 4)} ${d.slice(4)}` : `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)}`;
    default: {
      const never: never = parsed.kind;
      throw new Error(`unknown phone kind ${String(never)}`);
    }
  }
}

/**
 * What to look for in stored numbers (their `toNationalDigits` form) when a user types `query` in a
 * search box: the digits, in the national form with a leading 0. "+84 912-345" → "0912345",
 * "0084 24 38" → "02438", "84912345678" → "0912345678", "0168 123" (a former prefix) → "038123",
 * "345 678" → "345678" (a fragment, matched anywhere).
 *
 * Returns null when the query is not phone-like: fewer than 3 digits, any letter, characters other
 * than digits and separators (spaces, dots, dashes, parentheses, a leading "+"), or a foreign country
 * code ("+1 …"), which no stored number has. "84…" without "+" is read as the country code only when
 * it is a whole number (11 or more digits); shorter, it may be a fragment from the middle of a number.
 */
export function phoneDigitsForSearch(query: string): string | null {
  const text = toNfc(query).trim();
  if (/\p{L}/u.test(text)) return null;
  const compact = text.replace(SEPARATORS, '');
  if (!/^\+?\d+$/.test(compact)) return null;
  let digits = compact.replace('+', '');
  if (digits.length < 3) return null;

  let international: string | null = null;
  if (compact.startsWith('+')) {
    if (!digits.startsWith('84')) return null;
    international = digits.slice(2);
  } else if (digits.startsWith('0084')) {
    international = digits.slice(4);
  } else if (digits.startsWith('84') && digits.length >= 11) {
    international = digits.slice(2);
  }
  if (international !== null) {
    if (international.startsWith('0')) international = international.slice(1);
    digits = `0${international}`;
  }

  const replacement = digits.length >= 4 && digits.length <= 11 ? OLD_MOBILE_PREFIXES[digits.slice(0, 4)] : undefined;
  if (replacement) digits = replacement + digits.slice(4);
  return digits;
}
