import type { Role, TApiKey, TCreateApiKeyRequest, TCreateApiKeyResponse, TPageQuery } from '@tandem/shared';
import { and, desc, eq, isNull, lt } from 'drizzle-orm';
import { apiKeys, users } from '../../db/schema';
import { forgetApiKeys, generateApiKey } from '../../platform/auth/api-key-auth';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize, mayGrant } from '../../platform/auth/policy';
import type { WorkspaceTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { iso, isoOrNull } from '../../platform/http/responses';
import { decodeCursor, toPage } from '../../platform/pagination';

const columns = {
  id: apiKeys.id,
  name: apiKeys.name,
  role: apiKeys.role,
  prefix: apiKeys.prefix,
  createdAt: apiKeys.createdAt,
  lastUsedAt: apiKeys.lastUsedAt,
  revokedAt: apiKeys.revokedAt,
  createdByName: users.name,
};
type Row = { id: string; name: string; role: Role; prefix: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null; createdByName: string | null };

const present = (r: Row): TApiKey => ({
  ...r,
  createdAt: iso(r.createdAt),
  lastUsedAt: isoOrNull(r.lastUsedAt),
  revokedAt: isoOrNull(r.revokedAt),
});

/** All keys of the workspace, newest first (revoked ones too, marked). The secret is never returned. */
export async function listApiKeys(tx: WorkspaceTx, auth: WorkspaceAuth, query: TPageQuery) {
  authorize(auth.role, 'apiKeys.manage');
  const before = query.cursor ? decodeCursor(query.cursor, ['id']).id : null;
  const rows = await tx
    .select(columns)
    .from(apiKeys)
    .leftJoin(users, eq(users.id, apiKeys.createdByUserId))
    .where(before ? lt(apiKeys.id, before) : undefined)
    .orderBy(desc(apiKeys.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (r) => ({ id: r.id }));
  return { data: page.data.map(present), nextCursor: page.nextCursor };
}

export async function getApiKey(tx: WorkspaceTx, auth: WorkspaceAuth, id: string): Promise<TApiKey> {
  authorize(auth.role, 'apiKeys.manage');
  const [row] = await tx.select(columns).from(apiKeys).leftJoin(users, eq(users.id, apiKeys.createdByUserId)).where(eq(apiKeys.id, id));
  if (!row) throw notFound('API key');
  return present(row);
}

/** Create a key acting with `role` in this workspace; its secret is in this answer only. */
export async function createApiKey(tx: WorkspaceTx, auth: WorkspaceAuth, input: TCreateApiKeyRequest): Promise<TCreateApiKeyResponse> {
  authorize(auth.role, 'apiKeys.manage');
  if (!mayGrant(auth.role, input.role)) {
    throw new AppError('forbidden', `Your role may not create a key with role ${input.role}`, { errors: [{ path: 'role', message: 'not allowed for your role' }] });
  }
  const generated = generateApiKey();
  const [row] = await tx
    .insert(apiKeys)
    .values({ workspaceId: auth.workspaceId, name: input.name, role: input.role, prefix: generated.prefix, keyHash: generated.keyHash, createdByUserId: auth.userId })
    .returning({ id: apiKeys.id });
  const [created] = await tx.select(columns).from(apiKeys).leftJoin(users, eq(users.id, apiKeys.createdByUserId)).where(eq(apiKeys.id, row!.id));
  return { apiKey: present(created!), key: generated.key };
}

/** Revoke a key: from now on it gets 401. */
export async function revokeApiKey(tx: WorkspaceTx, auth: WorkspaceAuth, id: string): Promise<void> {
  authorize(auth.role, 'apiKeys.manage');
  const done = await tx
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  if (done.length === 0) throw notFound('API key');
  forgetApiKeys();
}
