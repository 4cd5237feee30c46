/**
 * Rolling an import back as a whole: the records it updated get their before-images back, then the
 * records it created are deleted (in chunks, each its own transaction, so a large import does not
 * hold one huge transaction; the audit trail keeps every deleted record). Safe to run again if it
 * stops half-way: the import stays `rolling_back` until the last chunk is gone.
 */
import { rm } from 'node:fs/promises';
import { eq, sql } from 'drizzle-orm';
import { imports } from '../../db/schema';
import type { Database } from '../../platform/db/database';
import { queryRows } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { importScope } from './import-runner';
import { ENTITY_SPECS } from './import-writer';

const CHUNK = 5000;

/** Columns restored from a before-image (everything an import may change). */
const RESTORED: Record<'person' | 'organization', string[]> = {
  person: ['full_name', 'phones', 'emails', 'birthday', 'gender'],
  organization: ['name', 'tax_code', 'website', 'industry', 'phones', 'emails'],
};
const COMMON = ['customer_type', 'lifecycle_stage', 'source', 'tags', 'notes', 'street', 'ward_code', 'province_code', 'legacy_address', 'custom_fields', 'updated_at'];

/** Runs the rollback of an import in `rolling_back` state to its end. */
export async function rollbackImport(database: Database, importId: string): Promise<{ restored: number; deleted: number }> {
  const [found] = await database.system.select().from(imports).where(eq(imports.id, importId));
  if (!found) throw new AppError('not_found', 'Import not found');
  if (found.state !== 'rolling_back') return { restored: 0, deleted: 0 };
  const scope = importScope(found);
  const spec = ENTITY_SPECS[found.entity];
  const table = sql.raw(spec.table);

  const restored = await database.inWorkspace(scope, async (tx) => {
    const columns = [...RESTORED[found.entity], ...COMMON];
    const set = sql.raw(columns.map((c) => `"${c}" = r."${c}"`).join(', '));
    const rows = await queryRows<{ id: string }>(
      tx,
      sql`UPDATE ${table} t SET ${set}
          FROM import_before_images b, jsonb_populate_record(NULL::${table}, b.before) r
          WHERE b.import_id = ${importId} AND t.id = b.record_id RETURNING t.id`,
    );
    await tx.execute(sql`DELETE FROM import_before_images WHERE import_id = ${importId}`);
    return rows.length;
  });

  let deleted = 0;
  for (;;) {
    const n = await database.inWorkspace(scope, async (tx) => {
      const rows = await queryRows<{ id: string }>(
        tx,
        sql`DELETE FROM ${table} WHERE id IN (SELECT id FROM ${table} WHERE import_id = ${importId} LIMIT ${CHUNK}) RETURNING id`,
      );
      await tx.execute(sql`UPDATE imports SET heartbeat_at = now() WHERE id = ${importId}`);
      return rows.length;
    });
    deleted += n;
    if (n < CHUNK) break;
  }
  await database.inWorkspace(scope, (tx) =>
    tx.execute(sql`UPDATE imports SET state = 'rolled_back', finished_at = now(), updated_at = now(), file_path = NULL, runner_id = NULL
                   WHERE id = ${importId} AND state = 'rolling_back'`),
  );
  if (found.filePath) await rm(found.filePath, { force: true });
  return { restored, deleted };
}
