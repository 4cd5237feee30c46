import { fakerVI } from '@faker-js/faker';
import type { Role } from '@tandem/shared';
import { eq, sql } from 'drizzle-orm';
import { memberships, users, workspaces } from '../db/schema';
import { hashPassword } from '../platform/auth/secrets';
import type { Database } from '../platform/db/database';
import { createWorkspace } from '../modules/workspaces/workspaces.service';
import { seedCustomers } from './customers';
import { seedInternal } from './internal';
import { seedCarePlans } from './care-plans';
import { seedEmail } from './email';
import { seedSurveys } from './surveys';
import { seedFeedback } from './feedback';
import { vietnameseName } from './names';

export const DEMO = {
  workspaceName: 'Công ty TNHH Sen Vàng',
  email: 'demo@tandem.vn',
  password: 'tandem-demo',
  ownerName: 'Nguyễn Thị Minh Anh',
} as const;


/** Each feature adds its demo records here; they run in order inside the demo workspace. */
export type DemoSeeder = (database: Database, ctx: { workspaceId: string; ownerUserId: string; userIds: Record<Role, string[]> }) => Promise<void>;
const seeders: DemoSeeder[] = [seedCustomers, seedInternal, seedEmail, seedCarePlans, seedSurveys, seedFeedback];

/** True when the database has no workspace yet (first start). */
export async function isEmpty(database: Database): Promise<boolean> {
  const [row] = await database.system.select({ n: sql<number>`count(*)::int` }).from(workspaces);
  return (row?.n ?? 0) === 0;
}

/**
 * Create the demo workspace: an owner to sign in with, colleagues in every role, and whatever the
 * feature seeders add. Deterministic (seeded faker), so screenshots and tests see the same names.
 */
export async function seedDemo(database: Database): Promise<{ workspaceId: string; email: string; password: string }> {
  fakerVI.seed(2026);
  const { workspaceId, ownerUserId } = await createWorkspace(database, {
    name: DEMO.workspaceName,
    adminEmail: DEMO.email,
    adminPassword: DEMO.password,
    adminName: DEMO.ownerName,
  });
  const team: [Role, number][] = [['admin', 1], ['manager', 3], ['hr', 2], ['staff', 10], ['viewer', 1]];
  const userIds: Record<Role, string[]> = { owner: [ownerUserId], admin: [], manager: [], staff: [], hr: [], viewer: [] };
  const passwordHash = await hashPassword(DEMO.password);
  let n = 0;
  for (const [role, count] of team) {
    for (let i = 0; i < count; i++) {
      n += 1;
      const [user] = await database.system
        .insert(users)
        .values({ email: `${role}${i + 1}@tandem.vn`, name: vietnameseName(), passwordHash })
        .onConflictDoUpdate({ target: users.email, set: { updatedAt: new Date() } })
        .returning({ id: users.id });
      userIds[role].push(user!.id);
      await database.inWorkspace({ workspaceId, actorUserId: ownerUserId, actorApiKeyId: null, requestId: 'seed-demo' }, (tx) =>
        tx.insert(memberships).values({ workspaceId, userId: user!.id, role }),
      );
    }
  }
  for (const seed of seeders) await seed(database, { workspaceId, ownerUserId, userIds });
  const [check] = await database.system.select({ n: sql<number>`count(*)::int` }).from(memberships).where(eq(memberships.workspaceId, workspaceId));
  if ((check?.n ?? 0) !== n + 1) throw new Error('demo seed incomplete');
  return { workspaceId, email: DEMO.email, password: DEMO.password };
}
