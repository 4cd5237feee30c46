import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildTestApp, buildWorkspace, signIn, type TestApp, type TestWorkspace } from '../../test/harness';

/** A multipart/form-data body with text fields and one file. */
function multipart(fields: Record<string, string>, file: { name: string; type: string; content: Buffer }) {
  const boundary = '----tandem-test-boundary';
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`), file.content, Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('HR documents', () => {
  let t: TestApp;
  let ws: TestWorkspace;
  beforeAll(async () => {
    t = await buildTestApp();
    ws = await buildWorkspace(t.database);
  });
  afterAll(() => t.close());

  it('HR uploads and downloads; everyone else gets 403', async () => {
    const hrUser = await buildMember(t.database, ws.workspaceId, 'hr');
    const hrLogin = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: hrUser.email, password: hrUser.password } });
    const cookie = hrLogin.cookies.find((c) => c.name === 'tandem_session')!.value;
    const csrf = hrLogin.json().csrfToken;
    const hr = await signIn(t.app, hrUser.email, hrUser.password);
    const employee = (await hr.request('POST', '/api/v1/employees', { fullName: 'Hồ Sơ Nhân Viên', startDate: '2024-01-01' })).json();
    const pdf = Buffer.from('%PDF-1.4\n% Hợp đồng lao động\n');
    const body = multipart({ title: 'Hợp đồng lao động 2024', kind: 'contract' }, { name: 'hop-dong.pdf', type: 'application/pdf', content: pdf });
    const up = await t.app.inject({ method: 'POST', url: `/api/v1/employees/${employee.id}/documents`, cookies: { tandem_session: cookie }, headers: { ...body.headers, 'x-csrf-token': csrf }, payload: body.payload });
    expect(up.statusCode, up.body).toBe(201);
    expect(up.json()).toMatchObject({ title: 'Hợp đồng lao động 2024', fileName: 'hop-dong.pdf', size: pdf.length });
    const list = (await hr.request('GET', `/api/v1/employees/${employee.id}/documents`)).json().data;
    expect(list).toHaveLength(1);
    const file = await hr.request('GET', `/api/v1/employees/${employee.id}/documents/${up.json().id}/file`);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(pdf)).toBe(true);

    const exe = multipart({}, { name: 'virus.exe', type: 'application/x-msdownload', content: Buffer.from('MZ') });
    const bad = await t.app.inject({ method: 'POST', url: `/api/v1/employees/${employee.id}/documents`, cookies: { tandem_session: cookie }, headers: { ...exe.headers, 'x-csrf-token': csrf }, payload: exe.payload });
    expect(bad.statusCode).toBe(415);

    const manager = await buildMember(t.database, ws.workspaceId, 'manager');
    const m = await signIn(t.app, manager.email, manager.password);
    expect((await m.request('GET', `/api/v1/employees/${employee.id}/documents`)).statusCode).toBe(403);
    expect((await m.request('GET', `/api/v1/employees/${employee.id}/documents/${up.json().id}/file`)).statusCode).toBe(403);
    const events = (await m.request('GET', '/api/v1/events?limit=200')).json().data;
    expect(events.map((e: { entityType: string }) => e.entityType)).not.toContain('employee_documents');
  });
});
