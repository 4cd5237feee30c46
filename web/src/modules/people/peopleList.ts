import type { ListDefaults } from '../customers';

/** The sorts the people list offers (the API's `PEOPLE_SORTS`). */
export const PEOPLE_SORTS = ['createdAt', '-createdAt', 'updatedAt', '-updatedAt', 'fullName', '-fullName'] as const;

export const PEOPLE_LIST: ListDefaults = {
  sort: '-createdAt',
  sorts: PEOPLE_SORTS,
  columns: ['fullName', 'primaryPhone', 'primaryEmail', 'lifecycleStage', 'ownerUserId', 'provinceCode', 'createdAt'],
};

/** List columns → the export's column names: phones and e-mails export in full, the province by name. */
const EXPORT_COLUMN: Record<string, string | null> = {
  fullName: 'fullName',
  primaryPhone: 'phones',
  primaryEmail: 'emails',
  provinceCode: 'provinceName',
  // The export has no owner column yet.
  ownerUserId: null,
};

/** The export columns for what the list shows, in its order. */
export function exportColumns(columns: string[]): string[] {
  const mapped = columns.map((c) => (c in EXPORT_COLUMN ? EXPORT_COLUMN[c] : c)).filter((c): c is string => c !== null && c !== undefined);
  return [...new Set(mapped)];
}
