import { useQuery } from '@tanstack/react-query';
import { listProvinces, listWards } from '../api/geoApi';

// Administrative units change by law, not by the minute: cached for the whole visit.
const FOREVER = { staleTime: Number.POSITIVE_INFINITY, gcTime: Number.POSITIVE_INFINITY } as const;

/** The 34 provinces, in the server's order (by code). */
export function useProvinces() {
  return useQuery({ queryKey: ['geo', 'provinces'], queryFn: listProvinces, ...FOREVER });
}

/** The wards of one province; nothing is fetched until a province is chosen. */
export function useWards(provinceCode: string | null | undefined) {
  return useQuery({
    queryKey: ['geo', 'wards', provinceCode],
    queryFn: () => listWards(provinceCode ?? ''),
    enabled: Boolean(provinceCode),
    ...FOREVER,
  });
}

/** "Thành phố Hồ Chí Minh" → "TP. Hồ Chí Minh", "Tỉnh Lào Cai" → "Lào Cai": for columns and chips. */
export const shortProvinceName = (name: string): string => name.replace(/^Thành phố /, 'TP. ').replace(/^Tỉnh /, '');

/** Short province names by code, for lists that only carry the code. */
export function useProvinceNames(): (code: string | null | undefined) => string | null {
  const provinces = useProvinces();
  const byCode = new Map((provinces.data ?? []).map((p) => [p.code, shortProvinceName(p.name)]));
  return (code) => (code ? (byCode.get(code) ?? code) : null);
}
