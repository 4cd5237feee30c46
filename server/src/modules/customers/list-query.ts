import { sqlArray } from '../../platform/db/database';
import type { TFilterCondition } from '@tandem/shared';
import { sql, type SQL } from 'drizzle-orm';
import type { customFieldDefinitions } from '../../db/schema';
import { AppError } from '../../platform/errors';
import { decodeCursor, encodeCursor } from '../../platform/pagination';

type Definition = typeof customFieldDefinitions.$inferSelect;
type FieldKind = 'text' | 'enum' | 'uuid' | 'date' | 'timestamp' | 'tags';

/** The filterable built-in columns of a table: API name → SQL column and kind. */
export type FieldMap = Record<string, { column: string; kind: FieldKind }>;

/** Filterable columns that people and organizations share (classification, address, bookkeeping). */
export const SHARED_FIELDS: FieldMap = {
  customerType: { column: 'customer_type', kind: 'enum' },
  lifecycleStage: { column: 'lifecycle_stage', kind: 'enum' },
  source: { column: 'source', kind: 'enum' },
  ownerUserId: { column: 'owner_user_id', kind: 'uuid' },
  tags: { column: 'tags', kind: 'tags' },
  provinceCode: { column: 'province_code', kind: 'enum' },
  wardCode: { column: 'ward_code', kind: 'enum' },
  notes: { column: 'notes', kind: 'text' },
  createdAt: { column: 'created_at', kind: 'timestamp' },
  updatedAt: { column: 'updated_at', kind: 'timestamp' },
};

/** The sortable columns: API sort name → SQL column (`id` means creation order: ids are UUIDv7). */
export type SortMap = Record<string, string>;

const ident = (name: string) => sql.raw(`"${name.replace(/"/g, '')}"`);

/**
 * Turn list filter conditions into SQL. Built-in fields use their indexed columns; custom fields
 * (`cf.<key>`) read `custom_fields`, with equality written as containment so the GIN index serves it.
 */
export function filterToSql(conditions: TFilterCondition[], fields: FieldMap, definitions: Map<string, Definition>): SQL[] {
  return conditions.map((c, i) => {
    const path = `filter.${i}`;
    if (c.field.startsWith('cf.')) {
      const def = definitions.get(c.field.slice(3));
      if (!def) throw bad(path, `unknown custom field ${c.field.slice(3)}`);
      return customCondition(def, c, path);
    }
    const field = fields[c.field];
    if (!field) throw bad(path, `cannot filter on ${c.field}; fields: ${Object.keys(fields).join(', ')}, or cf.<key>`);
    return builtInCondition(ident(field.column), field.kind, c, path);
  });
}

function bad(path: string, message: string) {
  return new AppError('validation_failed', `Invalid filter: ${message}`, { errors: [{ path, message }], location: 'querystring' });
}

function scalar(c: TFilterCondition, path: string): string | number | boolean {
  if (c.value === undefined || Array.isArray(c.value)) throw bad(path, `${c.op} needs a single value`);
  return c.value;
}

function list(c: TFilterCondition, path: string): (string | number)[] {
  if (!Array.isArray(c.value) || c.value.length === 0) throw bad(path, 'in needs a non-empty list');
  return c.value;
}

function builtInCondition(col: SQL, kind: FieldKind, c: TFilterCondition, path: string): SQL {
  const cast = (v: unknown) => {
    if (kind === 'uuid') {
      if (typeof v !== 'string' || !/^[0-9a-f-]{36}$/i.test(v)) throw bad(path, 'must be an id');
      return sql`${v}::uuid`;
    }
    if (kind === 'date' || kind === 'timestamp') {
      if (typeof v !== 'string' || Number.isNaN(Date.parse(v))) throw bad(path, 'must be a date');
      return kind === 'date' ? sql`${v}::date` : sql`${v}::timestamptz`;
    }
    return sql`${String(v)}`;
  };
  if (kind === 'tags') {
    switch (c.op) {
      case 'eq':
      case 'contains':
        return sql`${col} @> ARRAY[${String(scalar(c, path))}]::text[]`;
      case 'in':
        return sql`${col} && ${sqlArray(list(c, path).map(String), 'text')}`;
      case 'neq':
        return sql`NOT (${col} @> ARRAY[${String(scalar(c, path))}]::text[])`;
      case 'isEmpty':
        return sql`cardinality(${col}) = 0`;
      case 'isNotEmpty':
        return sql`cardinality(${col}) > 0`;
      default:
        throw bad(path, `${c.op} does not apply to tags`);
    }
  }
  switch (c.op) {
    case 'eq':
      return sql`${col} = ${cast(scalar(c, path))}`;
    case 'neq':
      return sql`${col} IS DISTINCT FROM ${cast(scalar(c, path))}`;
    case 'in':
      return sql`${col} IN (${sql.join(list(c, path).map(cast), sql`, `)})`;
    case 'contains':
      if (kind !== 'text') throw bad(path, 'contains applies to text');
      return sql`tandem_fold(${col}) LIKE ${`%${escapeLike(foldForLike(String(scalar(c, path))))}%`}`;
    case 'gt':
      return sql`${col} > ${cast(scalar(c, path))}`;
    case 'gte':
      return sql`${col} >= ${cast(scalar(c, path))}`;
    case 'lt':
      return sql`${col} < ${cast(scalar(c, path))}`;
    case 'lte':
      return sql`${col} <= ${cast(scalar(c, path))}`;
    case 'isEmpty':
      return kind === 'text' ? sql`coalesce(${col}, '') = ''` : sql`${col} IS NULL`;
    case 'isNotEmpty':
      return kind === 'text' ? sql`coalesce(${col}, '') <> ''` : sql`${col} IS NOT NULL`;
    default: {
      const never: never = c.op;
      throw bad(path, `unknown op ${String(never)}`);
    }
  }
}

