import type { Role } from '@tandem/shared';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { apiKeys } from '../../db/schema';
import type { Db } from '../db/database';
import { randomToken, sha256 } from './secrets';

/** Keys look like `tdm_` + 43 URL-safe characters (256 bits); only their SHA-256 is stored. */
export const API_KEY_PREFIX = 'tdm_';

export function generateApiKey(): { key: string; prefix: string; keyHash: string } {
  const key = `${API_KEY_PREFIX}${randomToken(32)}`;
  return { key, prefix: key.slice(0, 12), keyHash: sha256(key) };
}

export type ResolvedApiKey = { id: string; workspaceId: string; role: Role };

/** Find an active key by its secret; records when it was last used (at most once a minute). */
export async function resolveApiKey(db: Db, key: string): Promise<ResolvedApiKey | null> {
  if (!key.startsWith(API_KEY_PREFIX) || key.length > 100) return null;
  const [row] = await db
    .select({ id: apiKeys.id, workspaceId: apiKeys.workspaceId, role: apiKeys.role, lastUsedAt: apiKeys.lastUsedAt })
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, sha256(key)), isNull(apiKeys.revokedAt)))
    .limit(1);
  if (!row) return null;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db
      .update(apiKeys)
      .set({ lastUsedAt: sql`now()` })
      .where(and(eq(apiKeys.workspaceId, row.workspaceId), eq(apiKeys.id, row.id)));
  }
  return { id: row.id, workspaceId: row.workspaceId, role: row.role };
}
