import type { TCustomFieldDefinition } from '@tandem/shared';
import type { z } from 'zod';
import type { ZCreateCustomFieldRequest, ZUpdateCustomFieldRequest } from '@tandem/shared';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { customFieldDefinitions, type CustomValues } from '../../db/schema';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize } from '../../platform/auth/policy';
import type { WorkspaceTx } from '../../platform/db/database';
import { AppError, notFound, type FieldError } from '../../platform/errors';

export type Entity = 'person' | 'organization';
type Definition = typeof customFieldDefinitions.$inferSelect;

const present = (d: Definition): TCustomFieldDefinition => ({
  id: d.id,
  entity: d.entity,
  key: d.key,
  label: d.label,
  type: d.type,
  options: d.options,
  required: d.required,
  position: d.position,
  archived: d.archivedAt !== null,
});

export async function listCustomFields(tx: WorkspaceTx, auth: WorkspaceAuth, entity?: Entity) {
  authorize(auth.role, 'customers.read');
  const rows = await tx
    .select()
    .from(customFieldDefinitions)
    .where(entity ? eq(customFieldDefinitions.entity, entity) : undefined)
    .orderBy(asc(customFieldDefinitions.position), asc(customFieldDefinitions.id));
  return { data: rows.map(present) };
}

/** Active definitions of an entity, by key: what record values are checked against. */
export async function activeDefinitions(tx: WorkspaceTx, entity: Entity): Promise<Map<string, Definition>> {
  const rows = await tx
    .select()
    .from(customFieldDefinitions)
    .where(and(eq(customFieldDefinitions.entity, entity), isNull(customFieldDefinitions.archivedAt)));
  return new Map(rows.map((d) => [d.key, d]));
}

export async function createCustomField(tx: WorkspaceTx, auth: WorkspaceAuth, input: z.output<typeof ZCreateCustomFieldRequest>) {
  authorize(auth.role, 'customFields.manage');
  if ((input.type === 'select' || input.type === 'multiselect') && input.options.length === 0) {
    throw new AppError('validation_failed', 'A select field needs options', { errors: [{ path: 'options', message: 'at least one option' }] });
  }
  const [existing] = await tx
    .select({ id: customFieldDefinitions.id })
    .from(customFieldDefinitions)
    .where(and(eq(customFieldDefinitions.entity, input.entity), eq(customFieldDefinitions.key, input.key)));
  if (existing) throw new AppError('conflict', `A field with key ${input.key} exists`, { errors: [{ path: 'key', message: 'already used' }] });
  const [row] = await tx.insert(customFieldDefinitions).values({ workspaceId: auth.workspaceId, ...input }).returning();
  return present(row!);
}

export async function updateCustomField(tx: WorkspaceTx, auth: WorkspaceAuth, id: string, input: z.output<typeof ZUpdateCustomFieldRequest>) {
  authorize(auth.role, 'customFields.manage');
  const { archived, ...rest } = input;
  const [row] = await tx
    .update(customFieldDefinitions)
    .set({ ...rest, ...(archived === undefined ? {} : { archivedAt: archived ? new Date() : null }), updatedAt: new Date() })
    .where(eq(customFieldDefinitions.id, id))
    .returning();
  if (!row) throw notFound('Custom field');
  return present(row);
}

/**
 * Check custom values against the definitions like built-in fields: unknown keys, wrong types,
 * options not in the list, missing required values (on create). Returns the values to store.
 */
export function checkCustomValues(
  definitions: Map<string, Definition>,
  values: Record<string, unknown>,
  mode: 'create' | 'update',
  pathPrefix = 'customFields',
): { values: CustomValues; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const out: CustomValues = {};
  for (const [key, value] of Object.entries(values)) {
    const def = definitions.get(key);
    const path = `${pathPrefix}.${key}`;
    if (!def) {
      errors.push({ path, message: 'no such custom field' });
      continue;
    }
    if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
      if (def.required) errors.push({ path, message: 'required' });
      out[key] = null;
      continue;
    }
    const problem = checkValue(def, value);
    if (problem) errors.push({ path, message: problem });
    else out[key] = normalizeValue(def, value);
  }
  if (mode === 'create') {
    for (const def of definitions.values()) {
      if (def.required && (values[def.key] === undefined || values[def.key] === null)) errors.push({ path: `${pathPrefix}.${def.key}`, message: 'required' });
    }
  }
  return { values: out, errors };
}

function checkValue(def: Definition, value: unknown): string | null {
  switch (def.type) {
    case 'text':
      return typeof value === 'string' ? null : 'must be text';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'must be a number';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? null : 'must be a date (YYYY-MM-DD)';
    case 'select':
      return typeof value === 'string' && def.options.includes(value) ? null : `must be one of: ${def.options.join(', ')}`;
    case 'multiselect':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && def.options.includes(v)) ? null : `must be a list of: ${def.options.join(', ')}`;
    default: {
      const never: never = def.type;
      return `unknown type ${String(never)}`;
    }
  }
}

function normalizeValue(def: Definition, value: unknown): CustomValues[string] {
  if (def.type === 'text' && typeof value === 'string') return value.normalize('NFC');
  if (def.type === 'multiselect' && Array.isArray(value)) return [...new Set(value as string[])];
  return value as CustomValues[string];
}
