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

/**
 * Keys found recently, by the SHA-256 of their secret. Every API request needs its key; reading it
 * from the database each time cost a round trip per request. A key's workspace and role never change,
 * so the only thing a cached entry can miss is a revocation: this process forgets its keys the moment
 * one is revoked here (`forgetApiKeys`), and another Tandem process sharing the database sees it within
 * `KEY_CACHE_MS`.
 */
const KEY_CACHE_MS = 10_000;
const KEY_CACHE_MAX = 1_000;
type CachedKey = { key: ResolvedApiKey; until: number; lastUsedAt: number };
const recentKeys = new Map<string, CachedKey>();

/** Drop every cached key (after a revocation). */
export function forgetApiKeys(): void {
  recentKeys.clear();
}

/** Find an active key by its secret; records when it was last used (at most once a minute). */
export async function resolveApiKey(db: Db, key: string): Promise<ResolvedApiKey | null> {
  if (!key.startsWith(API_KEY_PREFIX) || key.length > 100) return null;
  const keyHash = sha256(key);
  const now = Date.now();
  const cached = recentKeys.get(keyHash);
  if (cached && cached.until > now && now - cached.lastUsedAt <= 60_000) return cached.key;
  const [row] = await db
    .select({ id: apiKeys.id, workspaceId: apiKeys.workspaceId, role: apiKeys.role, lastUsedAt: apiKeys.lastUsedAt })
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, keyHash), isNull(apiKeys.revokedAt)))
    .limit(1);
  if (!row) {
    recentKeys.delete(keyHash);
    return null;
  }
  let lastUsedAt = row.lastUsedAt?.getTime() ?? 0;
  if (now - lastUsedAt > 60_000) {
    await db
      .update(apiKeys)
      .set({ lastUsedAt: sql`now()` })
      .where(and(eq(apiKeys.workspaceId, row.workspaceId), eq(apiKeys.id, row.id)));
    lastUsedAt = now;
  }
  const resolved: ResolvedApiKey = { id: row.id, workspaceId: row.workspaceId, role: row.role };
  if (recentKeys.size >= KEY_CACHE_MAX) recentKeys.delete(recentKeys.keys().next().value!);
  recentKeys.set(keyHash, { key: resolved, until: now + KEY_CACHE_MS, lastUsedAt });
  return resolved;
}
