/**
 * Vietnam's administrative units in force since 1 July 2025: 34 provinces and 3,321 wards, communes and
 * special zones, read from `server/data/vn-admin/` once, on first use, and kept in memory (they change
 * only when the state changes the units).
 */
import { readFileSync } from 'node:fs';
import { foldVietnamese, toNfc } from '@tandem/shared';
import { parse } from 'csv-parse/sync';
import { VN_ADMIN_DATA_DIR } from '../../platform/paths';

/** `municipality`: thành phố trực thuộc trung ương (Hà Nội, Huế…); `province`: tỉnh. */
export const PROVINCE_TYPES = ['municipality', 'province'] as const;
export type ProvinceType = (typeof PROVINCE_TYPES)[number];
/** `ward`: phường; `commune`: xã; `special_zone`: đặc khu (island districts such as Phú Quốc, Côn Đảo). */
export const WARD_TYPES = ['ward', 'commune', 'special_zone'] as const;
export type WardType = (typeof WARD_TYPES)[number];

export type Province = {
  /** Statistics office code, 2 digits ("01" Hà Nội, "79" TP. Hồ Chí Minh). */
  code: string;
  /** Official name with its type, NFC: "Thành phố Hà Nội", "Tỉnh Lào Cai". */
  name: string;
  type: ProvinceType;
  /** Landline area code without the leading 0 ("24", "236"). */
  phoneAreaCode: string;
};

export type Ward = {
  /** Statistics office code, 5 digits. */
  code: string;
  /** Official name with its type, NFC: "Phường Ba Đình", "Xã Sóc Sơn", "Đặc khu Côn Đảo". */
  name: string;
  type: WardType;
  provinceCode: string;
};

/** The directory of the reference data files. */
export { VN_ADMIN_DATA_DIR };

/**
 * Reads a CSV file of the reference data: checks the header is exactly `columns` and returns each row as
 * an object keyed by column. The files use RFC 4180 quoting, so a real parser reads them.
 */
export function readReferenceCsv<C extends string>(fileName: string, columns: readonly C[]): Record<C, string>[] {
  const records = parse(readFileSync(`${VN_ADMIN_DATA_DIR}${fileName}`), { bom: true, skip_empty_lines: true });
  const [header, ...rows] = records;
  if (!header || header.join(',') !== columns.join(',')) {
    throw new Error(`${fileName}: expected the columns ${columns.join(',')}, found ${header?.join(',') ?? 'nothing'}`);
  }
  return rows.map((row, index) => {
    if (row.length !== columns.length) throw new Error(`${fileName}: row ${index + 2} has ${row.length} fields`);
    return Object.fromEntries(columns.map((column, i) => [column, row[i]!])) as Record<C, string>;
  });
}

// ---------------------------------------------------------------------------------------------------
// Matching names as people write them

/**
 * Unit-type words that may start a name, folded, with the canonical word they stand for. Two-word forms
 * come first so "thi xa" is not read as a name starting with "thi".
 */
const TYPE_WORDS: readonly [string[], string][] = [
  [['thanh', 'pho'], 'thanh pho'],
  [['dac', 'khu'], 'dac khu'],
  [['thi', 'tran'], 'thi tran'],
  [['thi', 'xa'], 'thi xa'],
  [['tp'], 'thanh pho'],
  [['tinh'], 'tinh'],
  [['phuong'], 'phuong'],
  [['p'], 'phuong'],
  [['xa'], 'xa'],
  [['x'], 'xa'],
  [['tt'], 'thi tran'],
  [['tx'], 'thi xa'],
  [['quan'], 'quan'],
  [['q'], 'quan'],
  [['huyen'], 'huyen'],
  [['h'], 'huyen'],
];

/**
 * A name split into its type word (if written) and the rest, accented (lower-case NFC) and folded;
 * `marked` when the text has any diacritic (its writer types accents, so their absence means something).
 */
export type NameKey = { type: string | null; accented: string; folded: string; marked: boolean };

/**
 * The key a unit name is compared by. "Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh" and "tp ho chi minh"
 * all give { type: "thanh pho", folded: "ho chi minh" }; "Q.1", "Q1" and "Quận 01" give
 * { type: "quan", folded: "1" }. Punctuation is dropped ("Bà Rịa - Vũng Tàu" → "ba ria vung tau";
 * "Ea H'Leo" → "ea hleo") and numbers lose leading zeros.
 */
