import type { TCreateWorkspaceRequest, TWorkspace } from '@tandem/shared';
import { eq } from 'drizzle-orm';
import { apiKeys, memberships, users, workspaces } from '../../db/schema';
import { generateApiKey } from '../../platform/auth/api-key-auth';
import { hashPassword, verifyPassword } from '../../platform/auth/secrets';
import type { Database, WorkspaceTx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { iso } from '../../platform/http/responses';

export type CreatedWorkspace = { workspaceId: string; ownerUserId: string; apiKey: string | null };

/**
 * Create a workspace with its first owner (a new account, or an existing one whose password matches),
 * and optionally an admin API key for scripts. Platform operation: runs outside any workspace scope.
 */
export async function createWorkspace(
  database: Database,
  input: TCreateWorkspaceRequest & { withApiKey?: boolean },
): Promise<CreatedWorkspace> {
  const [existing] = await database.system
    .select({ id: users.id, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, input.adminEmail))
    .limit(1);
  if (existing && !(await verifyPassword(existing.passwordHash, input.adminPassword))) {
    throw new AppError('conflict', 'An account with this e-mail exists and the password does not match it', {
      errors: [{ path: 'adminPassword', message: 'does not match the existing account' }],
    });
  }
  const passwordHash = existing ? null : await hashPassword(input.adminPassword);

  return database.system.transaction(async (tx) => {
    let ownerUserId = existing?.id;
    if (!ownerUserId) {
      const [user] = await tx
        .insert(users)
        .values({ email: input.adminEmail, name: input.adminName ?? input.adminEmail.split('@')[0] ?? input.adminEmail, passwordHash: passwordHash ?? '' })
        .returning({ id: users.id });
      ownerUserId = user!.id;
    }
    const [workspace] = await tx.insert(workspaces).values({ name: input.name }).returning({ id: workspaces.id });
    const workspaceId = workspace!.id;
    await tx.insert(memberships).values({ workspaceId, userId: ownerUserId, role: 'owner' });
    let apiKey: string | null = null;
    if (input.withApiKey) {
      const generated = generateApiKey();
      await tx.insert(apiKeys).values({
        workspaceId,
        name: 'CLI',
        role: 'admin',
        prefix: generated.prefix,
        keyHash: generated.keyHash,
        createdByUserId: ownerUserId,
      });
      apiKey = generated.key;
    }
    return { workspaceId, ownerUserId, apiKey };
  });
}

const present = (w: typeof workspaces.$inferSelect): TWorkspace => ({ id: w.id, name: w.name, createdAt: iso(w.createdAt) });

export async function getWorkspace(tx: WorkspaceTx, workspaceId: string): Promise<TWorkspace> {
  const [w] = await tx.select().from(workspaces).where(eq(workspaces.id, workspaceId));
  if (!w) throw notFound('Workspace');
  return present(w);
}

export async function updateWorkspace(tx: WorkspaceTx, workspaceId: string, patch: { name: string }): Promise<TWorkspace> {
  const [w] = await tx.update(workspaces).set({ name: patch.name, updatedAt: new Date() }).where(eq(workspaces.id, workspaceId)).returning();
  if (!w) throw notFound('Workspace');
  return present(w);
}
