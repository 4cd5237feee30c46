import type { TFilterCondition } from '@tandem/shared';

/**
 * The list filter is the API's own: a list of `{field, op, value}` conditions combined with AND, sent
 * as JSON in `filter`. The filter panel edits it through these helpers, one field at a time, so a
 * saved view made elsewhere (the API, another screen) keeps the conditions the panel does not know.
 */
export type Condition = TFilterCondition;
export type Filter = Condition[];
export type FilterOp = Condition['op'];

export const FILTER_OPS = ['eq', 'neq', 'in', 'contains', 'gt', 'gte', 'lt', 'lte', 'isEmpty', 'isNotEmpty'] as const satisfies readonly FilterOp[];
type Exhaustive<Union, Listed> = [Exclude<Union, Listed>] extends [never] ? true : never;
export const filterOpsAreComplete: Exhaustive<FilterOp, (typeof FILTER_OPS)[number]> = true;

const PICK_OPS: readonly FilterOp[] = ['eq', 'in', 'contains'];
const isPick = (c: Condition) => PICK_OPS.includes(c.op);

/**
 * Replace the conditions of `field` that `match` with `next`, where the first of them stood (or at the
 * end), so chips keep their order while someone edits a filter.
 */
function replace(filter: Filter, field: string, match: (c: Condition) => boolean, next: Condition[]): Filter {
  const at = filter.findIndex((c) => c.field === field && match(c));
  const rest = filter.filter((c) => !(c.field === field && match(c)));
  const index = at < 0 ? rest.length : filter.slice(0, at).filter((c) => !(c.field === field && match(c))).length;
  return [...rest.slice(0, index), ...next, ...rest.slice(index)];
}

/** The values chosen for a field ("is one of"), as strings. */
export function selectedValues(filter: Filter, field: string): string[] {
  const condition = filter.find((c) => c.field === field && isPick(c));
  if (!condition || condition.value === undefined) return [];
  return Array.isArray(condition.value) ? condition.value.map(String) : [String(condition.value)];
}

/** Keep records whose `field` is one of `values` (`eq` for one, `in` for several); none removes the condition. */
export function withSelectedValues(filter: Filter, field: string, values: string[]): Filter {
  const unique = [...new Set(values)];
  const next: Condition[] =
    unique.length === 0 ? [] : unique.length === 1 ? [{ field, op: 'eq', value: unique[0] }] : [{ field, op: 'in', value: unique }];
  return replace(filter, field, isPick, next);
}

/** A yes/no field: true, false, or no condition (null). */
export function booleanValue(filter: Filter, field: string): boolean | null {
  const condition = filter.find((c) => c.field === field && c.op === 'eq');
  if (!condition) return null;
  return condition.value === true || condition.value === 'true';
}

export function withBoolean(filter: Filter, field: string, value: boolean | null): Filter {
  return replace(filter, field, (c) => c.op === 'eq', value === null ? [] : [{ field, op: 'eq', value }]);
}

/** Text that the field contains (accent-insensitive on the server). */
export function containedText(filter: Filter, field: string): string {
  const condition = filter.find((c) => c.field === field && c.op === 'contains');
  return typeof condition?.value === 'string' ? condition.value : '';
}

export function withContainedText(filter: Filter, field: string, text: string): Filter {
  const value = text.trim();
  return replace(filter, field, (c) => c.op === 'contains', value ? [{ field, op: 'contains', value }] : []);
}

export type Range<T extends string | number> = { min: T | null; max: T | null };

/** A number or date range: `gte` and `lte` conditions on the field. */
export function rangeOf<T extends string | number>(filter: Filter, field: string, parse: (value: unknown) => T | null): Range<T> {
  const bound = (op: FilterOp) => {
    const condition = filter.find((c) => c.field === field && c.op === op);
    return condition ? parse(condition.value) : null;
  };
  return { min: bound('gte'), max: bound('lte') };
}

export function withRange(filter: Filter, field: string, range: Range<string | number>): Filter {
  const next: Condition[] = [];
  if (range.min !== null && range.min !== '') next.push({ field, op: 'gte', value: range.min });
  if (range.max !== null && range.max !== '') next.push({ field, op: 'lte', value: range.max });
  return replace(filter, field, (c) => c.op === 'gte' || c.op === 'lte', next);
}

/** The `filter` query parameter: JSON, or nothing for an empty filter. */
export const filterParam = (filter: Filter): string | undefined => (filter.length ? JSON.stringify(filter) : undefined);

/** Labels the chips need; the list page knows its fields, options and formats. */
export type DescribeContext = {
  fieldLabel: (field: string) => string;
  valueLabel: (field: string, value: string | number | boolean) => string;
  empty: string;
  notEmpty: string;
};

const OP_SIGN: Partial<Record<FilterOp, string>> = { neq: '≠', gt: '>', gte: '≥', lt: '<', lte: '≤' };

/** One condition as a short chip label: "Giai đoạn: Khách hàng, Người ủng hộ", "Chi tiêu ≥ 1.000.000". */
export function describeCondition(condition: Condition, context: DescribeContext): string {
  const label = context.fieldLabel(condition.field);
  const values = condition.value === undefined ? [] : Array.isArray(condition.value) ? condition.value : [condition.value];
  const shown = values.map((v) => context.valueLabel(condition.field, v)).join(', ');
  switch (condition.op) {
    case 'eq':
    case 'in':
      return `${label}: ${shown}`;
    case 'contains':
      return `${label}: “${shown}”`;
    case 'isEmpty':
      return `${label}: ${context.empty}`;
    case 'isNotEmpty':
      return `${label}: ${context.notEmpty}`;
    case 'neq':
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return `${label} ${OP_SIGN[condition.op] ?? ''} ${shown}`;
    default: {
      const never: never = condition.op;
      return String(never);
    }
  }
}

/** A condition read from an address or a saved view, checked like the server would; anything else is dropped. */
export function parseCondition(value: unknown): Condition | null {
  if (typeof value !== 'object' || value === null) return null;
  const { field, op, value: v } = value as Record<string, unknown>;
  if (typeof field !== 'string' || !field || field.length > 70) return null;
  if (typeof op !== 'string' || !(FILTER_OPS as readonly string[]).includes(op)) return null;
  const typedOp = op as FilterOp;
  if (v === undefined) return { field, op: typedOp };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return { field, op: typedOp, value: v };
  if (Array.isArray(v) && v.every((item) => typeof item === 'string' || typeof item === 'number')) {
    return { field, op: typedOp, value: v as (string | number)[] };
  }
  return null;
}

/** Same conditions in the same order. */
export const sameFilter = (a: Filter, b: Filter): boolean => JSON.stringify(a) === JSON.stringify(b);