export function nameKey(text: string): NameKey {
  const tokens = toNfc(text)
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[.,;:()/\\\-–—_]/g, ' ')
    .split(/\s+/)
    .filter((t) => t !== '')
    .map((t) => (/^\d+$/.test(t) ? t.replace(/^0+(?=\d)/, '') : t));
  // "Q1", "P12": a type letter written against the number.
  const glued = tokens[0] ? /^([qp])(\d+)$/.exec(tokens[0]) : null;
  if (glued) tokens.splice(0, 1, glued[1]!, glued[2]!.replace(/^0+(?=\d)/, ''));
  const folded = tokens.map(foldVietnamese);
  const marked = folded.some((f, i) => f !== tokens[i]);
  for (const [words, type] of TYPE_WORDS) {
    if (folded.length > words.length && words.every((w, i) => folded[i] === w)) {
      return { type, accented: tokens.slice(words.length).join(' '), folded: folded.slice(words.length).join(' '), marked };
    }
  }
  return { type: null, accented: tokens.join(' '), folded: folded.join(' '), marked };
}

/**
 * The items whose name matches `query`, from the most exact way of matching that finds any:
 * 1. when the query is written with accents, the same letters with accents ("Mỹ Tho" is not "Mỹ Thọ";
 *    "Xã Thanh An" is not "Xã Thạnh An") and no contradicting type word. A query with no accent at all
 *    may have been typed without them, so "thanh an" does not single out Xã Thanh An;
 * 2. the same letters without accents and no contradicting type word ("xa my tho" is Xã Mỹ Thọ, not
 *    Phường Mỹ Tho);
 * 3. the same letters without accents, whatever the type word.
 * Several results mean the text is ambiguous; the caller decides what that means.
 */
export function pickByName<T>(items: readonly T[], keyOf: (item: T) => NameKey, query: NameKey | string): T[] {
  const q = typeof query === 'string' ? nameKey(query) : query;
  if (q.folded === '') return [];
  const typeFits = (k: NameKey) => q.type === null || k.type === q.type;
  const tiers: ((k: NameKey) => boolean)[] = [
    (k) => q.marked && k.accented === q.accented && typeFits(k),
    (k) => k.folded === q.folded && typeFits(k),
    (k) => k.folded === q.folded,
  ];
  for (const fits of tiers) {
    const found = items.filter((item) => fits(keyOf(item)));
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * Short and former names seen in addresses, folded, and the name they stand for: the two largest
 * cities' abbreviations, Thừa Thiên Huế (Thành phố Huế since January 2025, so the conversion table
 * already uses the new name) and Bà Rịa - Vũng Tàu's abbreviation.
 */
const PROVINCE_ALIASES: Readonly<Record<string, string>> = {
  hcm: 'ho chi minh',
  hcmc: 'ho chi minh',
  tphcm: 'ho chi minh',
  'sai gon': 'ho chi minh',
  saigon: 'ho chi minh',
  hn: 'ha noi',
  'thua thien hue': 'hue',
  brvt: 'ba ria vung tau',
  'br vt': 'ba ria vung tau',
};

/** `nameKey` for a province, also reading "TP.HCM", "Sài Gòn", "HN", "Thừa Thiên Huế" and "BR-VT". */
export function provinceNameKey(text: string): NameKey {
  const key = nameKey(text);
  const alias = PROVINCE_ALIASES[key.folded];
  return alias ? { type: key.type, accented: alias, folded: alias, marked: false } : key;
}

// ---------------------------------------------------------------------------------------------------
// The current units

type GeoData = {
  provinces: Province[];
  wards: Ward[];
  provinceByCode: Map<string, Province>;
  wardByCode: Map<string, Ward>;
  wardsByProvince: Map<string, Ward[]>;
  keys: Map<Province | Ward, NameKey>;
};

const UNIT_COLUMNS = ['province_code', 'province_name', 'province_type', 'phone_area_code', 'ward_code', 'ward_name', 'ward_type'] as const;
const PROVINCE_TYPE_BY_NAME: Readonly<Record<string, ProvinceType>> = { 'thành phố trung ương': 'municipality', tỉnh: 'province' };
const WARD_TYPE_BY_NAME: Readonly<Record<string, WardType>> = { phường: 'ward', xã: 'commune', 'đặc khu': 'special_zone' };

let loaded: GeoData | undefined;

function load(): GeoData {
  const provinceByCode = new Map<string, Province>();
  const wardByCode = new Map<string, Ward>();
  const wardsByProvince = new Map<string, Ward[]>();
  for (const row of readReferenceCsv('vn-admin-units-2025-07.csv', UNIT_COLUMNS)) {
    const provinceType = PROVINCE_TYPE_BY_NAME[row.province_type];
    const wardType = WARD_TYPE_BY_NAME[row.ward_type];
    if (!provinceType || !wardType || !/^\d{2}$/.test(row.province_code) || !/^\d{5}$/.test(row.ward_code)) {
      throw new Error(`vn-admin-units: unexpected row ${Object.values(row).join(',')}`);
    }
    if (!provinceByCode.has(row.province_code)) {
      provinceByCode.set(row.province_code, { code: row.province_code, name: toNfc(row.province_name), type: provinceType, phoneAreaCode: row.phone_area_code });
      wardsByProvince.set(row.province_code, []);
    }
    const ward: Ward = { code: row.ward_code, name: toNfc(row.ward_name), type: wardType, provinceCode: row.province_code };
    if (wardByCode.has(ward.code)) throw new Error(`vn-admin-units: ward ${ward.code} twice`);
    wardByCode.set(ward.code, ward);
    wardsByProvince.get(row.province_code)!.push(ward);
  }
  const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);
  for (const wards of wardsByProvince.values()) wards.sort(byCode);
  const provinces = [...provinceByCode.values()].sort(byCode);
  const keys = new Map<Province | Ward, NameKey>();
  for (const province of provinces) keys.set(province, nameKey(province.name));
  for (const ward of wardByCode.values()) keys.set(ward, nameKey(ward.name));
  const wards = [...wardByCode.values()].sort(byCode);
  return { provinces, wards, provinceByCode, wardByCode, wardsByProvince, keys };
}

