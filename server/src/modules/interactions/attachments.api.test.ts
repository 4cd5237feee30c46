import { MAX_INTERACTION_FILE_BYTES } from '@tandem/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildTestApp, buildWorkspace, signIn, type Client, type TestApp, type TestWorkspace } from '../../test/harness';

/** A multipart/form-data body with one file part (the file name sent as UTF-8, as browsers do). */
function multipart(file: { name: string; type: string; content: Buffer }, fieldName = 'file') {
  const boundary = '----tandem-attachment-boundary';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${fieldName}"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`, 'utf8'),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('interaction attachments', () => {
  let t: TestApp;
  let ws: TestWorkspace;
  let owner: Client;

  beforeAll(async () => {
    t = await buildTestApp();
    ws = await buildWorkspace(t.database);
    owner = await signIn(t.app, ws.owner.email, ws.owner.password);
  });
  afterAll(() => t.close());

  const upload = (client: Client | { apiKey: string }, interactionId: string, file: { name: string; type: string; content: Buffer }, fieldName?: string) => {
    const body = multipart(file, fieldName);
    const auth = 'apiKey' in client ? { authorization: `Bearer ${client.apiKey}` } : {};
    return t.app.inject({ method: 'POST', url: `/api/v1/interactions/${interactionId}/attachments`, headers: { ...body.headers, ...auth, ...('apiKey' in client ? {} : { 'x-csrf-token': client.csrfToken }) }, cookies: 'apiKey' in client ? {} : cookies(client), payload: body.payload });
  };
  // The harness client keeps its cookie private: sign in once more for the raw multipart requests.
  const sessions = new Map<Client, string>();
  const cookies = (client: Client) => ({ tandem_session: sessions.get(client)! });
  async function signInRaw(email: string, password: string): Promise<Client> {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password } });
    const client = await signIn(t.app, email, password);
    const raw: Client = { csrfToken: res.json().csrfToken, request: client.request };
    sessions.set(raw, res.cookies.find((c) => c.name === 'tandem_session')!.value);
    return raw;
  }

  async function logCall(client: Client) {
    const person = (await client.request('POST', '/api/v1/people', { fullName: 'Nguyễn Thị Đính Kèm' })).json();
    const res = await client.request('POST', '/api/v1/interactions', {
      kind: 'call',
      channel: 'hotline',
      direction: 'outbound',
      durationSeconds: 95,
      outcome: 'answered',
      summary: 'Gửi báo giá',
      personId: person.id,
      attachments: [{ name: 'Ghi âm tổng đài', url: 'https://callcenter.example.vn/rec/123.mp3' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; personId: string };
  }

  it('uploads and downloads a file with a Vietnamese name; links from webhooks stay; the list shows both', async () => {
    const me = await signInRaw(ws.owner.email, ws.owner.password);
    const call = await logCall(me);
    const name = 'Báo giá đợt 1 – Công ty Đông Á.pdf';
    const pdf = Buffer.from('%PDF-1.4\n% Báo giá\n');
    const up = await upload(me, call.id, { name, type: 'application/pdf', content: pdf });
    expect(up.statusCode, up.body).toBe(201);
    const attachments = up.json().attachments as { id?: string; name: string; url: string; contentType?: string; size?: number }[];
    expect(attachments).toHaveLength(2);
    expect(attachments[0]).toEqual({ name: 'Ghi âm tổng đài', url: 'https://callcenter.example.vn/rec/123.mp3' });
    const stored = attachments[1]!;
    expect(stored).toMatchObject({ name, contentType: 'application/pdf', size: pdf.length, url: `/api/v1/interactions/${call.id}/attachments/${stored.id}` });

    const file = await owner.request('GET', stored.url);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(pdf)).toBe(true);
    const disposition = String(file.headers['content-disposition']);
    expect(disposition).toContain('attachment; filename="Bao gia dot 1 _ Cong ty Dong A.pdf"');
    const encoded = /filename\*=UTF-8''(.+)$/.exec(disposition)![1]!;
    expect(decodeURIComponent(encoded)).toBe(name);
    expect(file.headers['x-content-type-options']).toBe('nosniff');

    const listed = (await owner.request('GET', `/api/v1/interactions?personId=${call.personId}`)).json().data;
    expect(listed[0].attachments.map((a: { name: string }) => a.name)).toEqual(['Ghi âm tổng đài', name]);
    expect((await owner.request('GET', `/api/v1/interactions/${call.id}`)).json().attachments).toHaveLength(2);
  });

  it('lists the interactions with an employee', async () => {
    const employee = (await owner.request('POST', '/api/v1/employees', { fullName: 'Phan Văn Nhân Viên', startDate: '2024-01-01' })).json();
    const note = await owner.request('POST', '/api/v1/interactions', { kind: 'meeting', summary: 'Trao đổi kế hoạch quý', employeeId: employee.id });
    expect(note.statusCode, note.body).toBe(201);
    await logCall(owner);
    const listed = (await owner.request('GET', `/api/v1/interactions?employeeId=${employee.id}`)).json().data;
    expect(listed.map((i: { id: string }) => i.id)).toEqual([note.json().id]);
  });

  it('an API key (call center) attaches a recording', async () => {
    const call = await logCall(owner);
    const up = await upload({ apiKey: ws.apiKey }, call.id, { name: 'cuoc-goi.mp3', type: 'audio/mpeg', content: Buffer.from('ID3fake-mp3') });
    expect(up.statusCode, up.body).toBe(201);
    expect(up.json().attachments[1]).toMatchObject({ name: 'cuoc-goi.mp3', contentType: 'audio/mpeg' });
  });

  it('refuses a file over the limit (413), no file (400) and a program (415) as problem+json, and keeps nothing', async () => {
    const me = await signInRaw(ws.owner.email, ws.owner.password);
    const call = await logCall(me);
    const big = await upload(me, call.id, { name: 'quá-lớn.pdf', type: 'application/pdf', content: Buffer.alloc(MAX_INTERACTION_FILE_BYTES + 1, 0x41) });
    expect(big.statusCode).toBe(413);
    expect(big.headers['content-type']).toContain('application/problem+json');
    expect(big.json()).toMatchObject({ code: 'payload_too_large', errors: [{ path: 'file' }] });

    const empty = await upload(me, call.id, { name: 'rong.pdf', type: 'application/pdf', content: Buffer.alloc(0) });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].path).toBe('file');
    const wrongPart = await upload(me, call.id, { name: 'a.pdf', type: 'application/pdf', content: Buffer.from('%PDF') }, 'document');
    expect(wrongPart.statusCode).toBe(400);

    const exe = await upload(me, call.id, { name: 'virus.exe', type: 'application/x-msdownload', content: Buffer.from('MZ') });
    expect(exe.statusCode).toBe(415);
    expect(exe.headers['content-type']).toContain('application/problem+json');

    const json = await me.request('POST', `/api/v1/interactions/${call.id}/attachments`, { name: 'a', url: 'https://x.vn' });
    expect(json.statusCode).toBe(415);
    expect((await owner.request('GET', `/api/v1/interactions/${call.id}`)).json().attachments).toHaveLength(1);
  });

  it('another workspace sees 404 for the interaction and its files; a viewer downloads but cannot upload', async () => {
    const me = await signInRaw(ws.owner.email, ws.owner.password);
    const call = await logCall(me);
    const up = await upload(me, call.id, { name: 'hợp-đồng.txt', type: 'text/plain', content: Buffer.from('Hợp đồng') });
    const fileUrl = up.json().attachments[1].url as string;

    const other = await buildWorkspace(t.database);
    const stranger = await signInRaw(other.owner.email, other.owner.password);
    const got = await stranger.request('GET', fileUrl);
    expect(got.statusCode).toBe(404);
    expect(got.headers['content-type']).toContain('application/problem+json');
    expect((await stranger.request('GET', `/api/v1/interactions/${call.id}`)).statusCode).toBe(404);
    const into = await upload(stranger, call.id, { name: 'x.txt', type: 'text/plain', content: Buffer.from('x') });
    expect(into.statusCode).toBe(404);
    // A file id of this workspace under another interaction's id is not found either.
    const call2 = await logCall(me);
    expect((await owner.request('GET', `/api/v1/interactions/${call2.id}/attachments/${up.json().attachments[1].id}`)).statusCode).toBe(404);

    const viewerUser = await buildMember(t.database, ws.workspaceId, 'viewer');
    const viewer = await signInRaw(viewerUser.email, viewerUser.password);
    const denied = await upload(viewer, call.id, { name: 'x.txt', type: 'text/plain', content: Buffer.from('x') });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().code).toBe('forbidden');
    const read = await viewer.request('GET', fileUrl);
    expect(read.statusCode).toBe(200);
    expect(read.body).toBe('Hợp đồng');
    expect((await owner.request('GET', `/api/v1/interactions/${call.id}`)).json().attachments).toHaveLength(2);

    // Removing: not by a viewer or another workspace; by a member who logs interactions, once.
    const fileId = up.json().attachments[1].id as string;
    expect((await viewer.request('DELETE', fileUrl)).statusCode).toBe(403);
    expect((await stranger.request('DELETE', fileUrl)).statusCode).toBe(404);
    expect((await owner.request('DELETE', `/api/v1/interactions/${call2.id}/attachments/${fileId}`)).statusCode).toBe(404);
    expect((await owner.request('DELETE', fileUrl)).statusCode).toBe(204);
    expect((await owner.request('DELETE', fileUrl)).statusCode).toBe(404);
    expect((await owner.request('GET', fileUrl)).statusCode).toBe(404);
    expect((await owner.request('GET', `/api/v1/interactions/${call.id}`)).json().attachments).toHaveLength(1);
  });
});
