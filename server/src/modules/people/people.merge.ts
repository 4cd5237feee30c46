import type { TMergePeopleRequest, TPerson } from '@tandem/shared';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { people, type CustomValues, type StoredEmail, type StoredPhone } from '../../db/schema';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize } from '../../platform/auth/policy';
import { sqlArray, type WorkspaceTx } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { loadPerson } from './people.service';

/**
 * Tables that point at a person. Merging moves every such reference from the merged records to the
 * one that stays; a feature that adds a table with a person column registers it here.
 */
const personReferences: { table: string; column: string }[] = [
  { table: 'consents', column: 'person_id' },
  { table: 'interactions', column: 'person_id' },
  { table: 'tasks', column: 'person_id' },
  { table: 'orders', column: 'buyer_person_id' },
  { table: 'employees', column: 'person_id' },
];

export function registerPersonReference(table: string, column: string): void {
  if (!personReferences.some((r) => r.table === table && r.column === column)) personReferences.push({ table, column });
}

type Row = typeof people.$inferSelect;

/** Combine several records into `target`: its own values win, empty ones are filled, lists are united. */
export function combine(target: Row, sources: Row[]) {
  const all = [target, ...sources];
  const first = <K extends keyof Row>(key: K): Row[K] => all.map((r) => r[key]).find((v) => v !== null && v !== undefined && v !== '') ?? target[key];
  const phones: StoredPhone[] = [];
  const emails: StoredEmail[] = [];
  for (const r of all) {
    for (const p of r.phones) if (!phones.some((x) => x.number === p.number)) phones.push(p);
    for (const e of r.emails) if (!emails.some((x) => x.address === e.address)) emails.push(e);
  }
  const customFields: CustomValues = {};
  for (const r of [...all].reverse()) {
    for (const [k, v] of Object.entries(r.customFields)) if (v !== null && v !== '') customFields[k] = v;
  }
  const notes = all.map((r) => r.notes).filter((n): n is string => Boolean(n));
  return {
    phones: phones.slice(0, 10),
    emails: emails.slice(0, 10),
    tags: [...new Set(all.flatMap((r) => r.tags))],
    customFields,
    notes: notes.length ? [...new Set(notes)].join('\n\n') : null,
    birthday: first('birthday'),
    gender: first('gender'),
    source: first('source'),
    ownerUserId: first('ownerUserId'),
    street: first('street'),
    wardCode: first('wardCode'),
    provinceCode: first('provinceCode'),
    legacyAddress: first('legacyAddress'),
  };
}

/** Merge people into one. Every reference moves to the target; the others are soft-deleted and point at it. */
export async function mergePeople(tx: WorkspaceTx, auth: WorkspaceAuth, input: TMergePeopleRequest): Promise<TPerson> {
  authorize(auth.role, 'customers.merge');
  const sourceIds = [...new Set(input.sourceIds)];
  if (sourceIds.includes(input.targetId)) {
    throw new AppError('validation_failed', 'A record cannot be merged into itself', { errors: [{ path: 'sourceIds', message: 'contains the target' }] });
  }
  const rows = await tx
    .select()
    .from(people)
    .where(and(inArray(people.id, [input.targetId, ...sourceIds]), isNull(people.deletedAt)))
    .orderBy(people.id)
    .for('update');
  const target = rows.find((r) => r.id === input.targetId);
  if (!target) throw new AppError('not_found', 'Person not found', { errors: [{ path: 'targetId', message: 'not found' }] });
  const missing = sourceIds.findIndex((id) => !rows.some((r) => r.id === id));
  if (missing >= 0) throw new AppError('not_found', 'Person not found', { errors: [{ path: `sourceIds.${missing}`, message: 'not found' }] });
  const sources = sourceIds.map((id) => rows.find((r) => r.id === id)!);

  // Free the sources' phones and e-mails first, so the combined record never shares them.
  const now = new Date();
  await tx.update(people).set({ mergedIntoId: target.id, deletedAt: now, updatedAt: now }).where(inArray(people.id, sourceIds));
  await tx.update(people).set({ ...combine(target, sources), updatedAt: now }).where(eq(people.id, target.id));

  // Organization links: add the sources' links the target lacks, then drop theirs.
  await tx.execute(sql`
    INSERT INTO person_organizations (workspace_id, person_id, organization_id, job_title, is_primary)
    SELECT workspace_id, ${target.id}::uuid, organization_id, job_title, false FROM person_organizations
    WHERE person_id = ANY(${sqlArray(sourceIds, 'uuid')})
    ON CONFLICT DO NOTHING`);
  await tx.execute(sql`DELETE FROM person_organizations WHERE person_id = ANY(${sqlArray(sourceIds, 'uuid')})`);
  for (const ref of personReferences) {
    if (ref.table === 'consents') {
      // Consent history is append-only: copy the sources' history onto the target with its original times.
      await tx.execute(sql`
        INSERT INTO consents (workspace_id, person_id, channel, status, method, evidence, recorded_at, recorded_by_user_id)
        SELECT workspace_id, ${target.id}::uuid, channel, status, method, evidence, recorded_at, recorded_by_user_id
        FROM consents WHERE person_id = ANY(${sqlArray(sourceIds, 'uuid')})`);
      continue;
    }
    await tx.execute(sql`UPDATE ${sql.identifier(ref.table)} SET ${sql.identifier(ref.column)} = ${target.id}::uuid WHERE ${sql.identifier(ref.column)} = ANY(${sqlArray(sourceIds, 'uuid')})`);
  }
  return loadPerson(tx, target.id);
}
