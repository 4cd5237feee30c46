/**
 * One row of a file to a draft record, following a mapping plan: every cell cleaned (trimmed, NFC),
 * parsed to the stored type, and every problem reported with the row's number and the column's header.
 */
import type { CustomerType, LifecycleStage } from '@tandem/shared';
import type { CustomValues, StoredEmail, StoredPhone } from '../../db/schema';
import { resolveAddress, type AddressParts } from './import-address';
import type { MappingPlan } from './import-mapping';
import {
  cleanCell,
  parseBirthday,
  parseBoolean,
  parseCustomerType,
  parseDate,
  parseEmail,
  parseGender,
  parseLifecycleStage,
  parseNumber,
  parseOption,
  parsePhone,
  parseTaxCode,
  splitList,
  type Parsed,
} from './import-values';
import type { SourceRow } from './import-file';

export type RowError = { row: number; column: string | null; reason: string };

/**
 * A row ready to write. Fields the file left empty are undefined: a new record gets defaults, an
 * updated one keeps its values.
 */
export type Draft = {
  row: number;
  /** fullName of a person, name of an organization. */
  name: string;
  phones: StoredPhone[];
  emails: StoredEmail[];
  taxCode?: string;
  website?: string;
  industry?: string;
  birthday?: string;
  gender?: 'female' | 'male' | 'other';
  customerType?: CustomerType;
  lifecycleStage?: LifecycleStage;
  source?: string;
  tags: string[];
  notes?: string;
  street?: string;
  wardCode?: string;
  provinceCode?: string;
  legacyAddress?: string;
  customFields: CustomValues;
  /** Exact keys for duplicate matching: phones (E.164), e-mails, tax code. */
  keys: string[];
};

export type NormalizedRow = { ok: true; draft: Draft } | { ok: false; errors: RowError[] };

const LIMITS = { name: 300, fullName: 200, notes: 10_000, street: 300, website: 300, industry: 200, source: 40, tag: 50 } as const;

