/**
 * Old addresses (ward, district, province before 1 July 2025) → the current ward and province, from the
 * official conversion table in `server/data/vn-admin/`, loaded once, on first use.
 */
import { foldVietnamese } from '@tandem/shared';
import { matchProvince, matchWard, nameKey, pickByName, provinceNameKey, readReferenceCsv, type NameKey } from './geo.data';

/** An address as written before July 2025; every part is optional text as it appears in the record. */
export type LegacyAddress = {
  /** "Phường Trúc Bạch", "P. Trúc Bạch", "Xã Mai Đình", "Thị trấn Trâu Quỳ", "Phường 4". */
  ward?: string | null;
  /** "Quận Ba Đình", "Q.1", "Huyện Sóc Sơn", "Thị xã Sơn Tây", "Thành phố Tân An". */
  district?: string | null;
  /** "Hà Nội", "Tỉnh Bình Dương", "TP.HCM"; the current province name is also understood. */
  province?: string | null;
};

export type LegacyMapping = {
  /** The current ward, commune or special zone; null when only the province could be mapped. */
  wardCode: string | null;
  /** The current province. */
  provinceCode: string;
  /**
   * True when the new units may not cover the old address exactly: the old ward was split between
   * several new wards (the most likely one is given), the table calls it a partial merge, or the ward or
   * district text could not be mapped. Keep the old text beside the new units.
   */
  partial: boolean;
  /** The conversion table's note for the old ward ("Nhập toàn bộ", "Nhập một phần"…); null when no old ward was mapped. */
  note: string | null;
};

type LegacyRow = {
  newProvinceCode: string;
  newWardCode: string;
  newWardKey: NameKey;
  /** The old ward (or, for a district that became a special zone as a whole, the old district). */
  oldWardId: string;
  oldWardKey: NameKey;
  oldDistrictKey: NameKey;
  note: string;
  /** The note describes the whole old ward going into this new ward. */
  whole: boolean;
  /** The note says this new ward took the whole population of the old ward. */
  wholePopulation: boolean;
};

type OldProvince = { key: NameKey; rows: LegacyRow[] };
type LegacyData = { rows: LegacyRow[]; oldProvinces: OldProvince[]; rowsByNewProvince: Map<string, LegacyRow[]> };

const LEGACY_COLUMNS = [
  'new_province_code', 'new_province_name', 'new_ward_code', 'new_ward_name', 'old_ward_code', 'old_ward_name',
  'old_district_code', 'old_district_name', 'old_province_code', 'old_province_name', 'note',
] as const;

/**
 * Whether a note of the conversion table means the whole old ward went into the new one. The README of
 * the data says "Nhập toàn bộ" marks a whole merge; the table also uses "Nhập toàn bộ diện tích", "Giữ
 * nguyên" (unchanged), "Đổi tên" (renamed), "Đổi loại hình" (type changed) and "Sắp xếp toàn bộ huyện…"
 * (a whole district became a special zone) for whole units. Anything with "một phần" (part of) or "phần
 * còn lại" (the remainder), and any note not recognized, counts as partial.
 */
export function isWholeNote(note: string): boolean {
  const folded = foldVietnamese(note);
  if (/mot phan|phan con lai/.test(folded)) return false;
  return /^(nhap toan bo|giu nguyen|sap xep toan bo|doi ten|doi loai hinh)/.test(folded);
}

let loaded: LegacyData | undefined;

function load(): LegacyData {
  const rows: LegacyRow[] = [];
  const oldProvinces = new Map<string, OldProvince>();
  const rowsByNewProvince = new Map<string, LegacyRow[]>();
  // District and ward names repeat across thousands of rows: compute each key once.
  const keys = new Map<string, NameKey>();
  const provinceKeys = new Map<string, NameKey>();
  const key = (name: string): NameKey => {
    let k = keys.get(name);
    if (!k) keys.set(name, (k = nameKey(name)));
    return k;
  };
  for (const r of readReferenceCsv('vn-admin-legacy-to-2025-07.csv', LEGACY_COLUMNS)) {
    const note = r.note.trim();
    const row: LegacyRow = {
      newProvinceCode: r.new_province_code,
      newWardCode: r.new_ward_code,
      newWardKey: key(r.new_ward_name),
      oldWardId: `${r.old_province_code}|${r.old_district_code}|${r.old_ward_code || r.old_ward_name}`,
      oldWardKey: key(r.old_ward_name),
      oldDistrictKey: key(r.old_district_name),
      note,
      whole: isWholeNote(note),
      wholePopulation: /toan bo dan so/.test(foldVietnamese(note)),
    };
    rows.push(row);
    // Grouped by name, not code: the table has one row giving Quảng Trị the code 44 (Quảng Bình's).
    const provinceKey = provinceKeys.get(r.old_province_name) ?? provinceNameKey(r.old_province_name);
    provinceKeys.set(r.old_province_name, provinceKey);
    const province = oldProvinces.get(provinceKey.folded) ?? { key: provinceKey, rows: [] };
    province.rows.push(row);
    oldProvinces.set(provinceKey.folded, province);
    const byNew = rowsByNewProvince.get(row.newProvinceCode) ?? [];
    byNew.push(row);
    rowsByNewProvince.set(row.newProvinceCode, byNew);
  }
  return { rows, oldProvinces: [...oldProvinces.values()], rowsByNewProvince };
}

