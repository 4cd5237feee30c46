import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/database';
import { buildMember, buildTestApp, buildWorkspace, signIn, type Client, type TestApp, type TestWorkspace } from '../../test/harness';
import { startTestSmtp, type TestSmtp } from '../../test/smtp';
import { dispatchEmails } from '../email/email.dispatch';
import { distributeSurveys } from './distribution.service';

const SMTP_PASSWORD = 'mật-khẩu SMTP';

describe('survey distribution by e-mail, reminders, triggers, contact-frequency limit', { timeout: 180_000 }, () => {
  let t: TestApp;
  let ws: TestWorkspace;
  let owner: Client;
  let smtp: TestSmtp;

  const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(t.database.system, query);
  const survey = async (body: Record<string, unknown>) => {
    const res = await owner.request('POST', '/api/v1/surveys', body);
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json() as { id: string };
    expect((await owner.request('PATCH', `/api/v1/surveys/${s.id}`, { status: 'active' })).statusCode).toBe(200);
    return s.id;
  };
  /** Run the minute job once (distribution, then the e-mail dispatcher) and return the mails that arrived. */
  const minute = async () => {
    const before = smtp.received.length;
    const result = await distributeSurveys(t.database);
    await dispatchEmails(t.database);
    return { ...result, mails: smtp.received.slice(before) };
  };
  const linkIn = (text: string) => {
    const m = /https?:\/\/\S+\/s\/([A-Za-z0-9_-]{16,64})(?=\s|$)/.exec(text);
    expect(m, text).not.toBeNull();
    return `/s/${m![1]}`;
  };
  const sends = (surveyId: string) => rows<{ person_id: string | null; employee_id: string | null; status: string; reminder_sent_at: Date | null; context_id: string | null }>(sql`SELECT * FROM survey_sends WHERE survey_id = ${surveyId} ORDER BY created_at, id`);
  const person = async (fullName: string, email: string | null, consent: boolean) =>
    (
      await owner.request('POST', '/api/v1/people', {
        fullName,
        emails: email ? [{ address: email }] : [],
        consents: consent ? [{ channel: 'email', status: 'given', method: 'form', evidence: 'Biểu mẫu đăng ký' }] : [],
      })
    ).json().id as string;

  beforeAll(async () => {
    t = await buildTestApp({ PUBLIC_URL: 'https://crm.tandem.example' });
    ws = await buildWorkspace(t.database);
    owner = await signIn(t.app, ws.owner.email, ws.owner.password);
    smtp = await startTestSmtp('tandem', SMTP_PASSWORD);
    const saved = await owner.request('PUT', '/api/v1/email/settings', {
      smtpHost: '127.0.0.1',
      smtpPort: smtp.port,
      smtpSecurity: 'none',
      smtpUser: 'tandem',
      smtpPassword: SMTP_PASSWORD,
      fromAddress: 'cskh@tandem.example',
      fromName: 'CSKH Tandem',
    });
    expect(saved.statusCode, saved.body).toBe(200);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('a campaign reaches a real SMTP server with a working one-time link; consent, address and the frequency limit are honored', async () => {
    // D was surveyed by another campaign 3 days ago.
    const d = await person('Đỗ Đã Được Hỏi', 'd@example.vn', true);
    const earlier = await survey({ name: 'Khảo sát cũ', template: 'post_purchase_csat' });
    expect((await owner.request('POST', `/api/v1/surveys/${earlier}/send`, { reminderAfterDays: null })).statusCode).toBe(202);
    expect((await minute()).sent).toBe(1);
    await t.database.system.execute(sql`UPDATE survey_sends SET created_at = now() - interval '3 days', sent_at = now() - interval '3 days' WHERE survey_id = ${earlier}`);

    const a = await person('Nguyễn Văn An', 'an@example.vn', true);
    const b = await person('Trần Thị Bình', 'binh@example.vn', false);
    const c = await person('Lê Văn Chưa Có Thư', null, true);
    const nps = await survey({ name: 'NPS cuối năm', template: 'customer_nps' });
    const res = await owner.request('POST', `/api/v1/surveys/${nps}/send`, { reminderAfterDays: 3 });
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toMatchObject({ surveyId: nps, kind: 'campaign', status: 'sending', reminderAfterDays: 3, counts: { queued: 1, skipped_consent: 1, skipped_no_email: 1, skipped_frequency: 1 } });
    const byPerson = Object.fromEntries((await sends(nps)).map((s) => [s.person_id, s.status]));
    expect(byPerson).toEqual({ [a]: 'queued', [b]: 'skipped_consent', [c]: 'skipped_no_email', [d]: 'skipped_frequency' });

    const { mails } = await minute();
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.envelopeTo).toEqual(['an@example.vn']);
    expect(mail.mail.subject).toBe('Mời anh/chị góp ý — NPS cuối năm');
    expect(mail.mail.text).toContain('Kính gửi Nguyễn Văn An');
    expect(mail.mail.text).toContain('https://crm.tandem.example/s/');
    const link = linkIn(mail.mail.text!);
    const page = await t.app.inject({ method: 'GET', url: link });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('NPS cuối năm');
    const answer = await t.app.inject({ method: 'POST', url: link, payload: { answers: { recommend: 4, improve: 'Giao hàng chậm quá' } } });
    expect(answer.statusCode, answer.body).toBe(201);
    expect((await t.app.inject({ method: 'POST', url: link, payload: { answers: { recommend: 10 } } })).statusCode).toBe(409);
    // The detractor is in the inbox with a follow-up task.
    const items = (await owner.request('GET', `/api/v1/feedback?personId=${a}`)).json().data;
    expect(items).toEqual([expect.objectContaining({ text: 'Giao hàng chậm quá', score: 4, metric: 'nps', sentiment: 'negative', followup: expect.objectContaining({ taskStatus: 'open' }) })]);
    const campaigns = (await owner.request('GET', `/api/v1/surveys/${nps}/campaigns`)).json().data;
    expect(campaigns[0]).toMatchObject({ status: 'done', counts: { sent: 1, skipped_consent: 1, skipped_no_email: 1, skipped_frequency: 1 } });
    // Nothing is left to send; a second campaign does not ask those who answered.
    expect((await minute()).mails).toHaveLength(0);
    expect((await owner.request('POST', `/api/v1/surveys/${nps}/send`, {})).json().counts).toEqual({ skipped_consent: 1, skipped_no_email: 1, skipped_frequency: 1 });
  });

  it('throttles per workspace and reminds non-responders once, with a fresh link', async () => {
    expect((await owner.request('PATCH', '/api/v1/survey-distribution/settings', { sendsPerMinute: 2, contactFrequencyDays: 0 })).json()).toEqual({ sendsPerMinute: 2, contactFrequencyDays: 0 });
    const dept = (await owner.request('POST', '/api/v1/departments', { name: 'Kho vận' })).json().id;
    for (const [i, name] of ['Phạm Kho Một', 'Phạm Kho Hai', 'Phạm Kho Ba'].entries())
      await owner.request('POST', '/api/v1/employees', { fullName: name, departmentId: dept, startDate: '2024-01-01', email: `kho${i + 1}@tandem.example` });
    const pulse = await survey({ name: 'Nhịp đập kho vận', template: 'employee_enps', audience: { type: 'employees', departmentId: dept } });
    expect((await owner.request('POST', `/api/v1/surveys/${pulse}/send`, { reminderAfterDays: 2 })).json().counts).toEqual({ queued: 3 });
    const first = await minute();
    expect(first.mails.map((m) => m.envelopeTo[0]).sort()).toHaveLength(2);
    expect((await sends(pulse)).filter((s) => s.status === 'queued')).toHaveLength(1);
    const second = await minute();
    expect(second.mails).toHaveLength(1);
    const all = [...first.mails, ...second.mails];
    expect(all.map((m) => m.envelopeTo[0]).sort()).toEqual(['kho1@tandem.example', 'kho2@tandem.example', 'kho3@tandem.example']);
    expect(all[0]!.mail.text).toContain('ẩn danh');
    // kho1 answers; two days later the two others are reminded, once.
    const k1 = all.find((m) => m.envelopeTo[0] === 'kho1@tandem.example')!;
    const k2 = all.find((m) => m.envelopeTo[0] === 'kho2@tandem.example')!;
    expect((await t.app.inject({ method: 'POST', url: linkIn(k1.mail.text!), payload: { answers: { recommend: 9 } } })).statusCode).toBe(201);
    expect((await minute()).mails).toHaveLength(0); // not yet due
    await t.database.system.execute(sql`UPDATE survey_sends SET sent_at = now() - interval '2 days 1 minute' WHERE survey_id = ${pulse}`);
    const reminders = [...(await minute()).mails, ...(await minute()).mails];
    expect(reminders.map((m) => m.envelopeTo[0]).sort()).toEqual(['kho2@tandem.example', 'kho3@tandem.example']);
    expect(reminders[0]!.mail.subject).toBe('Nhắc lại: mời anh/chị góp ý — Nhịp đập kho vận');
    // The reminder carries a fresh link; the first one no longer works.
    const r2 = reminders.find((m) => m.envelopeTo[0] === 'kho2@tandem.example')!;
    expect((await t.app.inject({ method: 'GET', url: linkIn(k2.mail.text!) })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: linkIn(r2.mail.text!) })).statusCode).toBe(200);
    expect((await minute()).mails).toHaveLength(0);
    await owner.request('PATCH', '/api/v1/survey-distribution/settings', { sendsPerMinute: 60, contactFrequencyDays: 30 });
  });

  it('a resolved internal request sends the internal CSAT survey to the requester; a bad rating goes to the department head', async () => {
    const head = await buildMember(t.database, ws.workspaceId, 'manager');
    const itDept = (await owner.request('POST', '/api/v1/departments', { name: 'Công nghệ thông tin' })).json().id;
    const headEmp = (await owner.request('POST', '/api/v1/employees', { fullName: 'Trưởng Phòng IT', departmentId: itDept, startDate: '2020-01-01', userId: head.userId })).json().id;
    await owner.request('PATCH', `/api/v1/departments/${itDept}`, { headEmployeeId: headEmp });
    const requester = (await owner.request('POST', '/api/v1/employees', { fullName: 'Võ Thị Yêu Cầu', startDate: '2023-01-01', email: 'yeucau@tandem.example' })).json().id;
    const service = (await owner.request('POST', '/api/v1/services', { departmentId: itDept, name: 'Cấp lại mật khẩu', firstResponseMinutes: 60, resolutionMinutes: 240 })).json().id;
    const csat = await survey({ name: 'Hài lòng dịch vụ IT', template: 'internal_service_csat' });
    const bad = await owner.request('PUT', `/api/v1/surveys/${csat}/triggers`, { triggers: [{ event: 'task_done' }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('triggers.0.event');
    const set = await owner.request('PUT', `/api/v1/surveys/${csat}/triggers`, { triggers: [{ event: 'internal_request_resolved', delayMinutes: 0 }] });
    expect(set.json().triggers).toEqual([expect.objectContaining({ event: 'internal_request_resolved', delayMinutes: 0, active: true })]);

    const request = async (title: string) => {
      const r = (await owner.request('POST', '/api/v1/internal-requests', { serviceId: service, title, requesterEmployeeId: requester })).json();
      expect((await owner.request('PATCH', `/api/v1/internal-requests/${r.id}`, { status: 'resolved' })).statusCode).toBe(200);
      return r.id as string;
    };
    const first = await request('Quên mật khẩu e-mail');
    expect(await sends(csat)).toEqual([expect.objectContaining({ employee_id: requester, status: 'queued', context_id: first })]);
    const { mails } = await minute();
    expect(mails.map((m) => m.envelopeTo[0])).toEqual(['yeucau@tandem.example']);
    // A second request resolved the same week: the contact-frequency limit (30 days) holds it back.
    await request('Quên mật khẩu VPN');
    expect((await sends(csat)).map((s) => s.status)).toEqual(['sent', 'skipped_frequency']);
    const answered = await t.app.inject({ method: 'POST', url: linkIn(mails[0]!.mail.text!), payload: { answers: { satisfaction: 1, comment: 'Chờ cả ngày mới được cấp lại' } } });
    expect(answered.statusCode, answered.body).toBe(201);
    const [task] = await rows<{ assignee_user_id: string }>(sql`SELECT t.assignee_user_id FROM tasks t JOIN feedback_followups f ON f.task_id = t.id WHERE f.survey_id = ${csat}`);
    expect(task?.assignee_user_id).toBe(head.userId);
  });

  it('a customer survey can follow a task done or an interaction logged', async () => {
    const p = await person('Hồ Thị Vừa Được Gọi', 'vuaduocgoi@example.vn', true);
    const ces = await survey({ name: 'Mức dễ dàng khi liên hệ', template: 'support_ces' });
    await owner.request('PUT', `/api/v1/surveys/${ces}/triggers`, { triggers: [{ event: 'interaction_logged', delayMinutes: 60 }, { event: 'task_done' }] });
    await owner.request('POST', '/api/v1/interactions', { kind: 'note', summary: 'Ghi chú nội bộ', personId: p });
    expect(await sends(ces)).toHaveLength(0);
    await owner.request('POST', '/api/v1/interactions', { kind: 'call', direction: 'inbound', summary: 'Khách hỏi bảo hành', personId: p });
    const queued = await rows<{ scheduled_at: Date }>(sql`SELECT scheduled_at FROM survey_sends WHERE survey_id = ${ces}`);
    expect(queued).toHaveLength(1);
    expect(new Date(queued[0]!.scheduled_at).getTime()).toBeGreaterThan(Date.now() + 55 * 60_000);
    expect((await minute()).mails).toHaveLength(0); // not before the delay
    const taskId = (await owner.request('POST', '/api/v1/tasks', { title: 'Gửi phiếu bảo hành', personId: p })).json().id;
    await owner.request('PATCH', `/api/v1/tasks/${taskId}`, { status: 'done' });
    expect((await sends(ces)).map((s) => s.status)).toEqual(['queued', 'skipped_frequency']);
  });

  it('permissions and validation', async () => {
    const staff = await buildMember(t.database, ws.workspaceId, 'staff');
    const s = await signIn(t.app, staff.email, staff.password);
    const draft = (await owner.request('POST', '/api/v1/surveys', { name: 'Nháp', template: 'customer_nps' })).json().id;
    expect((await owner.request('POST', `/api/v1/surveys/${draft}/send`, {})).statusCode).toBe(422);
    const active = await survey({ name: 'Đang mở', template: 'customer_nps' });
    expect((await s.request('POST', `/api/v1/surveys/${active}/send`, {})).statusCode).toBe(403);
    expect((await s.request('PATCH', '/api/v1/survey-distribution/settings', { sendsPerMinute: 5 })).statusCode).toBe(403);
    expect((await s.request('GET', '/api/v1/survey-distribution/settings')).statusCode).toBe(200);
    expect((await owner.request('PATCH', '/api/v1/survey-distribution/settings', { sendsPerMinute: 0 })).statusCode).toBe(400);
    expect((await owner.request('POST', `/api/v1/surveys/${active}/send`, { reminderAfterDays: 0 })).statusCode).toBe(400);
    expect((await owner.request('POST', `/api/v1/surveys/01900000-0000-7000-8000-000000000000/send`, {})).statusCode).toBe(404);
    const other = await buildWorkspace(t.database);
    const o = await signIn(t.app, other.owner.email, other.owner.password);
    expect((await o.request('POST', `/api/v1/surveys/${active}/send`, {})).statusCode).toBe(404);
    expect((await o.request('GET', `/api/v1/surveys/${active}/campaigns`)).statusCode).toBe(404);
  });
});
