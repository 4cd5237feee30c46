import type { ListDefaults } from '../customers';

/** The sorts the organizations list offers (the API's `ORGANIZATION_SORTS`). */
export const ORGANIZATION_SORTS = ['createdAt', '-createdAt', 'updatedAt', '-updatedAt', 'name', '-name'] as const;

export const ORGANIZATIONS_LIST: ListDefaults = {
  sort: '-createdAt',
  sorts: ORGANIZATION_SORTS,
  columns: ['name', 'taxCode', 'primaryPhone', 'primaryEmail', 'lifecycleStage', 'ownerUserId', 'provinceCode', 'createdAt'],
};

const EXPORT_COLUMN: Record<string, string | null> = {
  primaryPhone: 'phones',
  primaryEmail: 'emails',
  provinceCode: 'provinceName',
  ownerUserId: null,
};

/** The export columns for what the list shows, in its order. */
export function organizationExportColumns(columns: string[]): string[] {
  const mapped = columns.map((c) => (c in EXPORT_COLUMN ? EXPORT_COLUMN[c] : c)).filter((c): c is string => c !== null && c !== undefined);
  return [...new Set(mapped)];
}
