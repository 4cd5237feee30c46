import type { TAuditEvent } from '@tandem/shared';

/** Columns that change as bookkeeping, not as information someone edited. */
const IGNORED = new Set([
  'id',
  'workspace_id',
  'created_at',
  'updated_at',
  'created_by_user_id',
  'contact_keys',
  'search_text',
  'search_vector',
  'import_id',
  'fold_name',
]);

/** A changed field: the audited column in camelCase (`lifecycle_stage` → `lifecycleStage`), before and after. */
export type FieldChange = { field: string; from: unknown; to: unknown };

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The fields an update changed, in a stable order. Custom fields are compared key by key and reported
 * as `cf.<key>`, so "Hạng thành viên: Bạc → Vàng" can be told apart from the other custom values.
 */
export function changedFields(event: Pick<TAuditEvent, 'changes'>): FieldChange[] {
  const result: FieldChange[] = [];
  for (const [column, change] of Object.entries(event.changes ?? {})) {
    if (IGNORED.has(column)) continue;
    if (column === 'custom_fields') {
      const from = isRecord(change.from) ? change.from : {};
      const to = isRecord(change.to) ? change.to : {};
      for (const key of new Set([...Object.keys(from), ...Object.keys(to)])) {
        if (JSON.stringify(from[key] ?? null) !== JSON.stringify(to[key] ?? null)) {
          result.push({ field: `cf.${key}`, from: from[key] ?? null, to: to[key] ?? null });
        }
      }
      continue;
    }
    result.push({ field: camel(column), from: change.from, to: change.to });
  }
  return result;
}

/** What kind of moment an event was for the record: a soft delete is stored as an update of `deleted_at`. */
export function eventMoment(event: Pick<TAuditEvent, 'action' | 'changes'>): 'created' | 'updated' | 'deleted' | 'restored' | 'merged' {
  const changes = event.changes ?? {};
  if (event.action === 'create') return 'created';
  if (event.action === 'delete') return 'deleted';
  if (event.action === 'restore') return 'restored';
  if (changes.merged_into_id && changes.merged_into_id.to) return 'merged';
  if (changes.deleted_at) return changes.deleted_at.to ? 'deleted' : 'restored';
  return 'updated';
}