const data = (): GeoData => (loaded ??= load());

/** The 34 provinces, by code. */
export function listProvinces(): readonly Province[] {
  return data().provinces;
}

/** The province with this 2-digit code, or null. */
export function findProvince(code: string): Province | null {
  return data().provinceByCode.get(code) ?? null;
}

/** The ward, commune or special zone with this 5-digit code, or null. */
export function findWard(code: string): Ward | null {
  return data().wardByCode.get(code) ?? null;
}

/** The wards, communes and special zones of a province, by code; empty for an unknown province. */
export function listWards(provinceCode: string): readonly Ward[] {
  return data().wardsByProvince.get(provinceCode) ?? [];
}

/**
 * The province a user means by `text`, ignoring accents, case, punctuation and a leading "Thành phố",
 * "TP.", "Tỉnh": "ha noi", "TP. Hồ Chí Minh", "TPHCM", "tỉnh lào cai" all match. Null when nothing
 * matches.
 */
export function matchProvince(text: string): Province | null {
  const { provinces, keys } = data();
  const found = pickByName(provinces, (p) => keys.get(p)!, provinceNameKey(text));
  return found.length === 1 ? found[0]! : null;
}

/**
 * The ward a user means by `text`, in `provinceCode` if given (else anywhere), ignoring accents, case,
 * punctuation and a leading "Phường", "P.", "Xã", "Đặc khu". Accents and the type word are used when
 * written, to tell apart names that fold alike ("Phường Mỹ Tho" / "Xã Mỹ Thọ"). Null when nothing or more
 * than one ward matches (ward names repeat across provinces, so give the province when you can).
 */
export function matchWard(text: string, provinceCode?: string): Ward | null {
  const { wards, wardsByProvince, keys } = data();
  const candidates = provinceCode === undefined ? wards : (wardsByProvince.get(provinceCode) ?? []);
  const found = pickByName(candidates, (w) => keys.get(w)!, text);
  return found.length === 1 ? found[0]! : null;
}
