/**
 * Addresses of imported rows to the current units (34 provinces, wards without districts), through the
 * geo module. Old addresses (with a district, or old ward/province names) are mapped with the official
 * conversion table and their text is kept in `legacy_address`. Files repeat the same few thousand
 * places over and over, so results are cached per distinct text.
 */
import { findProvince, findWard, matchProvince, matchWard } from '../geo/geo.data';
import { mapLegacyAddress } from '../geo/geo.legacy';

/** The address parts of a row, as typed (trimmed, NFC); absent parts are empty strings. */
export type AddressParts = {
  street: string;
  wardName: string;
  wardCode: string;
  provinceName: string;
  provinceCode: string;
  legacyWard: string;
  legacyDistrict: string;
  legacyProvince: string;
  legacyAddress: string;
};

export type ResolvedAddress = {
  wardCode: string | null;
  provinceCode: string | null;
  /** The old text, kept when the address was written in old units or could not be matched. */
  legacyAddress: string | null;
  /** A problem with a code column (names that cannot be matched are kept as text, not refused). */
  error: { target: 'wardCode' | 'provinceCode'; reason: string } | null;
};

const MAX_CACHE = 50_000;
const cache = new Map<string, Omit<ResolvedAddress, 'legacyAddress'> & { keepText: boolean }>();

function resolveUnits(p: AddressParts): Omit<ResolvedAddress, 'legacyAddress'> & { keepText: boolean } {
  if (p.provinceCode || p.wardCode) {
    const province = p.provinceCode ? findProvince(p.provinceCode.padStart(2, '0')) : null;
    if (p.provinceCode && !province) return { wardCode: null, provinceCode: null, keepText: false, error: { target: 'provinceCode', reason: `Unknown province code "${p.provinceCode}"` } };
    const ward = p.wardCode ? findWard(p.wardCode.padStart(5, '0')) : null;
    if (p.wardCode && !ward) return { wardCode: null, provinceCode: null, keepText: false, error: { target: 'wardCode', reason: `Unknown ward code "${p.wardCode}"` } };
    if (ward && province && ward.provinceCode !== province.code) {
      return { wardCode: null, provinceCode: null, keepText: false, error: { target: 'wardCode', reason: `Ward ${ward.code} is not in province ${province.code}` } };
    }
    return { wardCode: ward?.code ?? null, provinceCode: province?.code ?? ward?.provinceCode ?? null, keepText: false, error: null };
  }
  const hasLegacy = p.legacyWard !== '' || p.legacyDistrict !== '' || p.legacyProvince !== '';
  if (!hasLegacy) {
    // Current units first: a province and ward written as they are since July 2025.
    const province = p.provinceName ? matchProvince(p.provinceName) : null;
    const ward = p.wardName ? matchWard(p.wardName, province?.code) : null;
    if ((!p.provinceName || province) && (!p.wardName || ward)) {
      return { wardCode: ward?.code ?? null, provinceCode: province?.code ?? ward?.provinceCode ?? null, keepText: false, error: null };
    }
  }
  // Old units (or names that are not current ones): the conversion table, keeping the text as written.
  const mapped = mapLegacyAddress({
    ward: p.legacyWard || p.wardName || null,
    district: p.legacyDistrict || null,
    province: p.legacyProvince || p.provinceName || null,
  });
  return { wardCode: mapped?.wardCode ?? null, provinceCode: mapped?.provinceCode ?? null, keepText: true, error: null };
}

/** The current ward and province of a row's address, and the old text to keep. */
export function resolveAddress(p: AddressParts): ResolvedAddress {
  const key = `${p.wardName}|${p.wardCode}|${p.provinceName}|${p.provinceCode}|${p.legacyWard}|${p.legacyDistrict}|${p.legacyProvince}`;
  let units = cache.get(key);
  if (!units) {
    if (cache.size >= MAX_CACHE) cache.clear();
    units = resolveUnits(p);
    cache.set(key, units);
  }
  let legacyAddress: string | null = p.legacyAddress || null;
  if (!legacyAddress && units.keepText) {
    const text = [p.street, p.legacyWard || p.wardName, p.legacyDistrict, p.legacyProvince || p.provinceName].filter((s) => s !== '').join(', ');
    legacyAddress = text || null;
  }
  return { wardCode: units.wardCode, provinceCode: units.provinceCode, legacyAddress: legacyAddress ? legacyAddress.slice(0, 500) : null, error: units.error };
}