const data = (): LegacyData => (loaded ??= load());

const present = (text: string | null | undefined): string | null => (text && text.trim() !== '' ? text : null);

/**
 * Maps an old address to the current units, using the official conversion table.
 *
 * - Ward (with district and province when known) → the new ward. An old ward split between several new
 *   wards maps to the one that took its whole population, else the one that kept its name, else the
 *   first listed, with `partial: true`.
 * - District alone → the new ward only when the whole district became one unit (Côn Đảo, Lý Sơn…).
 * - Province alone → the new province ("Bình Dương" → TP. Hồ Chí Minh), `wardCode: null`.
 * - A ward that is not an old ward but a current one of the province (an address already in the new
 *   form) is returned as it is.
 * - When the ward or district cannot be mapped to one unit (unknown, or the same name in several
 *   districts and no district given) but the province can, the province is returned with
 *   `wardCode: null, partial: true`.
 *
 * Text is matched ignoring accents, case, punctuation and type words ("P.", "Q.1", "TP.", "Tỉnh").
 * Returns null when nothing can be mapped: no text, an unknown province, or no province and a ward or
 * district that does not identify one place.
 */
export function mapLegacyAddress(address: LegacyAddress): LegacyMapping | null {
  const ward = present(address.ward);
  const district = present(address.district);
  const province = present(address.province);
  if (!ward && !district && !province) return null;

  const scopes = province ? provinceScopes(province) : [data().rows];
  if (scopes.length === 0) return null;

  let narrowed: LegacyRow[] | null = null;
  for (const scope of scopes) {
    const result = mapWithin(scope, ward, district);
    if (result.mapping) return result.mapping;
    narrowed ??= result.narrowed;
  }

  const provinceRows = narrowed ?? (province ? scopes[0]! : null);
  if (!provinceRows) return null;
  const provinceCode = majorityProvince(provinceRows);

  if (ward) {
    const current = matchWard(ward, provinceCode.code);
    if (current) return { wardCode: current.code, provinceCode: current.provinceCode, partial: false, note: null };
  }
  return { wardCode: null, provinceCode: provinceCode.code, partial: Boolean(ward || district) || provinceCode.split, note: null };
}

/**
 * The rows an old address in `province` may be in: the old province of that name, then the old
 * provinces merged into the current province of that name (an old ward written with the new province).
 */
function provinceScopes(province: string): LegacyRow[][] {
  const { oldProvinces, rowsByNewProvince } = data();
  const scopes: LegacyRow[][] = [];
  const old = pickByName(oldProvinces, (p) => p.key, provinceNameKey(province));
  if (old.length === 1) scopes.push(old[0]!.rows);
  const current = matchProvince(province);
  const rows = current ? rowsByNewProvince.get(current.code) : undefined;
  if (rows) scopes.push(rows);
  return scopes;
}

/** Maps within one province's rows; `narrowed` is the rows of the matched district, if any. */
function mapWithin(scope: LegacyRow[], ward: string | null, district: string | null): { mapping: LegacyMapping | null; narrowed: LegacyRow[] | null } {
  let rows = scope;
  let narrowed: LegacyRow[] | null = null;
  if (district) {
    const inDistrict = pickByName(scope, (r) => r.oldDistrictKey, district);
    if (inDistrict.length > 0) rows = narrowed = inDistrict;
  }
  if (ward) {
    const matched = pickByName(rows, (r) => r.oldWardKey, ward);
    return { mapping: matched.length > 0 ? mapOldWards(matched) : null, narrowed };
  }
  return { mapping: narrowed ? mapOldWards(narrowed) : null, narrowed };
}

/** One mapping for these rows, when they are one old ward, or several that all went into one new ward. */
function mapOldWards(rows: LegacyRow[]): LegacyMapping | null {
  const oldWards = new Set(rows.map((r) => r.oldWardId));
  const newWards = new Set(rows.map((r) => r.newWardCode));
  if (oldWards.size > 1 && newWards.size > 1) return null;
  const chosen =
    rows.find((r) => r.wholePopulation) ??
    rows.find((r) => r.newWardKey.folded === r.oldWardKey.folded) ??
    rows[0]!;
  return {
    wardCode: chosen.newWardCode,
    provinceCode: chosen.newProvinceCode,
    partial: newWards.size > 1 || rows.some((r) => !r.whole),
    note: chosen.note,
  };
}

/** The current province most of these rows went into, and whether some went elsewhere. */
function majorityProvince(rows: LegacyRow[]): { code: string; split: boolean } {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.newProvinceCode, (counts.get(r.newProvinceCode) ?? 0) + 1);
  const [code] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
  return { code, split: counts.size > 1 };
}

/** Every current ward code the conversion table points to (for consistency checks). */
export function legacyTargetWardCodes(): Set<string> {
  return new Set(data().rows.map((r) => r.newWardCode));
}

/** The number of rows of the conversion table. */
export function legacyRowCount(): number {
  return data().rows.length;
}
