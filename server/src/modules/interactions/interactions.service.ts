import type { TInteraction, ZCreateInteractionRequest, ZInteractionListQuery } from '@tandem/shared';
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { interactionFiles, interactions, organizations, people } from '../../db/schema';
import { employees } from '../../db/schema/internal';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize } from '../../platform/auth/policy';
import { queryRows, type WorkspaceTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { assertFileType, DOCUMENT_TYPES, type UploadedFile } from '../../platform/http/files';
import { iso } from '../../platform/http/responses';
import { decodeCursor, encodeCursor } from '../../platform/pagination';
import { findContactMatches, lockContactKeys } from '../people/people.service';
import { onSurveyEvent } from '../survey-distribution/distribution.service';

type Input = z.output<typeof ZCreateInteractionRequest>;
type StoredFile = { id: string; name: string; contentType: string; size: number };
type Row = typeof interactions.$inferSelect & { userName: string | null; files: StoredFile[] };

/** Where an uploaded attachment is downloaded from. */
export const attachmentUrl = (interactionId: string, fileId: string) => `/api/v1/interactions/${interactionId}/attachments/${fileId}`;

const present = (r: Row): TInteraction => ({
  id: r.id,
  kind: r.kind,
  channel: r.channel,
  direction: r.direction,
  occurredAt: iso(r.occurredAt),
  durationSeconds: r.durationSeconds,
  outcome: r.outcome,
  summary: r.summary,
  personId: r.personId,
  organizationId: r.organizationId,
  employeeId: r.employeeId,
  userId: r.userId,
  userName: r.userName,
  attachments: [...r.attachments, ...r.files.map((f) => ({ id: f.id, name: f.name, url: attachmentUrl(r.id, f.id), contentType: f.contentType, size: f.size }))],
  externalId: r.externalId,
  createdLead: r.createdLead,
});

const SELECT = sql`SELECT i.workspace_id AS "workspaceId", i.id, i.kind, i.channel, i.direction, i.occurred_at AS "occurredAt",
    i.occurred_at::text AS at, i.duration_seconds AS "durationSeconds", i.outcome, i.summary, i.person_id AS "personId",
    i.organization_id AS "organizationId", i.employee_id AS "employeeId", i.user_id AS "userId", u.name AS "userName", i.attachments,
    i.external_id AS "externalId", i.idempotency_key AS "idempotencyKey", i.created_lead AS "createdLead", i.created_at AS "createdAt",
    (SELECT coalesce(json_agg(json_build_object('id', f.id, 'name', f.file_name, 'contentType', f.content_type, 'size', f.size) ORDER BY f.id), '[]'::json)
       FROM interaction_files f WHERE f.workspace_id = i.workspace_id AND f.interaction_id = i.id) AS files
  FROM interactions i LEFT JOIN users u ON u.id = i.user_id`;

async function select(tx: WorkspaceTx, where: SQL, tail: SQL = sql``): Promise<(Row & { at: string })[]> {
  const rows = await queryRows<Row & { at: string }>(tx, sql`${SELECT} WHERE ${where} ${tail}`);
  return rows.map((r) => ({ ...r, occurredAt: new Date(r.occurredAt) }));
}

async function load(tx: WorkspaceTx, id: string): Promise<TInteraction> {
  const [row] = await select(tx, sql`i.id = ${id}`);
  if (!row) throw notFound('Interaction');
  return present(row);
}

export async function getInteraction(tx: WorkspaceTx, auth: WorkspaceAuth, id: string) {
  authorize(auth.role, 'customers.read');
  return load(tx, id);
}

/** Who the interaction is with: the ids given, or the customer matched by phone/e-mail, or a new lead. */
async function resolveSubject(tx: WorkspaceTx, auth: WorkspaceAuth, input: Input): Promise<{ personId: string | null; createdLead: boolean }> {
  if (input.personId) {
    if (!(await tx.select({ id: people.id }).from(people).where(and(eq(people.id, input.personId), isNull(people.deletedAt)))).length) {
      throw new AppError('validation_failed', 'No such person', { errors: [{ path: 'personId', message: 'not found' }] });
    }
    return { personId: input.personId, createdLead: false };
  }
  if (input.organizationId || input.employeeId || !input.match) return { personId: null, createdLead: false };
  const keys = [input.match.phone, input.match.email].filter((k): k is string => Boolean(k));
  if (keys.length === 0) throw new AppError('validation_failed', 'Give a phone or an e-mail to match', { errors: [{ path: 'match', message: 'phone or email required' }] });
  await lockContactKeys(tx, keys);
  const [match] = await findContactMatches(tx, keys);
  if (match) return { personId: match.id, createdLead: false };
  const [lead] = await tx
    .insert(people)
    .values({
      workspaceId: auth.workspaceId,
      fullName: input.match.name ?? input.match.phone ?? input.match.email!,
      phones: input.match.phone ? [{ number: input.match.phone }] : [],
      emails: input.match.email ? [{ address: input.match.email }] : [],
      customerType: 'consumer',
      lifecycleStage: 'lead',
      source: input.channel ?? 'inbound',
      createdByUserId: auth.userId,
    })
    .returning({ id: people.id });
  return { personId: lead!.id, createdLead: true };
}

/**
 * Log an interaction. With an `idempotencyKey` (the `Idempotency-Key` header of the inbound API) a
 * retried call returns the interaction the first call created — also when the two calls race.
 */
export async function createInteraction(tx: WorkspaceTx, auth: WorkspaceAuth, input: Input, idempotencyKey: string | null): Promise<{ interaction: TInteraction; replayed: boolean }> {
  authorize(auth.role, 'interactions.write');
  if (!input.personId && !input.organizationId && !input.employeeId && !input.match) {
    throw new AppError('validation_failed', 'Say who the interaction is with', { errors: [{ path: 'personId', message: 'give personId, organizationId, employeeId or match' }] });
  }
  if (idempotencyKey) {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(tandem_workspace_id()::text || ':interaction:' || ${idempotencyKey}, 0))`);
    const [existing] = await tx.select({ id: interactions.id }).from(interactions).where(eq(interactions.idempotencyKey, idempotencyKey));
    if (existing) return { interaction: await load(tx, existing.id), replayed: true };
  }
  if (input.organizationId && !(await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, input.organizationId))).length) {
    throw new AppError('validation_failed', 'No such organization', { errors: [{ path: 'organizationId', message: 'not found' }] });
  }
  if (input.employeeId && !(await tx.select({ id: employees.id }).from(employees).where(eq(employees.id, input.employeeId))).length) {
    throw new AppError('validation_failed', 'No such employee', { errors: [{ path: 'employeeId', message: 'not found' }] });
  }
  const subject = await resolveSubject(tx, auth, input);
  const [row] = await tx
    .insert(interactions)
    .values({
      workspaceId: auth.workspaceId,
      kind: input.kind,
      channel: input.channel ?? null,
      direction: input.direction ?? null,
      occurredAt: input.occurredAt ? new Date(input.occurredAt) : new Date(),
      durationSeconds: input.durationSeconds ?? null,
      outcome: input.outcome ?? null,
      summary: input.summary,
      personId: subject.personId,
      organizationId: input.organizationId ?? null,
      employeeId: input.employeeId ?? null,
      userId: auth.userId,
      attachments: input.attachments,
      externalId: input.externalId ?? null,
      idempotencyKey,
      createdLead: subject.createdLead,
    })
    .returning({ id: interactions.id });
  // Survey triggers: a survey to the customer after an interaction is logged (a note is not one).
  if (subject.personId && input.kind !== 'note') await onSurveyEvent(tx, { event: 'interaction_logged', personId: subject.personId, contextType: 'interactions', contextId: row!.id });
  return { interaction: await load(tx, row!.id), replayed: false };
}

export async function listInteractions(tx: WorkspaceTx, auth: WorkspaceAuth, query: z.output<typeof ZInteractionListQuery>) {
  authorize(auth.role, 'customers.read');
  const where: SQL[] = [sql`TRUE`];
  if (query.personId) where.push(sql`i.person_id = ${query.personId}`);
  if (query.organizationId) where.push(sql`i.organization_id = ${query.organizationId}`);
  if (query.employeeId) where.push(sql`i.employee_id = ${query.employeeId}`);
  if (query.kind) where.push(sql`i.kind = ${query.kind}`);
  if (query.userId) where.push(sql`i.user_id = ${query.userId}`);
  if (query.departmentId) {
    where.push(sql`i.user_id IN (SELECT e.user_id FROM employees e WHERE e.department_id = ${query.departmentId} AND e.deleted_at IS NULL AND e.user_id IS NOT NULL)`);
  }
  if (query.from) where.push(sql`i.occurred_at >= ${query.from}::timestamptz`);
  if (query.to) where.push(sql`i.occurred_at < ${query.to}::timestamptz`);
  if (query.cursor) {
    const c = decodeCursor(query.cursor, ['at', 'id']);
    where.push(sql`(i.occurred_at, i.id) < (${c.at}::timestamptz, ${c.id}::uuid)`);
  }
  const rows = await select(tx, sql.join(where, sql` AND `), sql`ORDER BY i.occurred_at DESC, i.id DESC LIMIT ${query.limit + 1}`);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return { data: page.map(present), nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.at, id: last.id }) : null };
}

/** Documents plus call recordings: audio is what a call center sends most. */
const ATTACHMENT_TYPES = new RegExp(`${DOCUMENT_TYPES.source}|^(audio/(mpeg|mp4|wav|x-wav|ogg|webm|aac)|image/(gif|heic)|text/csv)$`);
const MAX_FILES = 20;

/** Attach an uploaded file to an interaction; answers the interaction with its attachments. */
export async function addAttachment(tx: WorkspaceTx, auth: WorkspaceAuth, interactionId: string, file: UploadedFile): Promise<TInteraction> {
  authorize(auth.role, 'interactions.write');
  const [row] = await tx.select({ id: interactions.id }).from(interactions).where(eq(interactions.id, interactionId)).for('update');
  if (!row) throw notFound('Interaction');
  assertFileType(file, ATTACHMENT_TYPES, 'PDF, images, Word, Excel, CSV, plain text or audio recordings');
  const [{ n } = { n: 0 }] = await queryRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM interaction_files WHERE interaction_id = ${interactionId}`);
  if (n >= MAX_FILES) throw new AppError('unprocessable', `An interaction holds at most ${MAX_FILES} files`, { errors: [{ path: 'file', message: `at most ${MAX_FILES} files` }] });
  await tx.insert(interactionFiles).values({
    workspaceId: auth.workspaceId,
    interactionId,
    fileName: file.fileName,
    contentType: file.contentType,
    size: file.content.length,
    content: file.content,
    uploadedByUserId: auth.userId,
  });
  return load(tx, interactionId);
}

/** One uploaded attachment with its bytes (same access as reading the interaction). */
export async function readAttachment(tx: WorkspaceTx, auth: WorkspaceAuth, interactionId: string, fileId: string) {
  authorize(auth.role, 'customers.read');
  const [file] = await tx
    .select({ fileName: interactionFiles.fileName, contentType: interactionFiles.contentType, content: interactionFiles.content })
    .from(interactionFiles)
    .where(and(eq(interactionFiles.id, fileId), eq(interactionFiles.interactionId, interactionId)));
  if (!file) throw notFound('Attachment');
  return file;
}

/** Remove an uploaded file from an interaction (the audit trail keeps who and when, not the bytes). */
export async function removeAttachment(tx: WorkspaceTx, auth: WorkspaceAuth, interactionId: string, fileId: string): Promise<void> {
  authorize(auth.role, 'interactions.write');
  const removed = await tx
    .delete(interactionFiles)
    .where(and(eq(interactionFiles.id, fileId), eq(interactionFiles.interactionId, interactionId)))
    .returning({ id: interactionFiles.id });
  if (!removed.length) throw notFound('Attachment');
}
