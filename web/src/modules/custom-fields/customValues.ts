import type { TCustomFieldDefinition, TPerson } from '@tandem/shared';
import { parseDay } from '../../i18n/format';
import { fold } from '../../ui/fold';

/** A custom value as the API stores it. */
export type StoredCustomValue = TPerson['customFields'][string];

/** A custom value as a form edits it: dates as typed text, numbers possibly empty. */
export type FormCustomValue = string | number | boolean | string[] | null;

/** The value a form starts from, for a stored value (or none). */
export function toFormValue(definition: TCustomFieldDefinition, stored: StoredCustomValue | undefined): FormCustomValue {
  switch (definition.type) {
    case 'text':
      return typeof stored === 'string' ? stored : '';
    case 'number':
      return typeof stored === 'number' ? stored : '';
    case 'date':
      // Shown d/M/yyyy while editing, as Vietnamese people write dates.
      return typeof stored === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(stored)
        ? `${Number(stored.slice(8, 10))}/${Number(stored.slice(5, 7))}/${stored.slice(0, 4)}`
        : '';
    case 'select':
      return typeof stored === 'string' ? stored : null;
    case 'multiselect':
      return Array.isArray(stored) ? stored : [];
    case 'boolean':
      return stored === true;
    default: {
      const never: never = definition.type;
      throw new Error(`unknown custom field type ${String(never)}`);
    }
  }
}

/** What to send for a form value: empty becomes null; a date that does not parse is `invalid`. */
export function toRequestValue(definition: TCustomFieldDefinition, value: FormCustomValue): StoredCustomValue | 'invalid' {
  switch (definition.type) {
    case 'text':
      return typeof value === 'string' && value.trim() ? value.trim() : null;
    case 'number': {
      if (value === '' || value === null) return null;
      const n = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
      return Number.isFinite(n) ? n : 'invalid';
    }
    case 'date':
      if (typeof value !== 'string' || !value.trim()) return null;
      return parseDay(value) ?? 'invalid';
    case 'select':
      return typeof value === 'string' && value ? value : null;
    case 'multiselect':
      return Array.isArray(value) && value.length ? value : null;
    case 'boolean':
      return value === true;
    default: {
      const never: never = definition.type;
      throw new Error(`unknown custom field type ${String(never)}`);
    }
  }
}

/** Whether a value counts as filled (for required fields). */
export const isFilled = (value: FormCustomValue): boolean =>
  !(value === null || value === '' || (Array.isArray(value) && value.length === 0));

/** A key for a new field from its label: "Hạng thành viên" → "hang_thanh_vien". */
export function keyFromLabel(label: string): string {
  const key = fold(label)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/^[^a-z]+/, '')
    .slice(0, 63);
  return key;
}
