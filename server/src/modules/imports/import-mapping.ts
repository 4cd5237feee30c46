/**
 * Column mappings: which column of the file fills which field. Suggested from header names in
 * Vietnamese or English, checked against the entity's fields and custom fields, and compiled into a
 * plan of column indexes that the row normalizer follows.
 */
import { MULTI_COLUMN_TARGETS, ORGANIZATION_IMPORT_TARGETS, PERSON_IMPORT_TARGETS, foldVietnamese, type ImportEntity, type TImportMapping } from '@tandem/shared';
import type { customFieldDefinitions } from '../../db/schema';
import { AppError, type FieldError } from '../../platform/errors';

type Definition = typeof customFieldDefinitions.$inferSelect;

export const targetsOf = (entity: ImportEntity): readonly string[] => (entity === 'person' ? PERSON_IMPORT_TARGETS : ORGANIZATION_IMPORT_TARGETS);

/** Header words (folded: no accents, lower-case, punctuation as spaces) for each target. */
const SYNONYMS: Record<string, string[]> = {
  fullName: ['ho ten', 'ho va ten', 'ten khach hang', 'ten kh', 'khach hang', 'ten', 'ho ten khach hang', 'ten day du', 'full name', 'fullname', 'name', 'customer name', 'contact name', 'contact', 'nguoi lien he'],
  name: ['ten cong ty', 'ten doanh nghiep', 'ten to chuc', 'cong ty', 'doanh nghiep', 'to chuc', 'ten don vi', 'don vi', 'ten', 'ten khach hang', 'company', 'company name', 'organization', 'organisation', 'organization name', 'name'],
  phones: ['dien thoai', 'so dien thoai', 'sdt', 'so dt', 'dt', 'di dong', 'so di dong', 'dtdd', 'dien thoai di dong', 'dien thoai co dinh', 'hotline', 'zalo', 'phone', 'phones', 'mobile', 'phone number', 'tel', 'telephone', 'cell'],
  emails: ['email', 'e mail', 'thu dien tu', 'dia chi email', 'mail', 'emails', 'email address'],
  birthday: ['ngay sinh', 'sinh nhat', 'ngay thang nam sinh', 'dob', 'birthday', 'date of birth', 'birth date', 'birthdate'],
  gender: ['gioi tinh', 'gioi', 'gender', 'sex'],
  taxCode: ['mst', 'ma so thue', 'ma thue', 'tax code', 'tax id', 'tax number', 'vat', 'vat number'],
  website: ['website', 'trang web', 'web', 'url', 'site'],
  industry: ['nganh nghe', 'nganh', 'linh vuc', 'linh vuc kinh doanh', 'nganh hang', 'industry', 'sector'],
  customerType: ['loai khach hang', 'loai kh', 'doi tuong', 'customer type', 'type', 'loai'],
  lifecycleStage: ['giai doan', 'trang thai', 'giai doan khach hang', 'stage', 'lifecycle', 'lifecycle stage', 'status'],
  source: ['nguon', 'nguon khach hang', 'nguon kh', 'kenh', 'kenh tiep can', 'source', 'lead source', 'channel'],
  tags: ['nhan', 'the', 'tag', 'tags', 'nhom', 'nhom khach hang', 'phan loai', 'labels', 'label', 'group'],
  notes: ['ghi chu', 'mo ta', 'nhan xet', 'note', 'notes', 'comment', 'comments', 'description'],
  street: ['dia chi', 'so nha', 'duong', 'so nha duong', 'dia chi chi tiet', 'dia chi lien he', 'address', 'street', 'address line'],
  wardName: ['phuong xa', 'phuong', 'xa', 'phuong xa thi tran', 'xa phuong', 'ward', 'commune', 'ward commune'],
  wardCode: ['ma phuong xa', 'ma xa', 'ward code'],
  provinceName: ['tinh thanh pho', 'tinh thanh', 'tinh tp', 'tinh', 'thanh pho', 'tp', 'province', 'city', 'province city'],
  provinceCode: ['ma tinh', 'province code'],
  legacyWard: ['phuong xa cu', 'xa cu', 'phuong cu', 'old ward'],
  legacyDistrict: ['quan huyen', 'quan', 'huyen', 'quan huyen thi xa', 'district', 'quan huyen cu', 'old district'],
  legacyProvince: ['tinh cu', 'tinh thanh pho cu', 'old province'],
  legacyAddress: ['dia chi cu', 'dia chi truoc sap nhap', 'old address', 'legacy address'],
};

