import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, buildWorkspace, signIn, withApiKey, type Client, type TestApp } from '../../test/harness';

/**
 * Every kind of workspace record, with how to create one and where to read it. A feature that adds a
 * kind of record adds it here, and the isolation tests below cover it.
 */
/** `keyWrites: false`: the A key's role (admin) may not change this kind at all, so its writes get 403 before any lookup. */
const KINDS: { kind: string; list: string; paged?: false; keyWrites?: false; patch?: Record<string, unknown>; create(c: Client): Promise<string> }[] = [
  {
    kind: 'api key',
    list: '/api/v1/api-keys',
    create: async (c) => (await c.request('POST', '/api/v1/api-keys', { name: 'B key', role: 'viewer' })).json().apiKey.id,
  },
  {
    kind: 'invitation',
    list: '/api/v1/invitations',
    create: async (c) => (await c.request('POST', '/api/v1/invitations', { email: `b-${Date.now()}@example.vn`, role: 'staff' })).json().invitation.id,
  },
  {
    kind: 'member',
    patch: { role: 'viewer' },
    list: '/api/v1/members',
    create: async (c) => (await c.request('GET', '/api/v1/members')).json().data[0].id,
  },
  {
    kind: 'person',
    patch: { fullName: 'Đổi tên' },
    list: '/api/v1/people',
    create: async (c) => (await c.request('POST', '/api/v1/people', { fullName: 'Người của B', phones: [{ number: '0909000999' }] })).json().id,
  },
  {
    kind: 'organization',
    patch: { name: 'Đổi tên' },
    list: '/api/v1/organizations',
    create: async (c) => (await c.request('POST', '/api/v1/organizations', { name: 'Công ty của B' })).json().id,
  },
  {
    kind: 'department',
    paged: false,
    patch: { name: 'Đổi tên' },
    list: '/api/v1/departments',
    create: async (c) => (await c.request('POST', '/api/v1/departments', { name: 'Phòng của B' })).json().id,
  },
  {
    kind: 'employee',
    patch: { fullName: 'Đổi tên' },
    list: '/api/v1/employees',
    create: async (c) => (await c.request('POST', '/api/v1/employees', { fullName: 'Nhân viên của B', startDate: '2025-01-01' })).json().id,
  },
  {
    kind: 'benefit',
    paged: false,
    keyWrites: false,
    patch: { name: 'Đổi tên' },
    list: '/api/v1/benefits',
    create: async (c) => (await c.request('POST', '/api/v1/benefits', { name: 'Phụ cấp của B', kind: 'allowance', defaultAmount: 500_000 })).json().id,
  },
  {
    kind: 'service',
    paged: false,
    patch: { name: 'Đổi tên' },
    list: '/api/v1/services',
    create: async (c) => {
      const departmentId = (await c.request('POST', '/api/v1/departments', { name: 'CNTT của B' })).json().id;
      return (await c.request('POST', '/api/v1/services', { departmentId, name: 'Dịch vụ của B', firstResponseMinutes: 60, resolutionMinutes: 480 })).json().id;
    },
  },
  {
    kind: 'internal request',
    patch: { priority: 'high' },
    list: '/api/v1/internal-requests',
    create: async (c) => {
      const departmentId = (await c.request('POST', '/api/v1/departments', { name: 'Hành chính của B' })).json().id;
      const serviceId = (await c.request('POST', '/api/v1/services', { departmentId, name: 'Văn phòng phẩm', firstResponseMinutes: 60, resolutionMinutes: 480 })).json().id;
      const requesterEmployeeId = (await c.request('POST', '/api/v1/employees', { fullName: 'Người hỏi của B', startDate: '2025-01-01' })).json().id;
      return (await c.request('POST', '/api/v1/internal-requests', { serviceId, title: 'Xin bút', requesterEmployeeId })).json().id;
    },
  },
  {
    kind: 'interaction',
    list: '/api/v1/interactions',
    create: async (c) => {
      const personId = (await c.request('POST', '/api/v1/people', { fullName: 'Khách gọi của B' })).json().id;
      return (await c.request('POST', '/api/v1/interactions', { kind: 'call', summary: 'Bí mật', personId })).json().id;
    },
  },
  {
    kind: 'task',
    list: '/api/v1/tasks',
    patch: { status: 'done' },
    create: async (c) => (await c.request('POST', '/api/v1/tasks', { title: 'Việc của B' })).json().id,
  },
  {
    kind: 'email template',
    paged: false,
    patch: { name: 'Đổi tên' },
    list: '/api/v1/email/templates',
    create: async (c) =>
      (await c.request('POST', '/api/v1/email/templates', { name: 'Mẫu của B', subjectVi: 'Chào {{name}}', bodyVi: 'Bí mật', subjectEn: 'Hi {{name}}', bodyEn: 'Secret' })).json().id,
  },
  {
    kind: 'email message',
    list: '/api/v1/email/messages',
    create: async (c) =>
      (await c.request('POST', '/api/v1/email/send', { to: [{ address: 'khach-cua-b@example.vn' }], subject: 'Thư của B', text: 'Bí mật', purpose: 'transactional' })).json().data[0].id,
  },
  {
    kind: 'care plan',
    list: '/api/v1/care-plans',
    patch: { name: 'Đổi tên' },
    create: async (c) =>
      (await c.request('POST', '/api/v1/care-plans', { name: 'Chăm sóc của B', trigger: { type: 'record_created', days: 0 }, task: { title: 'Gọi {{name}}' } })).json().id,
  },
  {
    kind: 'feedback',
    list: '/api/v1/feedback',
    patch: { status: 'resolved' },
    create: async (c) => (await c.request('POST', '/api/v1/feedback', { source: 'complaint', channel: 'hotline', text: 'Bí mật của B: giao hàng chậm' })).json().id,
  },
  {
    kind: 'survey',
    list: '/api/v1/surveys',
    patch: { name: 'Đổi tên' },
    create: async (c) => (await c.request('POST', '/api/v1/surveys', { name: 'Khảo sát của B', template: 'customer_nps' })).json().id,
  },
  {
    kind: 'event',
    list: '/api/v1/events',
    create: async (c) => (await c.request('GET', '/api/v1/events?limit=1')).json().data[0].id,
  },
];

