import type { ImportEntity, ORGANIZATION_IMPORT_TARGETS, PERSON_IMPORT_TARGETS, TImportMapping } from '@tandem/shared';

// Copies of @tandem/shared's import targets (its runtime values would pull zod into the bundle),
// checked against the shared tuples below.
const COMMON = [
  'phones',
  'emails',
  'customerType',
  'lifecycleStage',
  'source',
  'tags',
  'notes',
  'street',
  'wardName',
  'wardCode',
  'provinceName',
  'provinceCode',
  'legacyWard',
  'legacyDistrict',
  'legacyProvince',
  'legacyAddress',
] as const;
export const PERSON_TARGETS = ['fullName', 'birthday', 'gender', ...COMMON] as const;
export const ORGANIZATION_TARGETS = ['name', 'taxCode', 'website', 'industry', ...COMMON] as const;
/** Targets several columns may fill (and a cell may hold several values separated by ; or ,). */
export const MULTI_TARGETS: readonly string[] = ['phones', 'emails', 'tags', 'notes'];

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const personTargetsMatch: Same<(typeof PERSON_TARGETS)[number], (typeof PERSON_IMPORT_TARGETS)[number]> = true;
export const organizationTargetsMatch: Same<(typeof ORGANIZATION_TARGETS)[number], (typeof ORGANIZATION_IMPORT_TARGETS)[number]> = true;

export type ImportTarget = (typeof PERSON_TARGETS)[number] | (typeof ORGANIZATION_TARGETS)[number];

export const targetsOf = (entity: ImportEntity): readonly ImportTarget[] => (entity === 'person' ? PERSON_TARGETS : ORGANIZATION_TARGETS);

/** The value of a column that is left out of the import. */
export const SKIP = '';

/** A mapping as the wizard edits it: every column of the file, mapped or skipped. */
export type ColumnChoices = Record<string, string>;

/** One choice per column of the file, starting from the preview's mapping (the saved one, else the suggested one). */
export function choicesFromPreview(columns: string[], mapping: TImportMapping): ColumnChoices {
  return Object.fromEntries(columns.map((column) => [column, mapping[column] ?? SKIP]));
}

/** What the API takes: only mapped columns. */
export const mappingOf = (choices: ColumnChoices): TImportMapping =>
  Object.fromEntries(Object.entries(choices).filter(([, target]) => target !== SKIP));

/** Single-value targets chosen for more than one column: target → the columns. */
export function conflictingTargets(choices: ColumnChoices): Map<string, string[]> {
  const byTarget = new Map<string, string[]>();
  for (const [column, target] of Object.entries(choices)) {
    if (target === SKIP || MULTI_TARGETS.includes(target)) continue;
    byTarget.set(target, [...(byTarget.get(target) ?? []), column]);
  }
  return new Map([...byTarget].filter(([, columns]) => columns.length > 1));
}

/** The field that names the record (fullName / name) must come from some column. */
export const hasNameColumn = (entity: ImportEntity, choices: ColumnChoices): boolean =>
  Object.values(choices).includes(entity === 'person' ? 'fullName' : 'name');

/** Headers the server recognises, with one example row: a file to start from. */
export function templateCsv(entity: ImportEntity): string {
  const rows =
    entity === 'person'
      ? [
          ['Họ và tên', 'Số điện thoại', 'Email', 'Ngày sinh', 'Giới tính', 'Địa chỉ', 'Phường/xã', 'Tỉnh/thành phố', 'Nguồn', 'Thẻ', 'Ghi chú'],
          ['Nguyễn Văn An', '0912 345 678', 'an.nguyen@gmail.com', '15/08/1990', 'Nam', '12 Lê Lợi', 'Phường Sài Gòn', 'TP. Hồ Chí Minh', 'Website', 'vip; thân thiết', ''],
        ]
      : [
          ['Tên công ty', 'Mã số thuế', 'Điện thoại', 'Email', 'Website', 'Ngành nghề', 'Địa chỉ', 'Phường/xã', 'Tỉnh/thành phố', 'Ghi chú'],
          ['Công ty TNHH Sen Vàng', '0101243150', '024 3826 1234', 'lienhe@senvang.vn', 'senvang.vn', 'Bán lẻ', '5 Tràng Tiền', 'Phường Hoàn Kiếm', 'Hà Nội', ''],
        ];
  const cell = (value: string) => (/[",;\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  // A BOM, so Excel opens the Vietnamese text as UTF-8.
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
