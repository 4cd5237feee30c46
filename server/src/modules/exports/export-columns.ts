/**
 * The columns of a customer export: a Vietnamese header (the ones Tandem's import recognizes, so an
 * export imports back as the same records) and how each value is written.
 */
import { ORGANIZATION_EXPORT_COLUMNS, PERSON_EXPORT_COLUMNS, formatVnPhone, type ImportEntity } from '@tandem/shared';
import type { customFieldDefinitions, CustomValues, StoredEmail, StoredPhone } from '../../db/schema';
import { AppError } from '../../platform/errors';
import { findProvince, findWard } from '../geo/geo.data';
import { CUSTOMER_TYPE_LABELS, GENDER_LABELS, LIFECYCLE_LABELS } from '../imports/import-values';

type Definition = typeof customFieldDefinitions.$inferSelect;

/** A record as the export query returns it (snake_case; people and organizations alike). */
export type ExportRecord = {
  id: string;
  full_name?: string;
  name?: string;
  tax_code?: string | null;
  website?: string | null;
  industry?: string | null;
  phones: StoredPhone[];
  emails: StoredEmail[];
  birthday?: string | null;
  gender?: 'female' | 'male' | 'other' | null;
  customer_type: keyof typeof CUSTOMER_TYPE_LABELS;
  lifecycle_stage: keyof typeof LIFECYCLE_LABELS;
  source: string | null;
  tags: string[];
  street: string | null;
  ward_code: string | null;
  province_code: string | null;
  legacy_address: string | null;
  notes: string | null;
  custom_fields: CustomValues;
  created_at: Date | string;
  updated_at: Date | string;
};

/** A cell value: text, or a date (written as a date cell in XLSX, dd/MM/yyyy in CSV). */
export type ExportValue = string | { date: string } | number;

export type ExportColumn = { key: string; header: string; width: number; value: (r: ExportRecord) => ExportValue };

const HEADERS: Record<string, [string, number]> = {
  id: ['Mã', 38],
  fullName: ['Họ và tên', 28],
  name: ['Tên tổ chức', 32],
  taxCode: ['Mã số thuế', 16],
  website: ['Website', 24],
  industry: ['Ngành nghề', 20],
  phones: ['Điện thoại', 18],
  emails: ['Email', 28],
  birthday: ['Ngày sinh', 12],
  gender: ['Giới tính', 10],
  customerType: ['Loại khách hàng', 16],
  lifecycleStage: ['Giai đoạn', 14],
  source: ['Nguồn', 14],
  tags: ['Nhãn', 20],
  street: ['Địa chỉ', 30],
  wardName: ['Phường/Xã', 22],
  provinceName: ['Tỉnh/Thành phố', 22],
  legacyAddress: ['Địa chỉ cũ', 36],
  notes: ['Ghi chú', 40],
  createdAt: ['Ngày tạo', 18],
  updatedAt: ['Ngày cập nhật', 18],
};

/** "1990-02-14" → "14/02/1990". */
export const vnDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** A timestamp in Vietnam's time (UTC+7 all year): "14/02/2026 09:30". */
export function vnDateTime(v: Date | string): string {
  const d = new Date(new Date(v).getTime() + 7 * 3_600_000).toISOString();
  return `${vnDate(d.slice(0, 10))} ${d.slice(11, 16)}`;
}

const list = (items: string[]) => items.join('; ');

const VALUES: Record<string, (r: ExportRecord) => ExportValue> = {
  id: (r) => r.id,
  fullName: (r) => r.full_name ?? '',
  name: (r) => r.name ?? '',
  taxCode: (r) => r.tax_code ?? '',
  website: (r) => r.website ?? '',
  industry: (r) => r.industry ?? '',
  phones: (r) => list(r.phones.map((p) => formatVnPhone(p.number))),
  emails: (r) => list(r.emails.map((e) => e.address)),
  birthday: (r) => (r.birthday ? { date: r.birthday } : ''),
  gender: (r) => (r.gender ? GENDER_LABELS[r.gender] : ''),
  customerType: (r) => CUSTOMER_TYPE_LABELS[r.customer_type],
  lifecycleStage: (r) => LIFECYCLE_LABELS[r.lifecycle_stage],
  source: (r) => r.source ?? '',
  tags: (r) => list(r.tags),
  street: (r) => r.street ?? '',
  wardName: (r) => (r.ward_code ? (findWard(r.ward_code)?.name ?? r.ward_code) : ''),
  provinceName: (r) => (r.province_code ? (findProvince(r.province_code)?.name ?? r.province_code) : ''),
  legacyAddress: (r) => r.legacy_address ?? '',
  notes: (r) => r.notes ?? '',
  createdAt: (r) => vnDateTime(r.created_at),
  updatedAt: (r) => vnDateTime(r.updated_at),
};

function customColumn(def: Definition): ExportColumn {
  return {
    key: `cf.${def.key}`,
    header: def.label,
    width: 18,
    value: (r) => {
      const v = r.custom_fields[def.key];
      if (v === null || v === undefined) return '';
      if (Array.isArray(v)) return list(v);
      if (typeof v === 'boolean') return v ? 'Có' : 'Không';
      if (typeof v === 'number') return v;
      if (def.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return { date: v };
      return v;
    },
  };
}

/**
 * The export's columns, in the order asked (default: every built-in column but the id, then every
 * active custom field). An unknown column is a 400 naming the allowed ones.
 */
export function exportColumns(entity: ImportEntity, requested: string[] | undefined, definitions: Map<string, Definition>): ExportColumn[] {
  const builtIn: readonly string[] = entity === 'person' ? PERSON_EXPORT_COLUMNS : ORGANIZATION_EXPORT_COLUMNS;
  const keys = requested?.length ? requested : [...builtIn.filter((k) => k !== 'id'), ...[...definitions.values()].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id)).map((d) => `cf.${d.key}`)];
  const errors: { path: string; message: string; location: string }[] = [];
  const columns: ExportColumn[] = [];
  for (const key of keys) {
    if (key.startsWith('cf.')) {
      const def = definitions.get(key.slice(3));
      if (def) columns.push(customColumn(def));
      else errors.push({ path: 'columns', message: `no custom field ${key.slice(3)}`, location: 'querystring' });
    } else if (builtIn.includes(key)) {
      const [header, width] = HEADERS[key]!;
      columns.push({ key, header, width, value: VALUES[key]! });
    } else {
      errors.push({ path: 'columns', message: `unknown column ${key}; columns: ${builtIn.join(', ')}, or cf.<key>`, location: 'querystring' });
    }
  }
  if (errors.length) throw new AppError('validation_failed', 'Invalid export columns', { errors });
  return columns;
}
