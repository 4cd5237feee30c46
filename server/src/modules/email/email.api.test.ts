import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildTestApp, buildWorkspace, signIn, type Client, type TestApp, type TestWorkspace } from '../../test/harness';
import { startTestSmtp, type TestSmtp } from '../../test/smtp';
import { dispatchEmails } from './email.dispatch';
import { renderTemplate } from './email-render';
import { queueEmail } from './email.service';

const SMTP_PASSWORD = 'mật-khẩu SMTP';

describe('email', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let ws: TestWorkspace;
  let owner: Client;

  const settings = (port: number, extra: Record<string, unknown> = {}) => ({
    smtpHost: '127.0.0.1',
    smtpPort: port,
    smtpSecurity: 'none',
    smtpUser: 'tandem',
    smtpPassword: SMTP_PASSWORD,
    fromAddress: 'cskh@tandem.example.vn',
    fromName: 'CSKH Tandem',
    replyTo: 'hotro@tandem.example.vn',
    ...extra,
  });
  const person = async (c: Client, fullName: string, email: string | null) =>
    (await c.request('POST', '/api/v1/people', { fullName, ...(email ? { emails: [{ address: email }] } : {}) })).json() as { id: string };
  const message = async (c: Client, id: string) => (await c.request('GET', `/api/v1/email/messages/${id}`)).json();
  /** Make every waiting retry due now (instead of waiting for its backoff). */
  const makeDue = () => t.database.query(`UPDATE email_messages SET next_attempt_at = now() WHERE status = 'queued'`);

  beforeAll(async () => {
    t = await buildTestApp();
    smtp = await startTestSmtp('tandem', SMTP_PASSWORD);
    ws = await buildWorkspace(t.database);
    owner = await signIn(t.app, ws.owner.email, ws.owner.password);
    const saved = await owner.request('PUT', '/api/v1/email/settings', settings(smtp.port));
    expect(saved.statusCode, saved.body).toBe(200);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('keeps the SMTP password write-only: never in responses nor in the audit trail; only admins configure', async () => {
    const got = await owner.request('GET', '/api/v1/email/settings');
    expect(got.json()).toMatchObject({ configured: true, smtpHost: '127.0.0.1', smtpUser: 'tandem', passwordSet: true, fromName: 'CSKH Tandem' });
    expect(got.body).not.toContain(SMTP_PASSWORD);
    // Saving again without a password keeps it.
    const again = await owner.request('PUT', '/api/v1/email/settings', { ...settings(smtp.port), smtpPassword: undefined, fromName: 'Chăm sóc khách hàng' });
    expect(again.json()).toMatchObject({ passwordSet: true, fromName: 'Chăm sóc khách hàng' });
    const events = await owner.request('GET', '/api/v1/events?entityType=email_settings&limit=50');
    expect(events.statusCode, events.body).toBe(200);
    expect(events.json().data.length).toBeGreaterThan(0);
    expect(events.body).not.toContain(SMTP_PASSWORD);
    const raw = await t.database.query(`SELECT count(*)::int AS n FROM audit_events WHERE entity_type = 'email_settings' AND (before::text LIKE '%smtp_password%' OR after::text LIKE '%smtp_password%')`);
    expect(raw.rows[0]!.n).toBe(0);
    // The test action really talks to the server.
    const test = await owner.request('POST', '/api/v1/email/settings/test', { to: 'admin@tandem.example.vn' });
    expect(test.statusCode, test.body).toBe(200);
    expect(smtp.received.at(-1)!.mail.subject).toBe('Tandem: thư thử cấu hình SMTP');
    expect(smtp.received.at(-1)!.user).toBe('tandem');
    const staff = await buildMember(t.database, ws.workspaceId, 'staff');
    const s = await signIn(t.app, staff.email, staff.password);
    expect((await s.request('GET', '/api/v1/email/settings')).statusCode).toBe(403);
    expect((await s.request('PUT', '/api/v1/email/settings', settings(smtp.port))).statusCode).toBe(403);
    const bad = await owner.request('PUT', '/api/v1/email/settings', { ...settings(smtp.port), smtpPort: 70000 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('smtpPort');
  });

  it('delivers over real SMTP: person, Vietnamese UTF-8 subject and body, escaped HTML, reply-to; on the timeline as sent', async () => {
    const an = await person(owner, 'Nguyễn Văn An', 'an.nguyen@example.vn');
    const sent = await owner.request('POST', '/api/v1/email/send', {
      personIds: [an.id],
      subject: 'Chào {{firstName}}, cảm ơn anh đã mua {{product}}',
      text: 'Kính gửi anh {{name}},\n\nCảm ơn anh đã mua {{product}} tại {{workspace}}.\nTrân trọng.',
      variables: { product: 'Sữa đậu nành <Fami> & "Vinasoy"' },
      purpose: 'transactional',
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const [m] = sent.json().data;
    expect(m).toMatchObject({ status: 'queued', personId: an.id, toAddress: 'an.nguyen@example.vn', toName: 'Nguyễn Văn An', attempts: 0 });
    const before = smtp.received.length;
    expect(await dispatchEmails(t.database)).toMatchObject({ sent: 1 });
    expect(smtp.received.length).toBe(before + 1);
    const got = smtp.received.at(-1)!;
    expect(got.envelopeTo).toEqual(['an.nguyen@example.vn']);
    expect(got.mail.subject).toBe('Chào An, cảm ơn anh đã mua Sữa đậu nành <Fami> & "Vinasoy"');
    expect(got.mail.text).toContain('Kính gửi anh Nguyễn Văn An,');
    expect(got.mail.text).toContain('Sữa đậu nành <Fami> & "Vinasoy"');
    expect(got.mail.html).toContain('Sữa đậu nành &lt;Fami&gt; &amp; &quot;Vinasoy&quot;');
    expect(got.mail.html).not.toContain('<Fami>');
    expect(got.mail.from?.value[0]).toMatchObject({ address: 'cskh@tandem.example.vn' });
    expect(got.mail.replyTo?.value[0]?.address).toBe('hotro@tandem.example.vn');
    expect(got.mail.headers.get('x-tandem-message-id')).toBe(m.id);
    // The audit trail has the message's changes, not its texts.
    const audit = await t.database.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE coalesce(after, before)::text LIKE '%Kính gửi%')::int AS texts FROM audit_events WHERE entity_type = 'email_messages' AND entity_id = $1`,
      [m.id],
    );
    expect(audit.rows[0]).toMatchObject({ texts: 0 });
    expect(audit.rows[0]!.n).toBeGreaterThanOrEqual(2);
    const after = await message(owner, m.id);
    expect(after).toMatchObject({ status: 'sent', attempts: 1, lastError: null, providerMessageId: expect.any(String), sentAt: expect.any(String) });
    const timeline = (await owner.request('GET', `/api/v1/timeline?personId=${an.id}&kinds=email`)).json().data;
    expect(timeline).toEqual([expect.objectContaining({ kind: 'email', id: m.id, title: 'Chào An, cảm ơn anh đã mua Sữa đậu nành <Fami> & "Vinasoy"', data: expect.objectContaining({ status: 'sent' }) })]);
  });

  it('never sends marketing e-mail without consent in force: blocked with the reason, re-checked before sending', async () => {
    const binh = await person(owner, 'Trần Thị Bình', 'binh.tran@example.vn');
    const mail = { personIds: [binh.id], subject: 'Khuyến mãi tháng 12', text: 'Giảm 20% cho {{firstName}}', purpose: 'marketing' };
    const before = smtp.received.length;
    const blocked = (await owner.request('POST', '/api/v1/email/send', mail)).json().data[0];
    expect(blocked).toMatchObject({ status: 'blocked', blockedReason: 'no_consent' });
    // Transactional mail to the same person is fine.
    expect((await owner.request('POST', '/api/v1/email/send', { ...mail, purpose: 'transactional' })).json().data[0].status).toBe('queued');
    await owner.request('POST', `/api/v1/people/${binh.id}/consents`, { channel: 'email', status: 'given', method: 'form', evidence: 'https://example.vn/dang-ky' });
    const allowed = (await owner.request('POST', '/api/v1/email/send', mail)).json().data[0];
    expect(allowed).toMatchObject({ status: 'queued', blockedReason: null });
    // Withdrawn between queueing and sending: the job blocks it.
    await owner.request('POST', `/api/v1/people/${binh.id}/consents`, { channel: 'email', status: 'withdrawn', method: 'email' });
    await dispatchEmails(t.database);
    expect(await message(owner, allowed.id)).toMatchObject({ status: 'blocked', blockedReason: 'consent_withdrawn' });
    expect(smtp.received.slice(before).map((r) => r.mail.subject)).toEqual(['Khuyến mãi tháng 12']);
    expect(smtp.received.slice(before).every((r) => r.mail.text?.startsWith('Giảm 20%'))).toBe(true);
    // Retrying a blocked marketing message is refused while consent is not given.
    expect((await owner.request('POST', `/api/v1/email/messages/${allowed.id}/retry`)).statusCode).toBe(422);
    const timeline = (await owner.request('GET', `/api/v1/timeline?personId=${binh.id}&kinds=email`)).json().data;
    expect(timeline.map((i: { data: { status: string; blockedReason: string | null } }) => [i.data.status, i.data.blockedReason])).toEqual([
      ['blocked', 'consent_withdrawn'],
      ['sent', null],
      ['blocked', 'no_consent'],
    ]);
    // queueEmail itself (what automations call) applies the same rule.
    const direct = await t.database.inWorkspace({ workspaceId: ws.workspaceId, actorUserId: null, actorApiKeyId: null, requestId: null }, (tx) =>
      queueEmail(tx, { personId: binh.id, subject: 'Tin mới', text: 'x', purpose: 'marketing', source: 'care_plan:test' }),
    );
    expect(direct).toMatchObject({ status: 'blocked', blockedReason: 'consent_withdrawn' });
    // An address that belongs to a customer is linked to them, so their consent applies (and their timeline shows it).
    const byAddress = (await owner.request('POST', '/api/v1/email/send', { to: [{ address: 'BINH.TRAN@example.vn' }], subject: 'Ưu đãi', text: 'x', purpose: 'marketing' })).json().data[0];
    expect(byAddress).toMatchObject({ personId: binh.id, toAddress: 'binh.tran@example.vn', status: 'blocked', blockedReason: 'consent_withdrawn' });
  });

  it('without SMTP, mail waits in the outbox (listed), and is sent when retried after SMTP is configured', async () => {
    const other = await buildWorkspace(t.database);
    const o = await signIn(t.app, other.owner.email, other.owner.password);
    expect((await o.request('GET', '/api/v1/email/settings')).json()).toMatchObject({ configured: false, passwordSet: false });
    const chi = await person(o, 'Lê Minh Chi', 'chi.le@example.vn');
    const queued = (await o.request('POST', '/api/v1/email/send', { personIds: [chi.id], subject: 'Xác nhận đơn hàng', text: 'Đơn hàng của {{name}} đã được xác nhận.', purpose: 'transactional' })).json().data[0];
    expect(queued.status).toBe('outbox');
    const before = smtp.received.length;
    await dispatchEmails(t.database);
    expect(smtp.received.length).toBe(before);
    const outbox = (await o.request('GET', '/api/v1/outbox')).json();
    expect(outbox.data).toEqual([expect.objectContaining({ id: queued.id, status: 'outbox', personName: 'Lê Minh Chi', subject: 'Xác nhận đơn hàng' })]);
    expect((await o.request('GET', `/api/v1/timeline?personId=${chi.id}&kinds=email`)).json().data[0].data.status).toBe('outbox');
    // Retrying without SMTP says why.
    const noSmtp = await o.request('POST', `/api/v1/email/messages/${queued.id}/retry`);
    expect(noSmtp.statusCode).toBe(422);
    await o.request('PUT', '/api/v1/email/settings', settings(smtp.port));
    expect((await o.request('POST', `/api/v1/email/messages/${queued.id}/retry`)).json().status).toBe('queued');
    await dispatchEmails(t.database);
    expect(smtp.received.at(-1)!.mail.text).toContain('Đơn hàng của Lê Minh Chi đã được xác nhận.');
    expect((await o.request('GET', '/api/v1/outbox')).json().data).toEqual([]);
    expect((await o.request('GET', '/api/v1/outbox?status=sent')).json().data[0].id).toBe(queued.id);
  });

  it('retries with backoff, then fails visibly after the last attempt (and at once on a permanent rejection)', async () => {
    const dung = await person(owner, 'Phạm Dũng', 'dung.pham@example.vn');
    const m = (await owner.request('POST', '/api/v1/email/send', { personIds: [dung.id], subject: 'Nhắc lịch hẹn', text: 'Lịch hẹn ngày mai.', purpose: 'transactional' })).json().data[0];
    smtp.mode = 'temporary';
    try {
      expect(await dispatchEmails(t.database)).toMatchObject({ retried: 1 });
      const first = await message(owner, m.id);
      expect(first).toMatchObject({ status: 'queued', attempts: 1, lastError: expect.stringContaining('Mailbox busy') });
      expect(new Date(first.nextAttemptAt).getTime()).toBeGreaterThan(Date.now() + 30_000);
      // Not due yet: nothing happens.
      expect(await dispatchEmails(t.database)).toMatchObject({ sent: 0, failed: 0, retried: 0 });
      for (let i = 2; i <= 4; i++) {
        await makeDue();
        await dispatchEmails(t.database);
      }
      expect(await message(owner, m.id)).toMatchObject({ status: 'failed', attempts: 4, lastError: expect.stringContaining('Mailbox busy'), nextAttemptAt: null });
      const item = (await owner.request('GET', `/api/v1/timeline?personId=${dung.id}&kinds=email`)).json().data[0];
      expect(item.data).toMatchObject({ status: 'failed', attempts: 4, lastError: expect.stringContaining('Mailbox busy') });
      expect((await owner.request('GET', '/api/v1/outbox?status=failed')).json().data.map((x: { id: string }) => x.id)).toContain(m.id);

      smtp.mode = 'permanent';
      const p = (await owner.request('POST', '/api/v1/email/send', { to: [{ address: 'khong-ton-tai@example.vn' }], subject: 'x', text: 'y', purpose: 'transactional' })).json().data[0];
      await dispatchEmails(t.database);
      expect(await message(owner, p.id)).toMatchObject({ status: 'failed', attempts: 1, lastError: expect.stringContaining('does not exist') });
    } finally {
      smtp.mode = 'accept';
    }
    // A failed message can be sent again by hand.
    expect((await owner.request('POST', `/api/v1/email/messages/${m.id}/retry`)).json()).toMatchObject({ status: 'queued', attempts: 0 });
    await dispatchEmails(t.database);
    expect(await message(owner, m.id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('two dispatchers running at once never send a message twice', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await owner.request('POST', '/api/v1/email/send', { to: [{ address: `khach${i}@example.vn`, name: `Khách ${i}` }], subject: `Thư số ${i}`, text: 'Nội dung', purpose: 'transactional' });
      ids.push(r.json().data[0].id);
    }
    smtp.delayMs = 20;
    const before = smtp.received.length;
    try {
      // Small batches, so the two claim in turns while the other is talking to the server.
      const [a, b] = await Promise.all([dispatchEmails(t.database, undefined, { batch: 2 }), dispatchEmails(t.database, undefined, { batch: 2 })]);
      expect(a.sent + b.sent).toBe(12);
      // Both really worked at the same time.
      expect(a.sent).toBeGreaterThan(0);
      expect(b.sent).toBeGreaterThan(0);
    } finally {
      smtp.delayMs = 0;
    }
    const got = smtp.received.slice(before).map((r) => r.mail.headers.get('x-tandem-message-id') as string);
    expect(got).toHaveLength(12);
    expect(new Set(got)).toEqual(new Set(ids));
    expect(await dispatchEmails(t.database)).toMatchObject({ sent: 0 });
  });

  it('a message left "sending" by a process that died is marked failed (delivery unknown), never sent twice', async () => {
    const m = (await owner.request('POST', '/api/v1/email/send', { to: [{ address: 'mat-dien@example.vn' }], subject: 'Mất điện', text: 'x', purpose: 'transactional' })).json().data[0];
    await t.database.query(`UPDATE email_messages SET status = 'sending', attempts = 1, claimed_at = now() - interval '1 hour', claim_token = gen_random_uuid() WHERE id = $1`, [m.id]);
    const before = smtp.received.length;
    await dispatchEmails(t.database);
    expect(smtp.received.length).toBe(before);
    expect(await message(owner, m.id)).toMatchObject({ status: 'failed', lastError: expect.stringContaining('delivery unknown') });
  });

  it('writes the message in the caller’s transaction: a rollback sends nothing', async () => {
    const scope = { workspaceId: ws.workspaceId, actorUserId: null, actorApiKeyId: null, requestId: null };
    let id = '';
    await expect(
      t.database.inWorkspace(scope, async (tx) => {
        id = (await queueEmail(tx, { to: 'rollback@example.vn', subject: 'Không gửi', text: 'x', purpose: 'transactional', source: 'test' })).id;
        throw new Error('the caller failed');
      }),
    ).rejects.toThrow('the caller failed');
    expect((await owner.request('GET', `/api/v1/email/messages/${id}`)).statusCode).toBe(404);
    const before = smtp.received.length;
    await dispatchEmails(t.database);
    expect(smtp.received.length).toBe(before);
  });

  it('templates: vi/en texts picked by language, unknown or empty variables are a 400 naming the field', async () => {
    const bad = await owner.request('POST', '/api/v1/email/templates', { name: 'Sai', subjectVi: 'Chào {{ten}}', bodyVi: 'x', subjectEn: 'Hi', bodyEn: 'y {{name' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['subjectVi', 'bodyEn']);
    const created = await owner.request('POST', '/api/v1/email/templates', {
      name: 'Cảm ơn mua hàng',
      subjectVi: 'Cảm ơn {{firstName}} đã mua {{product}}',
      bodyVi: 'Chào {{name}},\nCảm ơn bạn đã chọn {{product}}.',
      subjectEn: 'Thank you {{firstName}} for buying {{product}}',
      bodyEn: 'Hello {{name}},\nThanks for choosing {{product}}.',
    });
    expect(created.statusCode, created.body).toBe(201);
    const tpl = created.json();
    expect(tpl.variables).toEqual(['firstName', 'product', 'name']);
    expect((await owner.request('POST', '/api/v1/email/templates', { ...tpl, id: undefined, variables: undefined, createdAt: undefined, updatedAt: undefined })).statusCode).toBe(409);
    const em = await person(owner, 'Hoàng Thu Em', 'em.hoang@example.vn');
    const missing = await owner.request('POST', '/api/v1/email/send', { personIds: [em.id], templateId: tpl.id, purpose: 'transactional' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].path).toBe('variables.product');
    const vi = (await owner.request('POST', '/api/v1/email/send', { personIds: [em.id], templateId: tpl.id, variables: { product: 'Trà xanh' }, purpose: 'transactional' })).json().data[0];
    expect(vi).toMatchObject({ subject: 'Cảm ơn Em đã mua Trà xanh', language: 'vi', templateId: tpl.id });
    const en = (await owner.request('POST', '/api/v1/email/send', { personIds: [em.id], templateId: tpl.id, variables: { product: 'Green tea' }, language: 'en', purpose: 'transactional' })).json().data[0];
    expect(en).toMatchObject({ subject: 'Thank you Em for buying Green tea', bodyText: 'Hello Hoàng Thu Em,\nThanks for choosing Green tea.', language: 'en' });
    const patched = await owner.request('PATCH', `/api/v1/email/templates/${tpl.id}`, { bodyEn: 'Hi {{unknownThing}}' });
    expect(patched.statusCode).toBe(400);
    expect(patched.json().errors[0].path).toBe('bodyEn');
    const unknownTpl = await owner.request('POST', '/api/v1/email/send', { personIds: [em.id], templateId: '01900000-0000-7000-8000-000000000000', purpose: 'transactional' });
    expect(unknownTpl.statusCode).toBe(404);
    const both = await owner.request('POST', '/api/v1/email/send', { personIds: [em.id], templateId: tpl.id, subject: 'x', text: 'y', purpose: 'transactional' });
    expect(both.statusCode).toBe(400);
    // A person without an address: recorded as blocked, not dropped.
    const noMail = await person(owner, 'Không Có Thư', null);
    expect((await owner.request('POST', '/api/v1/email/send', { personIds: [noMail.id], subject: 'a', text: 'b', purpose: 'transactional' })).json().data[0]).toMatchObject({
      status: 'blocked',
      blockedReason: 'no_address',
    });
    const viewer = await buildMember(t.database, ws.workspaceId, 'viewer');
    const v = await signIn(t.app, viewer.email, viewer.password);
    expect((await v.request('POST', '/api/v1/email/send', { personIds: [em.id], subject: 'a', text: 'b', purpose: 'transactional' })).statusCode).toBe(403);
    expect((await owner.request('DELETE', `/api/v1/email/templates/${tpl.id}`)).statusCode).toBe(204);
  });

  it('renderTemplate escapes values in HTML, keeps text as written, lays out paragraphs', () => {
    const values = { name: '<script>alert(1)</script>', product: 'A & B' };
    expect(renderTemplate('Chào {{ name }} — {{product}}', values, { field: 'text' })).toBe('Chào <script>alert(1)</script> — A & B');
    expect(renderTemplate('Chào {{name}}\n\n<b>{{product}}</b>\nhết', values, { field: 'text', html: true })).toBe(
      '<p>Chào &lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>&lt;b&gt;A &amp; B&lt;/b&gt;<br>hết</p>',
    );
    expect(() => renderTemplate('{{nope}}', {}, { field: 'subject' })).toThrow(/unknown variable \{\{nope\}\}/);
    // A value that looks like a variable is not expanded again.
    expect(renderTemplate('{{name}}', { name: '{{product}}', product: 'x' }, { field: 'text' })).toBe('{{product}}');
  });
});