/** Normalizes one row; never throws for bad data. */
export function normalizeRow(plan: MappingPlan, source: SourceRow): NormalizedRow {
  const { headers, columns } = plan;
  const errors: RowError[] = [];
  const row = source.row;
  const cell = (index: number) => cleanCell(source.cells[index] ?? '');
  const err = (index: number | null, reason: string) => errors.push({ row, column: index === null ? null : (headers[index] ?? null), reason });
  /** The text of a single-column target ('' when unmapped or empty). */
  const text = (target: string): [string, number | null] => {
    const index = columns.get(target)?.[0];
    return index === undefined ? ['', null] : [cell(index), index];
  };
  const parsed = <T>(target: string, parse: (t: string) => Parsed<T>): T | undefined => {
    const [t, index] = text(target);
    if (t === '') return undefined;
    const r = parse(t);
    if (r.ok) return r.value;
    err(index, r.reason);
    return undefined;
  };
  const bounded = (target: string, max: number): string | undefined => {
    const [t, index] = text(target);
    if (t === '') return undefined;
    if (t.length > max) {
      err(index, `Longer than ${max} characters`);
      return undefined;
    }
    return t.replace(/\s+/g, ' ');
  };

  const nameTarget = plan.entity === 'person' ? 'fullName' : 'name';
  const [nameText, nameIndex] = text(nameTarget);
  const name = nameText.replace(/\s+/g, ' ');
  const maxName = plan.entity === 'person' ? LIMITS.fullName : LIMITS.name;
  if (name === '') err(nameIndex, plan.entity === 'person' ? 'The name is empty' : "The organization's name is empty");
  else if (name.length > maxName) err(nameIndex, `The name is longer than ${maxName} characters`);

  const phones: StoredPhone[] = [];
  for (const index of columns.get('phones') ?? []) {
    for (const part of splitList(cell(index))) {
      const r = parsePhone(part);
      if (!r.ok) err(index, r.reason);
      else if (!phones.some((p) => p.number === r.value)) phones.push({ number: r.value });
    }
  }
  const emails: StoredEmail[] = [];
  for (const index of columns.get('emails') ?? []) {
    for (const part of splitList(cell(index))) {
      const r = parseEmail(part);
      if (!r.ok) err(index, r.reason);
      else if (!emails.some((e) => e.address === r.value)) emails.push({ address: r.value });
    }
  }
  if (phones.length > 10) err(columns.get('phones')![0]!, 'More than 10 phone numbers');
  if (emails.length > 10) err(columns.get('emails')![0]!, 'More than 10 e-mail addresses');

  const tags: string[] = [];
  for (const index of columns.get('tags') ?? []) {
    for (const tag of splitList(cell(index), true)) {
      if (tag.length > LIMITS.tag) err(index, `A tag is longer than ${LIMITS.tag} characters: "${tag}"`);
      else if (!tags.includes(tag)) tags.push(tag);
    }
  }
  const noteParts = (columns.get('notes') ?? []).map(cell).filter((t) => t !== '');
  const notes = noteParts.length ? noteParts.join('\n') : undefined;
  if (notes && notes.length > LIMITS.notes) err(columns.get('notes')![0]!, `The notes are longer than ${LIMITS.notes} characters`);

  const draft: Draft = { row, name, phones, emails, tags, customFields: {}, keys: [] };
  if (plan.entity === 'person') {
    draft.birthday = parsed('birthday', parseBirthday);
    draft.gender = parsed('gender', parseGender);
  } else {
    draft.taxCode = parsed('taxCode', parseTaxCode);
    draft.website = bounded('website', LIMITS.website);
    draft.industry = bounded('industry', LIMITS.industry);
  }
  draft.customerType = parsed('customerType', parseCustomerType);
  draft.lifecycleStage = parsed('lifecycleStage', parseLifecycleStage);
  const origin = bounded('source', LIMITS.source);
  if (origin) draft.source = origin.toLowerCase();
  if (notes && notes.length <= LIMITS.notes) draft.notes = notes;
  if (tags.length > 50) err(columns.get('tags')![0]!, 'More than 50 tags');
  draft.street = bounded('street', LIMITS.street);

  const parts: AddressParts = {
    street: draft.street ?? '',
    wardName: text('wardName')[0],
    wardCode: text('wardCode')[0],
    provinceName: text('provinceName')[0],
    provinceCode: text('provinceCode')[0],
    legacyWard: text('legacyWard')[0],
    legacyDistrict: text('legacyDistrict')[0],
    legacyProvince: text('legacyProvince')[0],
    legacyAddress: text('legacyAddress')[0],
  };
  if (parts.wardName || parts.wardCode || parts.provinceName || parts.provinceCode || parts.legacyWard || parts.legacyDistrict || parts.legacyProvince || parts.legacyAddress) {
    const address = resolveAddress(parts);
    if (address.error) err(text(address.error.target)[1], address.error.reason);
    if (address.wardCode) draft.wardCode = address.wardCode;
    if (address.provinceCode) draft.provinceCode = address.provinceCode;
    if (address.legacyAddress) draft.legacyAddress = address.legacyAddress;
  }

  for (const { key, index, def } of plan.custom) {
    const t = cell(index);
    if (t === '') continue;
    const value = customValue(def.type, def.options, t);
    if (value.ok) draft.customFields[key] = value.value;
    else err(index, value.reason);
  }

  if (errors.length) return { ok: false, errors };
  draft.keys = [...phones.map((p) => p.number), ...emails.map((e) => e.address), ...(draft.taxCode ? [draft.taxCode] : [])];
  return { ok: true, draft };
}

function customValue(type: string, options: string[], t: string): Parsed<CustomValues[string]> {
  switch (type) {
    case 'text':
      return t.length > 5000 ? { ok: false, reason: 'Longer than 5000 characters' } : { ok: true, value: t };
    case 'number':
      return parseNumber(t);
    case 'date':
      return parseDate(t);
    case 'boolean':
      return parseBoolean(t);
    case 'select':
      return parseOption(t, options);
    case 'multiselect': {
      const values: string[] = [];
      for (const part of splitList(t, true)) {
        const r = parseOption(part, options);
        if (!r.ok) return r;
        if (!values.includes(r.value)) values.push(r.value);
      }
      return { ok: true, value: values };
    }
    default:
      return { ok: false, reason: `Unsupported custom field type ${type}` };
  }
}

/** The required custom fields a new record lacks, as row errors (updates keep the record's values). */
export function missingRequired(plan: MappingPlan, draft: Draft): RowError[] {
  const errors: RowError[] = [];
  for (const def of plan.required) {
    const v = draft.customFields[def.key];
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) {
      const mapped = plan.custom.find((c) => c.key === def.key);
      errors.push({ row: draft.row, column: mapped ? (plan.headers[mapped.index] ?? null) : null, reason: `${def.label} is required` });
    }
  }
  return errors;
}