/** A header's comparison key: folded, punctuation as spaces, a "(2)" repeat suffix dropped. */
export const headerKey = (header: string): string =>
  foldVietnamese(header.replace(/\s*\(\d+\)$/, ''))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * A mapping suggested from the headers: custom fields by label or key, then synonyms of the fields.
 * A single-value target takes the first column that names it; phones, e-mails, tags and notes take all.
 */
export function suggestMapping(entity: ImportEntity, headers: string[], definitions: Map<string, Definition>): TImportMapping {
  const targets = targetsOf(entity);
  const byWord = new Map<string, string>();
  // The workspace's own field labels first: they name its columns more surely than general synonyms.
  for (const def of definitions.values()) {
    for (const word of [headerKey(def.label), headerKey(def.key)]) if (!byWord.has(word)) byWord.set(word, `cf.${def.key}`);
  }
  for (const target of targets) for (const word of SYNONYMS[target] ?? []) if (!byWord.has(word)) byWord.set(word, target);
  const mapping: TImportMapping = {};
  const used = new Set<string>();
  for (const header of headers) {
    const target = byWord.get(headerKey(header));
    if (!target) continue;
    const multi = (MULTI_COLUMN_TARGETS as readonly string[]).includes(target);
    if (!multi && used.has(target)) continue;
    used.add(target);
    mapping[header] = target;
  }
  return mapping;
}

/** Where each target's values come from: column indexes (several for multi-column targets). */
export type MappingPlan = {
  entity: ImportEntity;
  headers: string[];
  /** target → column indexes */
  columns: Map<string, number[]>;
  /** custom field key → column index and definition */
  custom: { key: string; index: number; def: Definition }[];
  /** Active custom fields that must have a value on a new record. */
  required: Definition[];
};

/**
 * Checks a mapping against the file's headers and the entity's fields; a bad mapping is a 400 naming
 * each wrong entry. The name (fullName / name) must be mapped.
 */
export function compileMapping(entity: ImportEntity, headers: string[], mapping: TImportMapping, definitions: Map<string, Definition>): MappingPlan {
  const targets = targetsOf(entity);
  const errors: FieldError[] = [];
  const columns = new Map<string, number[]>();
  const custom: MappingPlan['custom'] = [];
  for (const [source, target] of Object.entries(mapping)) {
    const index = headers.indexOf(source);
    const path = `mapping.${source}`;
    if (index < 0) {
      errors.push({ path, message: `no column "${source}" in the file; its columns are: ${headers.join(', ')}` });
      continue;
    }
    if (target.startsWith('cf.')) {
      const def = definitions.get(target.slice(3));
      if (!def) errors.push({ path, message: `no custom field ${target.slice(3)} for ${entity === 'person' ? 'people' : 'organizations'}` });
      else if (custom.some((c) => c.key === def.key)) errors.push({ path, message: `${target} is already filled by another column` });
      else custom.push({ key: def.key, index, def });
      continue;
    }
    if (!targets.includes(target)) {
      errors.push({ path, message: `unknown field ${target}; fields: ${targets.join(', ')}, or cf.<key>` });
      continue;
    }
    const list = columns.get(target) ?? [];
    if (list.length > 0 && !(MULTI_COLUMN_TARGETS as readonly string[]).includes(target)) {
      errors.push({ path, message: `${target} is already filled by column "${headers[list[0]!]}"` });
      continue;
    }
    list.push(index);
    columns.set(target, list);
  }
  const nameTarget = entity === 'person' ? 'fullName' : 'name';
  if (errors.length === 0 && !columns.has(nameTarget)) {
    errors.push({ path: 'mapping', message: `map a column to ${nameTarget} (the ${entity === 'person' ? "person's full name" : "organization's name"})` });
  }
  if (errors.length) throw new AppError('validation_failed', 'The column mapping does not fit the file', { errors });
  const required = [...definitions.values()].filter((d) => d.required);
  return { entity, headers, columns, custom, required };
}

/** The saved mapping's entries whose columns are in this file (a saved mapping may be from another file). */
export function applicableMapping(saved: TImportMapping | null, headers: string[]): TImportMapping | null {
  if (!saved) return null;
  const entries = Object.entries(saved).filter(([source]) => headers.includes(source));
  return entries.length ? Object.fromEntries(entries) : null;
}
