import {
  CONSENT_CHANNELS,
  type TDuplicateMatch,
  type TPeopleListQuery,
  type TPerson,
  type ZCreatePersonRequest,
  type ZUpdatePersonRequest,
  type ConsentChannel,
  type TConsentInput,
} from '@tandem/shared';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { consents, organizations, people, personOrganizations, users } from '../../db/schema';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize } from '../../platform/auth/policy';
import { queryRows, sqlArray, type WorkspaceTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { iso, isoOrNull } from '../../platform/http/responses';
import { activeDefinitions, checkCustomValues } from '../custom-fields/custom-fields.service';
import { filterToSql, keyset, SHARED_FIELDS, type FieldMap, type SortMap } from '../customers/list-query';
import { employeeByReferralCode } from '../employee-purchases/referrals.service';
import { addressPatch, mergeCustomValues } from '../customers/record-updates';
import { presentAddress, presentEmails, presentPersonRow, presentPhones, type PersonListRecord } from '../customers/presenters';

type CreateInput = z.output<typeof ZCreatePersonRequest>;
type UpdateInput = z.output<typeof ZUpdatePersonRequest>;

export const PEOPLE_FIELDS: FieldMap = {
  ...SHARED_FIELDS,
  fullName: { column: 'full_name', kind: 'text' },
  gender: { column: 'gender', kind: 'enum' },
  birthday: { column: 'birthday', kind: 'date' },
};
const PEOPLE_SORTS: SortMap = { createdAt: 'id', updatedAt: 'updated_at', fullName: 'full_name' };

/** The columns of a list row (also used by the export). */
export const PERSON_ROW_COLUMNS = sql.raw(
  `id, full_name, phones, emails, birthday::text AS birthday, gender, customer_type, lifecycle_stage, source, owner_user_id, tags,
   province_code, ward_code, custom_fields, created_at, updated_at, deleted_at`,
);

/** The WHERE and ORDER BY of a people list: shared by the list page and the export. */
export async function peopleListQuery(tx: WorkspaceTx, query: Pick<TPeopleListQuery, 'filter' | 'sort' | 'deleted' | 'cursor'>) {
  // Custom-field definitions are read only when a condition names one: one round trip less per page.
  const definitions = query.filter?.some((c) => c.field.startsWith('cf.')) ? await activeDefinitions(tx, 'person') : new Map();
  const conditions = filterToSql(query.filter ?? [], PEOPLE_FIELDS, definitions);
  const page = keyset(query.sort, PEOPLE_SORTS, query.cursor);
  const where = sql.join(
    [query.deleted ? sql`deleted_at IS NOT NULL` : sql`deleted_at IS NULL`, ...conditions, ...(page.after ? [page.after] : [])],
    sql` AND `,
  );
  return { where, page };
}

/** One page of people: keyset-paginated (no OFFSET, no count), filtered and sorted by indexed columns. */
export async function listPeople(tx: WorkspaceTx, auth: WorkspaceAuth, query: TPeopleListQuery) {
  authorize(auth.role, 'customers.read');
  const { where, page } = await peopleListQuery(tx, query);
  const rows = await queryRows<PersonListRecord & { sort_value: string | null }>(
    tx,
    sql`SELECT ${PERSON_ROW_COLUMNS}, ${page.sortValue} AS sort_value FROM people WHERE ${where} ORDER BY ${page.orderBy} LIMIT ${query.limit + 1}`,
  );
  const data = rows.slice(0, query.limit);
  const last = data[data.length - 1];
  return {
    data: data.map(presentPersonRow),
    nextCursor: rows.length > query.limit && last ? page.next({ id: last.id, sortValue: last.sort_value }) : null,
  };
}

/**
 * Serialize concurrent writers of the same phone, e-mail or tax code in this workspace until the
 * transaction ends, so two requests racing cannot both pass the duplicate check.
 */
export async function lockContactKeys(tx: WorkspaceTx, keys: string[]): Promise<void> {
  const sorted = [...new Set(keys)].sort();
  if (sorted.length === 0) return;
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(tandem_workspace_id()::text || ':' || k, 0)) FROM unnest(${sqlArray(sorted, 'text')}) k`);
}

/**
 * Records of this workspace sharing any of these exact keys (phones, e-mails, tax code). The keys are
 * matched through the `people_contact_keys` view, where the GIN index serves `&&` (under row-level
 * security it could not: a scan of the whole table per create at 1,000,000 people).
 */
export async function findContactMatches(tx: WorkspaceTx, keys: string[], excludeIds: string[] = []): Promise<TDuplicateMatch[]> {
  if (keys.length === 0) return [];
  const rows = await tx
    .select({ id: people.id, name: people.fullName, contactKeys: people.contactKeys })
    .from(people)
    .where(
      sql`${people.id} IN (SELECT id FROM people_contact_keys WHERE deleted_at IS NULL AND contact_keys && ${sqlArray(keys, 'text')}
        ${excludeIds.length ? sql`AND id <> ALL(${sqlArray(excludeIds, 'uuid')})` : sql``} LIMIT 10)`,
    )
    .limit(10);
  return rows.map((r) => ({ id: r.id, name: r.name, matchedOn: matchedOn(r.contactKeys ?? [], keys) }));
}

export function matchedOn(existing: string[], keys: string[]): TDuplicateMatch['matchedOn'] {
  const shared = existing.filter((k) => keys.includes(k));
  const on = new Set<TDuplicateMatch['matchedOn'][number]>();
  for (const k of shared) on.add(k.includes('@') ? 'email' : /^\+|^1[89]00/.test(k) ? 'phone' : 'taxCode');
  return [...on];
}

const keysOf = (input: { phones?: { number: string }[]; emails?: { address: string }[] }) => [
  ...(input.phones ?? []).map((p) => p.number),
  ...(input.emails ?? []).map((e) => e.address),
];

function dedupeBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(key(i)) ? false : (seen.add(key(i)), true)));
}

async function checkOwner(tx: WorkspaceTx, ownerUserId: string | null | undefined) {
  if (!ownerUserId) return;
  const [row] = await queryRows(tx, sql`SELECT 1 FROM memberships WHERE user_id = ${ownerUserId}`);
  if (!row) throw new AppError('validation_failed', 'The owner is not a member of this workspace', { errors: [{ path: 'ownerUserId', message: 'not a member' }] });
}

async function checkOrganizations(tx: WorkspaceTx, ids: string[]) {
  if (ids.length === 0) return;
  const found = await tx.select({ id: organizations.id }).from(organizations).where(and(inArray(organizations.id, ids), isNull(organizations.deletedAt)));
  const missing = ids.findIndex((id) => !found.some((f) => f.id === id));
  if (missing >= 0) throw new AppError('validation_failed', 'Unknown organization', { errors: [{ path: `organizations.${missing}.organizationId`, message: 'no such organization' }] });
}

/** Create a person. Answers 409 with the matches when a phone or e-mail is already on a record, unless `allowDuplicate`. */
export async function createPerson(tx: WorkspaceTx, auth: WorkspaceAuth, input: CreateInput): Promise<TPerson> {
  authorize(auth.role, 'customers.write');
  const definitions = await activeDefinitions(tx, 'person');
  const custom = checkCustomValues(definitions, input.customFields, 'create');
  if (custom.errors.length) throw new AppError('validation_failed', 'Invalid custom fields', { errors: custom.errors });
  await checkOwner(tx, input.ownerUserId);
  await checkOrganizations(tx, input.organizations.map((o) => o.organizationId));
  const referredByEmployeeId = input.referralCode ? await employeeByReferralCode(tx, input.referralCode) : null;
  const phones = dedupeBy(input.phones, (p) => p.number);
  const emails = dedupeBy(input.emails, (e) => e.address);
  await lockContactKeys(tx, keysOf({ phones, emails }));
  if (!input.allowDuplicate) {
    const matches = await findContactMatches(tx, keysOf({ phones, emails }));
    if (matches.length) {
      throw new AppError('conflict', 'A customer with the same phone or e-mail exists', { duplicates: matches });
    }
  }
  const [row] = await tx
    .insert(people)
    .values({
      workspaceId: auth.workspaceId,
      fullName: input.fullName,
      phones,
      emails,
      birthday: input.birthday ?? null,
      gender: input.gender ?? null,
      customerType: input.customerType,
      lifecycleStage: input.lifecycleStage,
      ownerUserId: input.ownerUserId ?? null,
      tags: [...new Set(input.tags)],
      notes: input.notes ?? null,
      street: input.address.street ?? null,
      wardCode: input.address.wardCode ?? null,
      provinceCode: input.address.provinceCode ?? null,
      legacyAddress: input.address.legacyAddress ?? null,
      customFields: custom.values,
      referredByEmployeeId,
      source: input.source ?? (referredByEmployeeId ? 'referral' : null),
      createdByUserId: auth.userId,
    })
    .returning({ id: people.id });
  const personId = row!.id;
  if (input.organizations.length) {
    await tx.insert(personOrganizations).values(
      input.organizations.map((o, i) => ({ workspaceId: auth.workspaceId, personId, organizationId: o.organizationId, jobTitle: o.jobTitle ?? null, isPrimary: i === 0 })),
    );
  }
  for (const consent of input.consents) await insertConsent(tx, auth, personId, consent);
  return loadPerson(tx, personId);
}

async function insertConsent(tx: WorkspaceTx, auth: WorkspaceAuth, personId: string, c: TConsentInput) {
  await tx.insert(consents).values({
    workspaceId: auth.workspaceId,
    personId,
    channel: c.channel,
    status: c.status,
    method: c.method,
    evidence: c.evidence ?? null,
    recordedByUserId: auth.userId,
  });
}

/** A person with organizations, owner name, address names and the consent in force per channel. */
export async function loadPerson(tx: WorkspaceTx, id: string, options: { includeDeleted?: boolean } = { includeDeleted: true }): Promise<TPerson> {
  const [row] = await tx
    .select({ p: people, ownerName: users.name })
    .from(people)
    .leftJoin(users, eq(users.id, people.ownerUserId))
    .where(and(eq(people.id, id), options.includeDeleted ? undefined : isNull(people.deletedAt)));
  if (!row) throw notFound('Person');
  const p = row.p;
  const orgs = await tx
    .select({ id: organizations.id, name: organizations.name, jobTitle: personOrganizations.jobTitle })
    .from(personOrganizations)
    .innerJoin(organizations, and(eq(organizations.workspaceId, personOrganizations.workspaceId), eq(organizations.id, personOrganizations.organizationId)))
    .where(and(eq(personOrganizations.personId, id), isNull(organizations.deletedAt)))
    .orderBy(desc(personOrganizations.isPrimary), organizations.name);
  const latest = await queryRows<{ channel: ConsentChannel; status: 'given' | 'withdrawn'; method: TConsentInput['method']; evidence: string | null; recorded_at: Date | string }>(
    tx,
    sql`SELECT DISTINCT ON (channel) channel, status, method, evidence, recorded_at FROM consents WHERE person_id = ${id} ORDER BY channel, recorded_at DESC, id DESC`,
  );
  const consentState = Object.fromEntries(CONSENT_CHANNELS.map((c) => [c, null])) as TPerson['consents'];
  for (const c of latest) {
    consentState[c.channel] = { status: c.status, method: c.method, evidence: c.evidence, recordedAt: new Date(c.recorded_at).toISOString() };
  }
  return {
    id: p.id,
    fullName: p.fullName,
    birthday: p.birthday,
    gender: p.gender,
    customerType: p.customerType,
    lifecycleStage: p.lifecycleStage,
    source: p.source,
    ownerUserId: p.ownerUserId,
    ownerName: row.ownerName,
    tags: p.tags,
    notes: p.notes,
    address: presentAddress(p),
    customFields: p.customFields,
    phones: presentPhones(p.phones),
    emails: presentEmails(p.emails),
    organizations: orgs,
    referredByEmployeeId: p.referredByEmployeeId,
    consents: consentState,
    createdAt: iso(p.createdAt),
    updatedAt: iso(p.updatedAt),
    deletedAt: isoOrNull(p.deletedAt),
    mergedIntoId: p.mergedIntoId,
  };
}

export async function getPerson(tx: WorkspaceTx, auth: WorkspaceAuth, id: string): Promise<TPerson> {
  authorize(auth.role, 'customers.read');
  return loadPerson(tx, id);
}

export async function updatePerson(tx: WorkspaceTx, auth: WorkspaceAuth, id: string, input: UpdateInput): Promise<TPerson> {
  authorize(auth.role, 'customers.write');
  const [current] = await tx.select().from(people).where(and(eq(people.id, id), isNull(people.deletedAt))).for('update');
  if (!current) throw notFound('Person');
  const customFields = await mergeCustomValues(tx, 'person', current.customFields, input.customFields);
  if (input.ownerUserId !== undefined) await checkOwner(tx, input.ownerUserId);
  const phones = input.phones ? dedupeBy(input.phones, (p) => p.number) : undefined;
  const emails = input.emails ? dedupeBy(input.emails, (e) => e.address) : undefined;
  const newKeys = keysOf({ phones: phones ?? [], emails: emails ?? [] }).filter((k) => !(current.contactKeys ?? []).includes(k));
  await lockContactKeys(tx, newKeys);
  const clash = await findContactMatches(tx, newKeys, [id]);
  if (clash.length) throw new AppError('conflict', 'Another customer has this phone or e-mail', { duplicates: clash });

  const a = input.address;
  await tx
    .update(people)
    .set({
      ...(input.fullName !== undefined ? { fullName: input.fullName } : {}),
      ...(phones ? { phones } : {}),
      ...(emails ? { emails } : {}),
      ...(input.birthday !== undefined ? { birthday: input.birthday } : {}),
      ...(input.gender !== undefined ? { gender: input.gender } : {}),
      ...(input.customerType !== undefined ? { customerType: input.customerType } : {}),
      ...(input.lifecycleStage !== undefined ? { lifecycleStage: input.lifecycleStage } : {}),
      ...(input.source !== undefined ? { source: input.source } : {}),
      ...(input.ownerUserId !== undefined ? { ownerUserId: input.ownerUserId } : {}),
      ...(input.tags !== undefined ? { tags: [...new Set(input.tags)] } : {}),
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
      ...addressPatch(a),
      customFields,
      updatedAt: new Date(),
    })
    .where(eq(people.id, id));
  if (input.organizations) {
    await checkOrganizations(tx, input.organizations.map((o) => o.organizationId));
    await tx.delete(personOrganizations).where(eq(personOrganizations.personId, id));
    if (input.organizations.length) {
      await tx.insert(personOrganizations).values(
        input.organizations.map((o, i) => ({ workspaceId: auth.workspaceId, personId: id, organizationId: o.organizationId, jobTitle: o.jobTitle ?? null, isPrimary: i === 0 })),
      );
    }
  }
  return loadPerson(tx, id);
}

/** Soft delete: the record leaves lists and search, and can be restored. */
export async function deletePerson(tx: WorkspaceTx, auth: WorkspaceAuth, id: string): Promise<void> {
  authorize(auth.role, 'customers.delete');
  const done = await tx.update(people).set({ deletedAt: new Date() }).where(and(eq(people.id, id), isNull(people.deletedAt))).returning({ id: people.id });
  if (done.length === 0) throw notFound('Person');
}

export async function restorePerson(tx: WorkspaceTx, auth: WorkspaceAuth, id: string): Promise<TPerson> {
  authorize(auth.role, 'customers.delete');
  const [row] = await tx.select({ mergedIntoId: people.mergedIntoId, deletedAt: people.deletedAt }).from(people).where(eq(people.id, id));
  if (!row || !row.deletedAt) throw notFound('Deleted person');
  if (row.mergedIntoId) throw new AppError('unprocessable', 'This record was merged into another and cannot be restored on its own');
  await tx.update(people).set({ deletedAt: null, updatedAt: new Date() }).where(eq(people.id, id));
  return loadPerson(tx, id);
}

/** Record a consent change (given or withdrawn) — appended, never overwritten, so it stays provable. */
export async function recordConsent(tx: WorkspaceTx, auth: WorkspaceAuth, personId: string, input: TConsentInput): Promise<TPerson> {
  authorize(auth.role, 'customers.write');
  await loadPerson(tx, personId, { includeDeleted: false });
  await insertConsent(tx, auth, personId, input);
  return loadPerson(tx, personId);
}

export async function listConsentHistory(tx: WorkspaceTx, auth: WorkspaceAuth, personId: string) {
  authorize(auth.role, 'customers.read');
  await loadPerson(tx, personId);
  const rows = await tx
    .select({ c: consents, by: users.name })
    .from(consents)
    .leftJoin(users, eq(users.id, consents.recordedByUserId))
    .where(eq(consents.personId, personId))
    .orderBy(desc(consents.recordedAt), desc(consents.id));
  return {
    data: rows.map(({ c, by }) => ({
      id: c.id,
      channel: c.channel,
      status: c.status,
      method: c.method,
      evidence: c.evidence,
      recordedAt: iso(c.recordedAt),
      recordedByName: by,
    })),
  };
}

/** Possible duplicates of a person: same phone/e-mail, or a similar name at one of their organizations. */
export async function personDuplicates(tx: WorkspaceTx, auth: WorkspaceAuth, id: string): Promise<{ data: TDuplicateMatch[] }> {
  authorize(auth.role, 'customers.read');
  const [p] = await tx.select({ keys: people.contactKeys, name: people.fullName }).from(people).where(eq(people.id, id));
  if (!p) throw notFound('Person');
  const exact = await findContactMatches(tx, p.keys ?? [], [id]);
  const similar = await queryRows<{ id: string; name: string }>(tx, sql`
    SELECT DISTINCT other.id, other.full_name AS name
    FROM person_organizations mine
    JOIN person_organizations theirs ON theirs.organization_id = mine.organization_id AND theirs.person_id <> mine.person_id
    JOIN people other ON other.id = theirs.person_id AND other.deleted_at IS NULL
    WHERE mine.person_id = ${id} AND similarity(tandem_fold(other.full_name), tandem_fold(${p.name})) >= 0.5
    LIMIT 10`);
  const byId = new Map(exact.map((m) => [m.id, m]));
  for (const r of similar) {
    const m = byId.get(r.id);
    if (m) m.matchedOn.push('similarName');
    else byId.set(r.id, { id: r.id, name: r.name, matchedOn: ['similarName'] });
  }
  return { data: [...byId.values()] };
}
