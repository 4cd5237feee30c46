/**
 * What 0024_import_speed.sql changed for imports: one audit event per batch for the records an import
 * creates (who imported what, how many, which ids), per-row audit everywhere else, the typo vocabulary
 * filled from imported names, and the generated columns' functions giving the same values as before.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/database';
import { buildTestApp, buildWorkspace, type TestApp, type TestWorkspace } from '../../test/harness';
import { sniff } from './import-file';
import { runImport } from './import-runner';
import { createImport } from './imports.service';

type Event = { action: string; entity_type: string; entity_id: string; actor_user_id: string | null; request_id: string | null; after: Record<string, unknown> };

describe('imports: audit per batch, vocabulary, generated columns', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tandem-import-speed-'));
    t = await buildTestApp({ IMPORT_DIR: dir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function queueImport(ws: TestWorkspace, content: string, fields: Record<string, string> = {}) {
    const file = path.join(dir, `${Math.random().toString(36).slice(2)}.upload`);
    writeFileSync(file, content);
    const upload = { path: file, fileName: 'test.csv', kind: sniff(Buffer.from(content)), bytes: content.length, records: null, fields: { entity: 'person', ...fields } };
    const auth = { workspaceId: ws.workspaceId, role: 'owner' as const, userId: ws.owner.userId, apiKeyId: null };
    const result = await createImport(t.database, { workspaceId: ws.workspaceId, actorUserId: ws.owner.userId, actorApiKeyId: null, requestId: 'test' }, auth, upload);
    if (!('created' in result)) throw new Error('expected an import');
    return result.created.id;
  }

  const scopeOf = (ws: TestWorkspace) => ({ workspaceId: ws.workspaceId, actorUserId: null, actorApiKeyId: null, requestId: null });
  const events = (ws: TestWorkspace, entityType: string) =>
    t.database.inWorkspace(scopeOf(ws), (tx) =>
      queryRows<Event>(tx, sql`SELECT action, entity_type, entity_id, actor_user_id, request_id, after FROM audit_events WHERE entity_type = ${entityType} ORDER BY id`),
    );

  /** A person written as the service writes one (a workspace transaction as its owner), outside any import. */
  const insertPerson = async (ws: TestWorkspace, name: string, phone: string) => {
    const [row] = await t.database.inWorkspace({ ...scopeOf(ws), actorUserId: ws.owner.userId }, (tx) =>
      queryRows<{ id: string }>(
        tx,
        sql`INSERT INTO people (workspace_id, full_name, customer_type, phones) VALUES (tandem_workspace_id(), ${name}, 'consumer', ${JSON.stringify([{ number: phone }])}::jsonb) RETURNING id::text`,
      ),
    );
    return row!.id;
  };

  it('records the people an import creates as one event per batch, naming the import, its user, the count and the id range', async () => {
    const ws = await buildWorkspace(t.database);
    // A person made by hand first: audited row by row, as every write outside an import.
    await insertPerson(ws, 'Đỗ Thị Có Sẵn', '+84912000100');
    const rows = ['Họ và tên,Điện thoại', 'Nguyễn Văn Một,0912000001', 'Trần Thị Hai,0912000002', 'Lê Ba,0912000003', 'Phạm Bốn,0912000004', 'Đỗ Lại,0912000100'];
    const id = await queueImport(ws, rows.join('\n'), { onDuplicate: 'update' });
    expect(await runImport(t.database, id, { batchSize: 3 })).toMatchObject({ state: 'completed', processed: 5 });

    const all = await events(ws, 'people');
    const bulk = all.filter((e) => e.entity_id === id);
    expect(bulk.map((e) => e.action)).toEqual(['create', 'create']);
    expect(bulk.map((e) => e.after.created)).toEqual([3, 1]);
    for (const e of bulk) expect(e).toMatchObject({ actor_user_id: ws.owner.userId, request_id: `import:${id}`, after: { import_id: id } });
    const imported = await t.database.inWorkspace(scopeOf(ws), (tx) => queryRows<{ id: string }>(tx, sql`SELECT id::text FROM people WHERE import_id = ${id} ORDER BY id`));
    expect(imported).toHaveLength(4);
    expect(bulk[0]!.after.first_id).toBe(imported[0]!.id);
    expect(bulk[1]!.after.last_id).toBe(imported[3]!.id);
    // No per-row copy of an imported record; the hand-made one has its own 'create', and the update the
    // import made to it is audited row by row with its before and after.
    const perRow = all.filter((e) => e.entity_id !== id);
    expect(perRow.map((e) => e.action)).toEqual(['create', 'update']);
    expect(perRow[1]!.after.full_name).toBe('Đỗ Lại');

    // The setting does not outlive the import's statement: the next write is audited row by row.
    const later = await insertPerson(ws, 'Người Sau', '+84912000999');
    expect((await events(ws, 'people')).filter((e) => e.entity_id === later).map((e) => e.action)).toEqual(['create']);

    // Rolling back deletes the imported records, each with its own audit event.
    await t.database.system.execute(sql`UPDATE imports SET state = 'rolling_back' WHERE id = ${id}`);
    const { rollbackImport } = await import('./import-rollback');
    expect(await rollbackImport(t.database, id)).toEqual({ restored: 1, deleted: 4 });
    expect((await events(ws, 'people')).filter((e) => e.action === 'delete')).toHaveLength(4);
  });

  it('adds the words of imported names to the typo vocabulary', async () => {
    const ws = await buildWorkspace(t.database);
    const id = await queueImport(ws, ['Họ và tên,Điện thoại', 'Hoàng Thị Xuyến,0912000201', 'HOÀNG Văn Khuê,0912000202', 'Ngô  Ánh,0912000203'].join('\n'));
    expect(await runImport(t.database, id)).toMatchObject({ state: 'completed' });
    const words = await t.database.inWorkspace(scopeOf(ws), (tx) => queryRows<{ word: string }>(tx, sql`SELECT word FROM search_words ORDER BY word`));
    expect(words.map((w) => w.word)).toEqual(['anh', 'hoang', 'khue', 'ngo', 'thi', 'van', 'xuyen']);
  });

  it('computes search text and contact keys as before (PL/pgSQL instead of SQL functions)', async () => {
    const cases: [string | null, string | null, string | null, string | null, string[]][] = [
      // name, phones, e-mails → search text, contact keys
      ['Nguyễn  Văn Đức', '[{"number":"+84912345678","label":"work"},{"number":"1900123"}]', '[{"address":"A@B.VN"}]', 'nguyen van duc 0912345678 1900123 a@b.vn', ['+84912345678', '1900123', 'a@b.vn']],
      ['Lê', '[]', '[]', 'le', []],
      ['Lê', null, null, 'le', []],
      [null, '[{"label":"no number"},"text"]', '[{}]', '', []],
      ['x', '[{"number":""}]', '[{"address":null}]', 'x ', ['']],
    ];
    for (const [name, phones, emails, text, keys] of cases) {
      const [row] = await queryRows<{ text: string; keys: string[]; org: string; orgKeys: string[] }>(
        t.database.system,
        sql`SELECT tandem_person_search_text(${name}, ${phones}::jsonb, ${emails}::jsonb) AS text,
                   tandem_contact_keys(${phones}::jsonb, ${emails}::jsonb, NULL) AS keys,
                   tandem_org_search_text(${name}, '0101234567', ${phones}::jsonb, ${emails}::jsonb) AS org,
                   tandem_contact_keys(${phones}::jsonb, ${emails}::jsonb, '0101234567') AS "orgKeys"`,
      );
      expect(row!.text, String(name)).toBe(text);
      expect(row!.keys).toEqual(keys);
      expect(row!.org).toBe(`${text} 0101234567`);
      expect(row!.orgKeys).toEqual([...keys, '0101234567']);
    }
    await expect(t.database.query(`SELECT tandem_contact_keys('{"a":1}'::jsonb, '[]', NULL)`)).rejects.toThrow();
  });
});