describe('workspace isolation', () => {
  let t: TestApp;
  let a: Client;
  let aKey: Client;
  let b: Client;

  beforeAll(async () => {
    t = await buildTestApp();
    const wa = await buildWorkspace(t.database, 'A');
    const wb = await buildWorkspace(t.database, 'B');
    a = await signIn(t.app, wa.owner.email, wa.owner.password);
    aKey = withApiKey(t.app, wa.apiKey);
    b = await signIn(t.app, wb.owner.email, wb.owner.password);
  });
  afterAll(() => t.close());

  for (const { kind, list, create, paged, patch, keyWrites } of KINDS) {
    it(`a user or key of workspace A gets 404 for a ${kind} of workspace B, by id and in lists`, async () => {
      const id = await create(b);
      expect((await b.request('GET', `${list}/${id}`)).statusCode).toBe(200);
      for (const client of [a, aKey]) {
        const one = await client.request('GET', `${list}/${id}`);
        expect(one.statusCode).toBe(404);
        expect(one.json().code).toBe('not_found');
        const page = (await client.request('GET', paged === false ? list : `${list}?limit=200`)).json();
        expect(page.data.map((r: { id: string }) => r.id)).not.toContain(id);
        if (kind !== 'event') {
          const refused = keyWrites === false && client === aKey ? [403] : [404, 405];
          expect(refused).toContain((await client.request('DELETE', `${list}/${id}`)).statusCode);
          if (patch) expect(refused).toContain((await client.request('PATCH', `${list}/${id}`, patch)).statusCode);
        }
      }
      // B's record is untouched by A's attempts.
      expect((await b.request('GET', `${list}/${id}`)).statusCode).toBe(200);
    });
  }

  it("B's survey results, links and responses are out of A's reach", async () => {
    const id = (await b.request('POST', '/api/v1/surveys', { name: 'Khảo sát của B', template: 'customer_nps' })).json().id;
    await b.request('PATCH', `/api/v1/surveys/${id}`, { status: 'active' });
    for (const client of [a, aKey]) {
      expect((await client.request('GET', `/api/v1/surveys/${id}/results`)).statusCode).toBe(404);
      expect((await client.request('GET', `/api/v1/surveys/${id}/results/export`)).statusCode).toBe(404);
      expect((await client.request('POST', `/api/v1/surveys/${id}/responses`, { answers: { recommend: 10 } })).statusCode).toBe(404);
      expect((await client.request('POST', `/api/v1/surveys/${id}/links`, { audience: true })).statusCode).toBe(404);
    }
    expect((await b.request('GET', `/api/v1/surveys/${id}/results`)).json().responses).toBe(0);
  });

  it("B's people are not found by search, duplicate checks or merges from A", async () => {
    const id = (await b.request('POST', '/api/v1/people', { fullName: 'Bí Mật Của Bê', phones: [{ number: '0911222333' }] })).json().id;
    expect((await a.request('GET', '/api/v1/search?q=bi mat cua be')).json().data).toEqual([]);
    expect((await a.request('GET', '/api/v1/search?q=0911222333')).json().data).toEqual([]);
    expect((await a.request('POST', '/api/v1/people', { fullName: 'A', phones: [{ number: '0911222333' }] })).statusCode).toBe(201);
    const mine = (await a.request('POST', '/api/v1/people', { fullName: 'Của A' })).json().id;
    expect((await a.request('POST', '/api/v1/people/merge', { targetId: mine, sourceIds: [id] })).statusCode).toBe(404);
    expect((await a.request('PATCH', `/api/v1/people/${id}`, { fullName: 'Hacked' })).statusCode).toBe(404);
    expect((await b.request('GET', `/api/v1/people/${id}`)).json().fullName).toBe('Bí Mật Của Bê');
  });

  it("B's employee benefits cannot be read, given, changed or ended from A", async () => {
    const benefitId = (await b.request('POST', '/api/v1/benefits', { name: 'Bảo hiểm của B', kind: 'insurance', defaultAmount: 3_000_000 })).json().id;
    const employeeB = (await b.request('POST', '/api/v1/employees', { fullName: 'Nhân viên có phúc lợi', startDate: '2025-01-01' })).json().id;
    const assignmentId = (await b.request('POST', `/api/v1/employees/${employeeB}/benefits`, { benefitId, startDate: '2025-01-01' })).json().id;
    const employeeA = (await a.request('POST', '/api/v1/employees', { fullName: 'Nhân viên của A', startDate: '2025-01-01' })).json().id;
    for (const client of [a, aKey]) {
      expect((await client.request('GET', `/api/v1/employees/${employeeB}/benefits`)).statusCode).toBe(404);
      expect((await client.request('GET', `/api/v1/benefits/${benefitId}/holders`)).statusCode).toBe(404);
    }
    // Writes by A's owner (A's admin key may not change benefits at all: 403).
    for (const client of [a]) {
      expect((await client.request('PATCH', `/api/v1/employees/${employeeB}/benefits/${assignmentId}`, { notes: 'x' })).statusCode).toBe(404);
      expect((await client.request('POST', `/api/v1/employees/${employeeB}/benefits/${assignmentId}/end`, {})).statusCode).toBe(404);
      expect((await client.request('DELETE', `/api/v1/employees/${employeeB}/benefits/${assignmentId}`)).statusCode).toBe(404);
      // Nor through A's own employee: B's assignment and B's benefit are unknown there.
      expect((await client.request('PATCH', `/api/v1/employees/${employeeA}/benefits/${assignmentId}`, { notes: 'x' })).statusCode).toBe(404);
      const give = await client.request('POST', `/api/v1/employees/${employeeA}/benefits`, { benefitId, startDate: '2025-01-01' });
      expect(give.statusCode).toBe(400);
      expect(give.json().errors[0].path).toBe('benefitId');
    }
    const list = (await b.request('GET', `/api/v1/employees/${employeeB}/benefits`)).json().data;
    expect(list).toEqual([expect.objectContaining({ id: assignmentId, amount: 3_000_000, notes: null, endDate: null })]);
  });

  it('filters by entity id do not reach across workspaces', async () => {
    const keyId = await KINDS[0]!.create(b);
    const res = (await a.request('GET', `/api/v1/events?entityType=api_keys&entityId=${keyId}`)).json();
    expect(res.data).toEqual([]);
  });

  it('every table with a workspace_id has row-level security and a workspace policy', async () => {
    const rows = await t.database.query(`
      SELECT c.relname AS table, c.relrowsecurity AS rls,
             EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'workspace_isolation') AS policy
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r'
        AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'workspace_id' AND NOT a.attisdropped)`);
    expect(rows.rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows.rows) expect(row, String(row.table)).toMatchObject({ rls: true, policy: true });
  });

  it('inside a workspace transaction, raw SQL sees only that workspace and cannot write into another', async () => {
    const [wa, wb] = (await t.database.query(`SELECT id FROM workspaces WHERE name IN ('A','B') ORDER BY name`)).rows.map((r) => String(r.id));
    const seen = await t.database.inWorkspace({ workspaceId: wa!, actorUserId: null, actorApiKeyId: null, requestId: null }, (tx) =>
      tx.execute(sql`SELECT DISTINCT workspace_id FROM memberships UNION SELECT DISTINCT workspace_id FROM audit_events`),
    );
    expect((seen as { rows: { workspace_id: string }[] }).rows.map((r) => r.workspace_id)).toEqual([wa]);
    await expect(
      t.database.inWorkspace({ workspaceId: wa!, actorUserId: null, actorApiKeyId: null, requestId: null }, (tx) =>
        tx.execute(sql`INSERT INTO api_keys (workspace_id, name, role, prefix, key_hash) VALUES (${wb}, 'x', 'viewer', 'x', 'x')`),
      ),
    ).rejects.toSatisfy((e: Error) => /row-level security/.test(String((e.cause as Error | undefined)?.message ?? e.message)));
    // Outside any workspace scope, the app role sees nothing at all.
    const none = await t.database.system.transaction(async (tx) => {
      await tx.execute(sql`SELECT set_config('role', 'tandem_app', true)`);
      return tx.execute(sql`SELECT count(*)::int AS n FROM memberships`);
    });
    expect((none as { rows: { n: number }[] }).rows[0]?.n).toBe(0);
  });

  it('a workspace transaction carries its scope verbatim, rolls back on error and leaves its connection clean', async () => {
    const [wa] = (await t.database.query(`SELECT id FROM workspaces WHERE name = 'A'`)).rows.map((r) => String(r.id));
    const scope = { workspaceId: wa!, actorUserId: null, actorApiKeyId: null, requestId: "x'); SELECT set_config('role', 'postgres', true); --" };
    const settings = await t.database.inWorkspace(scope, (tx) =>
      tx.execute(sql`SELECT current_user AS role, current_setting('tandem.request_id') AS request_id, current_setting('tandem.workspace_id') AS workspace_id`),
    );
    expect((settings as { rows: unknown[] }).rows[0]).toEqual({ role: 'tandem_app', request_id: scope.requestId, workspace_id: wa });
    // A failing transaction writes nothing…
    const name = `rolled back ${Date.now()}`;
    await expect(
      t.database.inWorkspace(scope, async (tx) => {
        await tx.execute(sql`INSERT INTO people (workspace_id, full_name, customer_type) VALUES (${wa}, ${name}, 'consumer')`);
        throw new Error('the service failed');
      }),
    ).rejects.toThrow('the service failed');
    // …and the connections it used serve the next transactions normally, and the owner afterwards.
    const after = await Promise.all(
      Array.from({ length: 12 }, () => t.database.inWorkspace(scope, (tx) => tx.execute(sql`SELECT count(*)::int AS n FROM people WHERE full_name = ${name}`))),
    );
    expect(after.map((r) => (r as { rows: { n: number }[] }).rows[0]?.n)).toEqual(Array(12).fill(0));
    const owner = await t.database.system.execute(sql`SELECT current_user AS role, current_setting('tandem.workspace_id', true) AS workspace_id`);
    expect((owner as { rows: { role: string; workspace_id: string | null }[] }).rows[0]?.role).not.toBe('tandem_app');
    expect((owner as { rows: { role: string; workspace_id: string | null }[] }).rows[0]?.workspace_id ?? '').toBe('');
  });

  it('every view the app role may read carries the workspace condition itself (views bypass RLS)', async () => {
    const views = (
      await t.database.query(`
        SELECT c.relname AS name, pg_get_viewdef(c.oid) AS def FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'v' AND has_table_privilege('tandem_app', c.oid, 'SELECT')`)
    ).rows as { name: string; def: string }[];
    expect(views.map((v) => v.name)).toEqual(expect.arrayContaining(['people_search', 'organizations_search', 'search_words_visible', 'people_contact_keys', 'organizations_contact_keys', 'people_name_words']));
    const [wa] = (await t.database.query(`SELECT id FROM workspaces WHERE name = 'A'`)).rows.map((r) => String(r.id));
    expect((await a.request('POST', '/api/v1/people', { fullName: 'Người Của A' })).statusCode).toBe(201);
    expect((await b.request('POST', '/api/v1/people', { fullName: 'Người Của B' })).statusCode).toBe(201);
    for (const view of views) {
      expect(view.def, view.name).toMatch(/workspace_id\)?(::text)? = \(?tandem_workspace_id\(\)/);
      // Outside a workspace scope the view is empty; inside, it shows that workspace's rows only.
      const outside = await t.database.system.transaction(async (tx) => {
        await tx.execute(sql`SELECT set_config('role', 'tandem_app', true)`);
        return tx.execute(sql.raw(`SELECT count(*)::int AS n FROM ${view.name}`));
      });
      expect((outside as { rows: { n: number }[] }).rows[0]?.n, view.name).toBe(0);
    }
    const inside = await t.database.inWorkspace({ workspaceId: wa!, actorUserId: null, actorApiKeyId: null, requestId: null }, (tx) =>
      tx.execute(sql`SELECT DISTINCT p.workspace_id FROM people_search s JOIN people p ON p.id = s.id`),
    );
    expect((inside as { rows: { workspace_id: string }[] }).rows.map((r) => r.workspace_id)).toEqual([wa]);
    const words = await t.database.inWorkspace({ workspaceId: wa!, actorUserId: null, actorApiKeyId: null, requestId: null }, (tx) =>
      tx.execute(sql`SELECT DISTINCT p.workspace_id FROM people_name_words w JOIN people p ON p.id = w.person_id`),
    );
    expect((words as { rows: { workspace_id: string }[] }).rows.map((r) => r.workspace_id)).toEqual([wa]);
    // Without the join through people (itself under row-level security): the view's own rows are A's, all of them.
    const seen = await t.database.inWorkspace({ workspaceId: wa!, actorUserId: null, actorApiKeyId: null, requestId: null }, (tx) =>
      tx.execute(sql`SELECT DISTINCT person_id FROM people_name_words ORDER BY person_id`),
    );
    const owned = await t.database.query(`SELECT DISTINCT workspace_id, person_id FROM person_name_words ORDER BY person_id`);
    const ofA = owned.rows.filter((r) => r.workspace_id === wa).map((r) => r.person_id);
    expect(ofA.length).toBeGreaterThan(0);
    expect(owned.rows.length).toBeGreaterThan(ofA.length);
    expect((seen as { rows: { person_id: string }[] }).rows.map((r) => r.person_id)).toEqual(ofA);
  });
});
