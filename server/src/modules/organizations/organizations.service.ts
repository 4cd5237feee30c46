import type { TDuplicateMatch, TOrganization, TOrganizationListQuery, TOrganizationRow, ZCreateOrganizationRequest, ZUpdateOrganizationRequest } from '@tandem/shared';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { organizations, people, personOrganizations, users, type StoredEmail, type StoredPhone } from '../../db/schema';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize } from '../../platform/auth/policy';
import { queryRows, sqlArray, type WorkspaceTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { iso, isoOrNull } from '../../platform/http/responses';
import { activeDefinitions, checkCustomValues } from '../custom-fields/custom-fields.service';
import { filterToSql, keyset, SHARED_FIELDS, type FieldMap, type SortMap } from '../customers/list-query';
import { addressPatch, mergeCustomValues } from '../customers/record-updates';
import { presentAddress, presentEmails, presentPhones } from '../customers/presenters';
import { lockContactKeys, matchedOn } from '../people/people.service';

type CreateInput = z.output<typeof ZCreateOrganizationRequest>;
type UpdateInput = z.output<typeof ZUpdateOrganizationRequest>;

export const ORGANIZATION_FIELDS: FieldMap = {
  ...SHARED_FIELDS,
  name: { column: 'name', kind: 'text' },
  taxCode: { column: 'tax_code', kind: 'enum' },
  industry: { column: 'industry', kind: 'text' },
};
const ORGANIZATION_SORTS: SortMap = { createdAt: 'id', updatedAt: 'updated_at', name: 'name' };

type OrgListRecord = {
  id: string;
  name: string;
  tax_code: string | null;
  phones: StoredPhone[];
  emails: StoredEmail[];
  customer_type: TOrganizationRow['customerType'];
  lifecycle_stage: TOrganizationRow['lifecycleStage'];
  source: string | null;
  owner_user_id: string | null;
  tags: string[];
  province_code: string | null;
  custom_fields: TOrganizationRow['customFields'];
  created_at: Date | string;
  updated_at: Date | string;
  deleted_at: Date | string | null;
  sort_value: string | null;
};
const date = (v: Date | string) => (v instanceof Date ? v : new Date(v));

/** The columns of a list row (also used by the export). */
export const ORGANIZATION_ROW_COLUMNS = sql.raw(
  `id, name, tax_code, phones, emails, customer_type, lifecycle_stage, source, owner_user_id, tags, province_code, custom_fields,
   created_at, updated_at, deleted_at`,
);

/** The WHERE and ORDER BY of an organizations list: shared by the list page and the export. */
export async function organizationsListQuery(tx: WorkspaceTx, query: Pick<TOrganizationListQuery, 'filter' | 'sort' | 'deleted' | 'cursor'>) {
  const conditions = filterToSql(query.filter ?? [], ORGANIZATION_FIELDS, await activeDefinitions(tx, 'organization'));
  const page = keyset(query.sort, ORGANIZATION_SORTS, query.cursor);
  const where = sql.join([query.deleted ? sql`deleted_at IS NOT NULL` : sql`deleted_at IS NULL`, ...conditions, ...(page.after ? [page.after] : [])], sql` AND `);
  return { where, page };
}

export async function listOrganizations(tx: WorkspaceTx, auth: WorkspaceAuth, query: TOrganizationListQuery) {
  authorize(auth.role, 'customers.read');
  const { where, page } = await organizationsListQuery(tx, query);
  const rows = await queryRows<OrgListRecord>(
    tx,
    sql`SELECT ${ORGANIZATION_ROW_COLUMNS}, ${page.sortValue} AS sort_value
      FROM organizations WHERE ${where} ORDER BY ${page.orderBy} LIMIT ${query.limit + 1}`,
  );
  const data = rows.slice(0, query.limit);
  const last = data[data.length - 1];
  return {
    data: data.map(
      (r): TOrganizationRow => ({
        id: r.id,
        name: r.name,
        taxCode: r.tax_code,
        primaryPhone: r.phones[0]?.number ?? null,
        primaryEmail: r.emails[0]?.address ?? null,
        customerType: r.customer_type,
        lifecycleStage: r.lifecycle_stage,
        source: r.source,
        ownerUserId: r.owner_user_id,
        tags: r.tags,
        provinceCode: r.province_code,
        customFields: r.custom_fields,
        createdAt: iso(date(r.created_at)),
        updatedAt: iso(date(r.updated_at)),
        deletedAt: isoOrNull(r.deleted_at === null ? null : date(r.deleted_at)),
      }),
    ),
    nextCursor: rows.length > query.limit && last ? page.next({ id: last.id, sortValue: last.sort_value }) : null,
  };
}

async function organizationMatches(tx: WorkspaceTx, keys: string[], excludeId?: string): Promise<TDuplicateMatch[]> {
  if (keys.length === 0) return [];
  const rows = await tx
    .select({ id: organizations.id, name: organizations.name, contactKeys: organizations.contactKeys })
    .from(organizations)
    // Through the view, so the GIN index serves `&&` (see people's findContactMatches).
    .where(
      sql`${organizations.id} IN (SELECT id FROM organizations_contact_keys WHERE deleted_at IS NULL AND contact_keys && ${sqlArray(keys, 'text')}
        ${excludeId ? sql`AND id <> ${excludeId}` : sql``} LIMIT 10)`,
    )
    .limit(10);
  return rows.map((r) => ({ id: r.id, name: r.name, matchedOn: matchedOn(r.contactKeys ?? [], keys) }));
}

const keysOf = (o: { taxCode?: string | null; phones?: { number: string }[]; emails?: { address: string }[] }) => [
  ...(o.phones ?? []).map((p) => p.number),
  ...(o.emails ?? []).map((e) => e.address),
  ...(o.taxCode ? [o.taxCode] : []),
];

export async function createOrganization(tx: WorkspaceTx, auth: WorkspaceAuth, input: CreateInput): Promise<TOrganization> {
  authorize(auth.role, 'customers.write');
  const custom = checkCustomValues(await activeDefinitions(tx, 'organization'), input.customFields, 'create');
  if (custom.errors.length) throw new AppError('validation_failed', 'Invalid custom fields', { errors: custom.errors });
  await lockContactKeys(tx, keysOf(input));
  if (!input.allowDuplicate) {
    const matches = await organizationMatches(tx, keysOf(input));
    if (matches.length) throw new AppError('conflict', 'An organization with the same tax code, phone or e-mail exists', { duplicates: matches });
  }
  const [row] = await tx
    .insert(organizations)
    .values({
      workspaceId: auth.workspaceId,
      name: input.name,
      taxCode: input.taxCode ?? null,
      website: input.website ?? null,
      industry: input.industry ?? null,
      phones: input.phones,
      emails: input.emails,
      customerType: input.customerType,
      lifecycleStage: input.lifecycleStage,
      source: input.source ?? null,
      ownerUserId: input.ownerUserId ?? null,
      tags: [...new Set(input.tags)],
      notes: input.notes ?? null,
      street: input.address.street ?? null,
      wardCode: input.address.wardCode ?? null,
      provinceCode: input.address.provinceCode ?? null,
      legacyAddress: input.address.legacyAddress ?? null,
      customFields: custom.values,
      createdByUserId: auth.userId,
    })
    .returning({ id: organizations.id });
  return loadOrganization(tx, row!.id);
}

export async function loadOrganization(tx: WorkspaceTx, id: string): Promise<TOrganization> {
  const [row] = await tx.select({ o: organizations, ownerName: users.name }).from(organizations).leftJoin(users, eq(users.id, organizations.ownerUserId)).where(eq(organizations.id, id));
  if (!row) throw notFound('Organization');
  const o = row.o;
  const members = await tx
    .select({ id: people.id, fullName: people.fullName, jobTitle: personOrganizations.jobTitle })
    .from(personOrganizations)
    .innerJoin(people, and(eq(people.workspaceId, personOrganizations.workspaceId), eq(people.id, personOrganizations.personId)))
    .where(and(eq(personOrganizations.organizationId, id), isNull(people.deletedAt)))
    .orderBy(people.fullName)
    .limit(500);
  return {
    id: o.id,
    name: o.name,
    taxCode: o.taxCode,
    website: o.website,
    industry: o.industry,
    customerType: o.customerType,
    lifecycleStage: o.lifecycleStage,
    source: o.source,
    ownerUserId: o.ownerUserId,
    ownerName: row.ownerName,
    tags: o.tags,
    notes: o.notes,
    address: presentAddress(o),
    customFields: o.customFields,
    phones: presentPhones(o.phones),
    emails: presentEmails(o.emails),
    people: members,
    createdAt: iso(o.createdAt),
    updatedAt: iso(o.updatedAt),
    deletedAt: isoOrNull(o.deletedAt),
    mergedIntoId: o.mergedIntoId,
  };
}

export async function getOrganization(tx: WorkspaceTx, auth: WorkspaceAuth, id: string) {
  authorize(auth.role, 'customers.read');
  return loadOrganization(tx, id);
}

export async function updateOrganization(tx: WorkspaceTx, auth: WorkspaceAuth, id: string, input: UpdateInput): Promise<TOrganization> {
  authorize(auth.role, 'customers.write');
  const [current] = await tx.select().from(organizations).where(and(eq(organizations.id, id), isNull(organizations.deletedAt))).for('update');
  if (!current) throw notFound('Organization');
  const customFields = await mergeCustomValues(tx, 'organization', current.customFields, input.customFields);
  const newKeys = keysOf(input).filter((k) => !(current.contactKeys ?? []).includes(k));
  await lockContactKeys(tx, newKeys);
  const clash = await organizationMatches(tx, newKeys, id);
  if (clash.length) throw new AppError('conflict', 'Another organization has this tax code, phone or e-mail', { duplicates: clash });
  const { address: a, customFields: _ignored, ...fields } = input;
  await tx
    .update(organizations)
    .set({
      ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
      ...(fields.tags ? { tags: [...new Set(fields.tags)] } : {}),
      ...addressPatch(a),
      customFields,
      updatedAt: new Date(),
    })
    .where(eq(organizations.id, id));
  return loadOrganization(tx, id);
}

export async function deleteOrganization(tx: WorkspaceTx, auth: WorkspaceAuth, id: string): Promise<void> {
  authorize(auth.role, 'customers.delete');
  const done = await tx.update(organizations).set({ deletedAt: new Date() }).where(and(eq(organizations.id, id), isNull(organizations.deletedAt))).returning({ id: organizations.id });
  if (done.length === 0) throw notFound('Organization');
}

export async function restoreOrganization(tx: WorkspaceTx, auth: WorkspaceAuth, id: string): Promise<TOrganization> {
  authorize(auth.role, 'customers.delete');
  const done = await tx.update(organizations).set({ deletedAt: null, updatedAt: new Date() }).where(and(eq(organizations.id, id), sql`deleted_at IS NOT NULL`, isNull(organizations.mergedIntoId))).returning({ id: organizations.id });
  if (done.length === 0) throw notFound('Deleted organization');
  return loadOrganization(tx, id);
}
