import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/database';
import { buildTestApp, buildWorkspace, type TestApp, type TestWorkspace } from '../../test/harness';
import { sniff } from './import-file';
import { rollbackImport } from './import-rollback';
import { runImport, SimulatedCrash, type RunOptions } from './import-runner';
import { allPeople, apiClient, importFile, waitForJob, type ApiClient } from './imports.test-helpers';
import { createImport } from './imports.service';

describe('imports: duplicates, rollback, resume', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tandem-imports-'));
    t = await buildTestApp({ IMPORT_DIR: dir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const setup = async () => {
    const ws = await buildWorkspace(t.database);
    return { ws, c: apiClient(t.app, ws.apiKey) };
  };

  /** Creates an import through the service (no background run), to drive its run from the test. */
  async function queueImport(ws: TestWorkspace, content: string, fields: Record<string, string> = {}) {
    const file = path.join(dir, `${Math.random().toString(36).slice(2)}.upload`);
    writeFileSync(file, content);
    const upload = { path: file, fileName: 'test.csv', kind: sniff(Buffer.from(content)), bytes: content.length, records: null, fields: { entity: 'person', ...fields } };
    const auth = { workspaceId: ws.workspaceId, role: 'owner' as const, userId: ws.owner.userId, apiKeyId: null };
    const result = await createImport(t.database, { workspaceId: ws.workspaceId, actorUserId: ws.owner.userId, actorApiKeyId: null, requestId: 'test' }, auth, upload);
    if (!('created' in result)) throw new Error('expected an import');
    return result.created.id;
  }

  const existing = async (c: ApiClient) => {
    const p1 = (await c.post('/api/v1/people', { fullName: 'Trần Văn Cũ', phones: [{ number: '0912000001' }], emails: [{ address: 'old@example.vn' }], notes: 'ghi chú cũ', tags: ['cũ'] })).json();
    const p2 = (await c.post('/api/v1/people', { fullName: 'Lê Thị Hai', phones: [{ number: '0912000002' }] })).json();
    return { p1, p2 };
  };
  const FILE = [
    'Họ và tên,SĐT,Email,Ghi chú,Nhãn',
    'Trần Văn Mới,0912.000.001,new@example.vn,,mới',
    'Phạm Mới Ba,0912000003,,,',
    'Phạm Ba,+84 912 000 003,ba@example.vn,từ dòng 4,',
    'Hai Lê,84912000002,,,',
  ].join('\n');

  it('skip: rows matching a record or an earlier row are skipped and listed', async () => {
    const { c } = await setup();
    const { p1 } = await existing(c);
    const job = await importFile(c, 'f.csv', FILE, { onDuplicate: 'skip' });
    expect(job).toMatchObject({ processed: 4, inserted: 1, updated: 0, skipped: 3, errors: 0 });
    expect((await c.get(`/api/v1/people/${p1.id}`)).json()).toMatchObject({ fullName: 'Trần Văn Cũ', emails: [{ address: 'old@example.vn' }] });
    const issues = (await c.get(`/api/v1/imports/${job.id}/errors?kind=duplicate`)).json().data;
    expect(issues.map((i: { row: number; reason: string }) => [i.row, i.reason])).toEqual([
      [2, 'Skipped: Same phone +84912000001 as an existing record (Trần Văn Cũ)'],
      [4, 'Skipped: Same phone +84912000003 as row 3'],
      [5, 'Skipped: Same phone +84912000002 as an existing record (Lê Thị Hai)'],
    ]);
    expect((await c.get(`/api/v1/imports/${job.id}/errors?kind=error`)).json().data).toEqual([]);
  });

  it('create: matching rows become new records anyway (and are listed as duplicates)', async () => {
    const { c } = await setup();
    await existing(c);
    const job = await importFile(c, 'f.csv', FILE, { onDuplicate: 'create' });
    expect(job).toMatchObject({ processed: 4, inserted: 4, updated: 0, skipped: 0 });
    expect(await allPeople(c)).toHaveLength(6);
    expect((await c.get(`/api/v1/imports/${job.id}/errors`)).json().data.map((i: { reason: string }) => i.reason.split(':')[0])).toEqual([
      'Created anyway',
      'Created anyway',
      'Created anyway',
    ]);
  });

  it('update: matching records take the file values (lists united); rollback restores them and removes the new ones', async () => {
    const { c } = await setup();
    const { p1, p2 } = await existing(c);
    const job = await importFile(c, 'f.csv', FILE, { onDuplicate: 'update' });
    expect(job).toMatchObject({ processed: 4, inserted: 1, updated: 3, skipped: 0 });
    const after = await allPeople(c);
    expect(after).toHaveLength(3);
    expect(after[0]).toMatchObject({ id: p1.id, fullName: 'Trần Văn Mới', notes: 'ghi chú cũ', tags: ['cũ', 'mới'] });
    expect(after[0].emails.map((e: { address: string }) => e.address)).toEqual(['old@example.vn', 'new@example.vn']);
    expect(after[1]).toMatchObject({ id: p2.id, fullName: 'Hai Lê' });
    expect(after[2]).toMatchObject({ fullName: 'Phạm Ba', notes: 'từ dòng 4', emails: [{ address: 'ba@example.vn' }], phones: [{ number: '+84912000003' }] });

    const marked = await c.post(`/api/v1/imports/${job.id}/rollback`);
    expect(marked.statusCode).toBe(202);
    expect(marked.json().state).toBe('rolling_back');
    expect((await waitForJob(c, job.id as string)).state).toBe('rolled_back');
    const restored = await allPeople(c);
    expect(restored.map((p) => p.id)).toEqual([p1.id, p2.id]);
    expect(restored[0]).toMatchObject({ fullName: 'Trần Văn Cũ', emails: [{ address: 'old@example.vn' }], notes: 'ghi chú cũ', tags: ['cũ'] });
    expect(restored[1]).toMatchObject({ fullName: 'Lê Thị Hai' });
    const imp = (await c.get(`/api/v1/imports/${job.id}`)).json();
    expect(imp).toMatchObject({ state: 'rolled_back', canResume: false, canRollback: false });
    expect((await c.post(`/api/v1/imports/${job.id}/rollback`)).statusCode).toBe(409);
    // The audit trail shows the import's changes and their undoing.
    const events = (await c.get(`/api/v1/events?entityType=people&entityId=${p1.id}`)).json().data.map((e: { action: string }) => e.action);
    expect(events.filter((a: string) => a === 'update')).toHaveLength(2);
  });

  it('update across batches: a row matching a record made by an earlier batch updates it, and rollback deletes it', async () => {
    const { ws, c } = await setup();
    const rows = ['Họ và tên,SĐT,Email', 'Một,0912000011,', 'Hai,0912000012,', 'Một Mới,0912000011,mot@example.vn', 'Ba,0912000013,'];
    const id = await queueImport(ws, rows.join('\n'), { onDuplicate: 'update' });
    expect(await runImport(t.database, id, { batchSize: 2 })).toMatchObject({ state: 'completed', processed: 4 });
    const people = await allPeople(c);
    expect(people.map((p) => p.fullName)).toEqual(['Một Mới', 'Hai', 'Ba']);
    expect(people[0].emails).toEqual([{ address: 'mot@example.vn' }]);
    expect((await c.get(`/api/v1/imports/${id}/errors`)).json().data[0].reason).toBe('Updated: Same phone +84912000011 as a record created from an earlier row of this file (Một)');
    await c.post(`/api/v1/imports/${id}/rollback`);
    await waitForJob(c, id);
    expect(await allPeople(c)).toEqual([]);
  });

  /** A file whose rows have known outcomes: every 100th row a bad phone, every 50th (at 25) a repeat of the row before. */
  function generated(rows: number) {
    const lines = ['Họ và tên,Điện thoại,Email,Ngày sinh,Tỉnh/Thành phố'];
    let errors = 0;
    let duplicates = 0;
    for (let i = 0; i < rows; i++) {
      const national = `090${String(i).padStart(7, '0')}`;
      let phone = i % 3 === 0 ? national : i % 3 === 1 ? `+84 ${national.slice(1, 4)} ${national.slice(4, 7)} ${national.slice(7)}` : `${national.slice(0, 4)}.${national.slice(4, 7)}.${national.slice(7)}`;
      if (i % 100 === 99) {
        phone = '090';
        errors++;
      } else if (i % 50 === 25) {
        phone = `84${`090${String(i - 1).padStart(7, '0')}`.slice(1)}`;
        duplicates++;
      }
      const email = i % 2 === 0 ? `khach${i}@example.vn` : '';
      lines.push(`Nguyễn Văn Khách ${i},${phone},${email},${1 + (i % 28)}/${1 + (i % 12)}/19${50 + (i % 50)},${i % 2 ? 'Hà Nội' : 'TP. Hồ Chí Minh'}`);
    }
    return { content: `${lines.join('\r\n')}\r\n`, errors, duplicates };
  }

  const countPeople = async (ws: TestWorkspace) => {
    const [row] = await queryRows<{ n: number; phones: number }>(
      t.database.system,
      sql`SELECT count(*)::int AS n, count(DISTINCT phones->0->>'number')::int AS phones FROM people WHERE workspace_id = ${ws.workspaceId} AND deleted_at IS NULL`,
    );
    return row!;
  };

  it('resumes after a crash: the killed run is marked interrupted, the resumed one writes no row twice and loses none', async () => {
    const { ws, c } = await setup();
    const file = generated(1000);
    const id = await queueImport(ws, file.content);
    const options: RunOptions = { batchSize: 100, crashAfterBatches: 3 };
    await expect(runImport(t.database, id, options)).rejects.toBeInstanceOf(SimulatedCrash);
    expect((await c.get(`/api/v1/imports/${id}`)).json()).toMatchObject({ state: 'running', processed: 300 });
    // Time passes without a heartbeat: reading the import finds it dead.
    await t.database.system.execute(sql`UPDATE imports SET heartbeat_at = now() - interval '5 minutes' WHERE id = ${id}`);
    const interrupted = (await c.get(`/api/v1/imports/${id}`)).json();
    expect(interrupted).toMatchObject({ state: 'interrupted', processed: 300, canResume: true, canRollback: true });
    expect(interrupted.failure).toMatch(/stopped unexpectedly/);
    expect((await countPeople(ws)).n).toBe(interrupted.inserted);

    expect((await c.post(`/api/v1/imports/${id}/resume`)).statusCode).toBe(202);
    const done = await waitForJob(c, id);
    expect(done).toMatchObject({ state: 'completed', processed: 1000, errors: file.errors, skipped: file.duplicates, inserted: 1000 - file.errors - file.duplicates, total: 1000 });
    expect(await countPeople(ws)).toEqual({ n: 1000 - file.errors - file.duplicates, phones: 1000 - file.errors - file.duplicates });
  });

  it('a failed run is reported with its reason and resumes; cancel stops it and rollback undoes it', async () => {
    const { ws, c } = await setup();
    const file = generated(500);
    const id = await queueImport(ws, file.content);
    expect(await runImport(t.database, id, { batchSize: 100, failAfterBatches: 2 })).toMatchObject({ state: 'failed' });
    const failed = (await c.get(`/api/v1/imports/${id}`)).json();
    expect(failed).toMatchObject({ state: 'failed', processed: 200, canResume: true, failure: 'The import failed: simulated failure' });
    expect((await c.post(`/api/v1/imports/${id}/cancel`)).statusCode).toBe(409);
    await c.post(`/api/v1/imports/${id}/resume`);
    expect(await waitForJob(c, id)).toMatchObject({ state: 'completed', processed: 500 });
    expect((await c.post(`/api/v1/imports/${id}/resume`)).statusCode).toBe(409);

    const second = await queueImport(ws, generated(300).content.replace(/090/g, '091'));
    expect((await c.post(`/api/v1/imports/${second}/cancel`)).json().state).toBe('cancelled');
    expect(await runImport(t.database, second)).toMatchObject({ state: 'cancelled' });
    await c.post(`/api/v1/imports/${id}/rollback`);
    expect((await waitForJob(c, id)).state).toBe('rolled_back');
    expect((await countPeople(ws)).n).toBe(0);
    expect(await rollbackImport(t.database, id)).toEqual({ restored: 0, deleted: 0 });
  });

  it('imports a generated 20,000-row file with rows, errors and duplicates counted exactly', async () => {
    const { ws, c } = await setup();
    const file = generated(20_000);
    const res = await c.upload({ entity: 'person' }, { name: 'lon.csv', content: file.content });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ state: 'queued', total: 20_000 });
    const done = await waitForJob(c, res.json().id, 60_000);
    expect(done).toMatchObject({ state: 'completed', processed: 20_000, total: 20_000, errors: file.errors, skipped: file.duplicates, inserted: 20_000 - file.errors - file.duplicates, updated: 0 });
    expect(await countPeople(ws)).toEqual({ n: done.inserted, phones: done.inserted });
    const errors = (await c.get(`/api/v1/imports/${res.json().id}/errors?kind=error&limit=1000`)).json();
    expect(errors.data).toHaveLength(file.errors);
    expect(errors.data[0]).toMatchObject({ row: 101, column: 'Điện thoại' });
  });
});
