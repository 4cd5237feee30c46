import { fold } from '../../../ui/fold';
import { parseDay } from '../../../i18n/format';
import type { TService, TServiceField } from '../common/types';

/** A service's form field as the API sends it. */
export type ServiceField = TService['formFields'][number];

const KEY = /^[a-z][a-z0-9_]{0,40}$/;
export const isFieldKey = (key: string): boolean => KEY.test(key);

/**
 * The answer key of a new field, from its label: "Cần trước ngày" → "can_truoc_ngay", "Số lượng (cái)"
 * → "so_luong_cai", "2 màn hình" → "f_2_man_hinh". Unique among `taken` ("loai_may_2"). Keys of saved
 * fields never change: answers are stored by them.
 */
export function fieldKeyFrom(label: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let base = fold(label)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 36)
    .replace(/_+$/, '');
  if (!base) base = 'field';
  if (!/^[a-z]/.test(base)) base = `f_${base}`;
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}_${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** What the request form holds for a field while it is being filled in. */
export type AnswerValue = string | number | null;

export type AnswerProblem = 'required' | 'number' | 'date' | 'option';

/**
 * Form values → the answers the API takes, by field key: numbers as numbers, dates typed "15/8/2026"
 * as "2026-08-15", empty answers left out. Problems are keyed by field key.
 */
export function toAnswers(fields: readonly ServiceField[], values: Record<string, AnswerValue>): { answers: Record<string, string | number>; problems: Record<string, AnswerProblem> } {
  const answers: Record<string, string | number> = {};
  const problems: Record<string, AnswerProblem> = {};
  for (const field of fields) {
    const raw = values[field.key];
    const empty = raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
    if (empty) {
      if (field.required) problems[field.key] = 'required';
      continue;
    }
    switch (field.type) {
      case 'number': {
        const value = typeof raw === 'number' ? raw : Number(String(raw).replace(/\./g, '').replace(',', '.'));
        if (Number.isFinite(value)) answers[field.key] = value;
        else problems[field.key] = 'number';
        break;
      }
      case 'date': {
        const day = parseDay(String(raw));
        if (day) answers[field.key] = day;
        else problems[field.key] = 'date';
        break;
      }
      case 'select':
        if ((field.options ?? []).includes(String(raw))) answers[field.key] = String(raw);
        else problems[field.key] = 'option';
        break;
      default:
        answers[field.key] = String(raw).trim();
    }
  }
  return { answers, problems };
}

/** A field of the editor: the saved key stays; a new field's key follows its label until saved. */
export type EditableField = TServiceField & { saved: boolean };

/** The fields to save: keys made unique and valid, options only on selects, blank options dropped. */
export function fieldsForSave(fields: readonly EditableField[]): TServiceField[] {
  const taken = new Set(fields.filter((f) => f.saved).map((f) => f.key));
  return fields.map((field) => {
    let key = field.key;
    if (!field.saved) {
      key = isFieldKey(key) && !taken.has(key) ? key : fieldKeyFrom(field.label, taken);
      taken.add(key);
    }
    const options = field.type === 'select' ? (field.options ?? []).map((o) => o.trim()).filter(Boolean) : undefined;
    return { key, label: field.label.trim(), type: field.type, required: field.required, ...(options ? { options } : {}) };
  });
}

export type FieldProblem = 'label' | 'options';

/** A field without a label, or a list without options, cannot be saved. */
export function checkFields(fields: readonly EditableField[]): (FieldProblem | null)[] {
  return fields.map((f) => {
    if (!f.label.trim()) return 'label';
    if (f.type === 'select' && !(f.options ?? []).some((o) => o.trim())) return 'options';
    return null;
  });
}
