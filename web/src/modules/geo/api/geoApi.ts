import { api } from '../../../api/client';

/** A province-level unit in force since 1 July 2025 (34 of them). */
export type Province = { code: string; name: string; type: 'municipality' | 'province'; phoneAreaCode: string };
/** A ward, commune or special zone of a province (no district level since July 2025). */
export type Ward = { code: string; name: string; type: string };

export const listProvinces = async (): Promise<Province[]> =>
  (await api.get<{ data: Province[] }>('/geo/provinces')).data;

export const listWards = async (provinceCode: string): Promise<Ward[]> =>
  (await api.get<{ data: Ward[] }>(`/geo/provinces/${encodeURIComponent(provinceCode)}/wards`)).data;