function customCondition(def: Definition, c: TFilterCondition, path: string): SQL {
  const key = def.key;
  const text = sql`(custom_fields ->> ${key})`;
  const typed = def.type === 'number' ? sql`(custom_fields ->> ${key})::numeric` : def.type === 'date' ? sql`(custom_fields ->> ${key})::date` : text;
  const json = (v: unknown) => JSON.stringify({ [key]: v });
  switch (c.op) {
    case 'eq':
      if (def.type === 'multiselect') return sql`custom_fields @> ${json([scalar(c, path)])}::jsonb`;
      return sql`custom_fields @> ${json(coerce(def, scalar(c, path), path))}::jsonb`;
    case 'neq':
      return sql`NOT (custom_fields @> ${json(def.type === 'multiselect' ? [scalar(c, path)] : coerce(def, scalar(c, path), path))}::jsonb)`;
    case 'in':
      if (def.type === 'multiselect') return sql`(custom_fields -> ${key}) ?| ${sqlArray(list(c, path).map(String), 'text')}`;
      return sql`(${sql.join(
        list(c, path).map((v) => sql`custom_fields @> ${json(coerce(def, v, path))}::jsonb`),
        sql` OR `,
      )})`;
    case 'contains':
      if (def.type === 'multiselect') return sql`custom_fields @> ${json([scalar(c, path)])}::jsonb`;
      return sql`tandem_fold(${text}) LIKE ${`%${escapeLike(foldForLike(String(scalar(c, path))))}%`}`;
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      if (def.type !== 'number' && def.type !== 'date') throw bad(path, `${c.op} applies to number and date fields`);
      const raw = scalar(c, path);
      if (def.type === 'number' && !Number.isFinite(Number(raw))) throw bad(path, 'must be a number');
      if (def.type === 'date' && Number.isNaN(Date.parse(String(raw)))) throw bad(path, 'must be a date');
      const v = def.type === 'number' ? sql`${Number(raw)}::numeric` : sql`${String(raw)}::date`;
      const op = sql.raw({ gt: '>', gte: '>=', lt: '<', lte: '<=' }[c.op]);
      return sql`${typed} ${op} ${v}`;
    }
    case 'isEmpty':
      return sql`coalesce(${text}, '') IN ('', '[]')`;
    case 'isNotEmpty':
      return sql`coalesce(${text}, '') NOT IN ('', '[]')`;
    default: {
      const never: never = c.op;
      throw bad(path, `unknown op ${String(never)}`);
    }
  }
}

function coerce(def: Definition, v: string | number | boolean, path: string): string | number | boolean {
  if (def.type === 'number') {
    const n = Number(v);
    if (!Number.isFinite(n)) throw bad(path, 'must be a number');
    return n;
  }
  if (def.type === 'boolean') return v === true || v === 'true';
  return String(v);
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);
/** Same folding as tandem_fold(); kept here so list filters need no shared import at runtime. */
export const foldForLike = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/\s+/g, ' ').trim();

/** Keyset pagination for a sort: the ORDER BY, the condition after a cursor, and the next cursor. */
export function keyset(sort: string, sorts: SortMap, cursor: string | undefined) {
  const desc = sort.startsWith('-');
  const column = sorts[desc ? sort.slice(1) : sort];
  if (!column) throw bad('sort', `unknown sort ${sort}`);
  const dir = sql.raw(desc ? 'DESC' : 'ASC');
  const cmp = sql.raw(desc ? '<' : '>');
  const byId = column === 'id';
  const orderBy = byId ? sql`id ${dir}` : sql`${ident(column)} ${dir}, id ${dir}`;
  let after: SQL | undefined;
  if (cursor) {
    const key = decodeCursor(cursor, byId ? ['id'] : ['id', 'v']);
    after = byId ? sql`id ${cmp} ${key.id}::uuid` : sql`(${ident(column)}, id) ${cmp} (${key.v}, ${key.id}::uuid)`;
  }
  // The sort value travels as text (full timestamp precision), compared back in SQL.
  const sortValue = byId ? sql`NULL::text` : sql`${ident(column)}::text`;
  const next = (row: { id: string; sortValue: string | null }) => encodeCursor(byId ? { id: row.id } : { id: row.id, v: row.sortValue ?? '' });
  return { orderBy, after, sortValue, next };
}
