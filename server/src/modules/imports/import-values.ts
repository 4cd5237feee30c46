/**
 * Cell values as people type them in Vietnamese customer files, to the values Tandem stores. Each
 * parser returns the value or a reason (an English sentence shown in the row's error).
 */
import { CUSTOMER_TYPES, LIFECYCLE_STAGES, foldVietnamese, normalizeVnPhone, validateTaxCode, type CustomerType, type LifecycleStage } from '@tandem/shared';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

/** NFC of a cell, trimmed; only text with non-ASCII characters needs normalizing. */
export function cleanCell(raw: string): string {
  // eslint-disable-next-line no-control-regex
  const text = /[^\x00-\x7f]/.test(raw) ? raw.normalize('NFC') : raw;
  let t = text.trim();
  // A leading apostrophe is how spreadsheets (and Tandem's export) keep a value as text: '0912…, '=…
  if (t.length > 1 && t.charCodeAt(0) === 39) t = t.slice(1);
  return t;
}

/** Splits a cell holding several values: "0912 345 678; 0987 654 321", "a@x.vn, b@y.vn" (`/` and `|` too, unless `tags`). */
export const splitList = (text: string, tags = false): string[] =>
  text
    .split(tags ? /[;,\n]+/ : /[;,\n|/]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/**
 * A phone as typed, to its stored form. A 9-digit number is a mobile whose leading 0 a spreadsheet
 * dropped (912345678 → 0912345678).
 */
export function parsePhone(text: string): Parsed<string> {
  const digits = text.replace(/[\s.\-()]/g, '');
  const input = /^[35789]\d{8}$/.test(digits) ? `0${digits}` : text;
  const r = normalizeVnPhone(input);
  return r.ok ? ok(r.e164) : fail(`${r.reason}: "${text}"`);
}

const EMAIL = /^[^\s@"(),:;<>[\]\\]+@[^\s@"(),:;<>[\]\\]+\.[^\s@"(),:;<>[\]\\.]{2,}$/;

/** An e-mail address, lower-cased. */
export function parseEmail(text: string): Parsed<string> {
  const address = text.replace(/^mailto:/i, '').trim().toLowerCase();
  if (address.length > 254 || !EMAIL.test(address) || address.includes('..')) return fail(`Not an e-mail address: "${text}"`);
  return ok(address);
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(y: number, m: number, d: number): Parsed<string> {
  if (m < 1 || m > 12 || d < 1 || d > 31) return fail('not a date');
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return fail('not a date');
  return ok(`${y}-${pad(m)}-${pad(d)}`);
}

/**
 * A date, day first as Vietnamese write it: 14/2/1990, 14-02-1990, 14.02.1990, 14/02/90; also ISO
 * 1990-02-14 (and what a spreadsheet date cell becomes) and an Excel serial day number.
 */
export function parseDate(text: string): Parsed<string> {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(t);
  if (m) return withReason(isoDate(Number(m[1]), Number(m[2]), Number(m[3])), text);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t);
  if (m) {
    let year = Number(m[3]);
    if (m[3]!.length === 2) year += year > (new Date().getUTCFullYear() % 100) ? 1900 : 2000;
    return withReason(isoDate(year, Number(m[2]), Number(m[1])), text);
  }
  if (/^\d{4,5}$/.test(t)) {
    // An Excel serial date (days since 1899-12-30).
    const date = new Date(Date.UTC(1899, 11, 30) + Number(t) * 86_400_000);
    return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  return fail(`Not a date (write it day/month/year, e.g. 14/2/1990): "${text}"`);
}

function withReason(r: Parsed<string>, text: string): Parsed<string> {
  return r.ok ? r : fail(`Not a real date (day/month/year): "${text}"`);
}

/** A birthday: a real date, not in the future, not before 1900. */
export function parseBirthday(text: string): Parsed<string> {
  const r = parseDate(text);
  if (!r.ok) return r;
  const today = new Date().toISOString().slice(0, 10);
  if (r.value > today) return fail(`A birthday cannot be in the future: "${text}"`);
  if (r.value < '1900-01-01') return fail(`A birthday before 1900 is not plausible: "${text}"`);
  return r;
}

/** Folded lookup tables: Vietnamese and English words for each stored value. */
function table<T extends string>(entries: Record<T, string[]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, words] of Object.entries(entries) as [T, string[]][]) {
    map.set(foldVietnamese(value.replace(/_/g, ' ')), value);
    for (const w of words) map.set(foldVietnamese(w), value);
  }
  return map;
}

const GENDERS = table<'female' | 'male' | 'other'>({
  female: ['nữ', 'nu', 'f', 'female', 'woman', 'chị', 'bà', 'cô'],
  male: ['nam', 'm', 'male', 'man', 'anh', 'ông'],
  other: ['khác', 'other', 'không xác định'],
});

/** Vietnamese labels of the stored values (what exports write; imports read them back). */
export const CUSTOMER_TYPE_LABELS: Record<CustomerType, string> = {
  consumer: 'Cá nhân',
  business: 'Doanh nghiệp',
  public_body: 'Cơ quan nhà nước',
  international: 'Quốc tế',
};
export const LIFECYCLE_LABELS: Record<LifecycleStage, string> = {
  lead: 'Đầu mối',
  prospect: 'Tiềm năng',
  customer: 'Khách hàng',
  advocate: 'Trung thành',
  churned: 'Đã rời bỏ',
};
export const GENDER_LABELS = { female: 'Nữ', male: 'Nam', other: 'Khác' } as const;

const CUSTOMER_TYPE_WORDS = table<CustomerType>({
  consumer: [CUSTOMER_TYPE_LABELS.consumer, 'khách lẻ', 'cá nhân', 'người tiêu dùng', 'individual', 'person', 'b2c'],
  business: [CUSTOMER_TYPE_LABELS.business, 'công ty', 'tổ chức', 'company', 'b2b', 'doanh nghiệp'],
  public_body: [CUSTOMER_TYPE_LABELS.public_body, 'cơ quan', 'nhà nước', 'public body', 'government', 'b2g'],
  international: [CUSTOMER_TYPE_LABELS.international, 'nước ngoài', 'foreign', 'international'],
});
const LIFECYCLE_WORDS = table<LifecycleStage>({
  lead: [LIFECYCLE_LABELS.lead, 'mới', 'lead', 'khách mới'],
  prospect: [LIFECYCLE_LABELS.prospect, 'khách hàng tiềm năng', 'prospect', 'quan tâm'],
  customer: [LIFECYCLE_LABELS.customer, 'đã mua', 'customer', 'khách'],
  advocate: [LIFECYCLE_LABELS.advocate, 'người ủng hộ', 'thân thiết', 'advocate', 'vip'],
  churned: [LIFECYCLE_LABELS.churned, 'rời bỏ', 'ngừng', 'không còn mua', 'churned', 'lost'],
});

const lookup = <T extends string>(words: Map<string, T>, allowed: readonly string[], what: string) => (text: string): Parsed<T> => {
  const v = words.get(foldVietnamese(text));
  return v ? ok(v) : fail(`Unknown ${what} "${text}" (use one of: ${allowed.join(', ')})`);
};

export const parseGender = lookup(GENDERS, ['Nam', 'Nữ', 'Khác'], 'gender');
export const parseCustomerType = lookup(CUSTOMER_TYPE_WORDS, [...Object.values(CUSTOMER_TYPE_LABELS), ...CUSTOMER_TYPES], 'customer type');
export const parseLifecycleStage = lookup(LIFECYCLE_WORDS, [...Object.values(LIFECYCLE_LABELS), ...LIFECYCLE_STAGES], 'stage');

/** A tax code (mã số thuế), checked and normalized. */
export function parseTaxCode(text: string): Parsed<string> {
  const r = validateTaxCode(text);
  return r.ok ? ok(r.normalized) : fail(`${r.reason}: "${text}"`);
}

/**
 * A number as Vietnamese write it: "1.234.567" and "1 234 567" (thousands), "1.234,5" and "12,5"
 * (decimal comma); also "1,234,567.89". Currency words (đ, ₫, VND) are ignored.
 */
export function parseNumber(text: string): Parsed<number> {
  let t = text.replace(/\s|₫|đ|vnd|vnđ/gi, '');
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  else if (/^-?\d+,\d+$/.test(t)) t = t.replace(',', '.');
  const n = Number(t);
  return t !== '' && Number.isFinite(n) ? ok(n) : fail(`Not a number: "${text}"`);
}

const TRUE_WORDS = new Set(['co', 'x', 'yes', 'y', 'true', '1', 'dung', 'roi']);
const FALSE_WORDS = new Set(['khong', 'no', 'n', 'false', '0', 'sai', 'chua']);

/** Yes/no: có, x, yes, true, 1 / không, no, false, 0. */
export function parseBoolean(text: string): Parsed<boolean> {
  const f = foldVietnamese(text);
  if (TRUE_WORDS.has(f)) return ok(true);
  if (FALSE_WORDS.has(f)) return ok(false);
  return fail(`Not yes/no (có/không): "${text}"`);
}

/** One of a select field's options, matched ignoring case and accents. */
export function parseOption(text: string, options: string[]): Parsed<string> {
  if (options.includes(text)) return ok(text);
  const f = foldVietnamese(text);
  const found = options.find((o) => foldVietnamese(o) === f);
  return found ? ok(found) : fail(`"${text}" is not one of: ${options.join(', ')}`);
}
