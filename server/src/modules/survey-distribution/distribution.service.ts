/**
 * Survey distribution by e-mail: campaigns to a survey's audience, automatic sends after events
 * (triggers), throttled sending with one reminder to non-responders, and the workspace's
 * contact-frequency limit. Personal one-time links come from the surveys module (`issueSurveyLinks`);
 * mail goes out through the e-mail module (`queueEmail`).
 *
 * Flow: a campaign or a trigger writes `survey_sends` rows (`queued`, or `skipped_*` with the reason
 * when the person has no address, no marketing consent or was surveyed within the limit). The
 * `surveys.distribute` job (every minute, and kicked right after a campaign starts) takes at most
 * `sends_per_minute` due rows per workspace, re-checks the limit and consent, issues the links and
 * queues the e-mails; the same budget then covers reminders that are due.
 */
import type { TSurveyCampaign, ZSendSurveyRequest, ZSurveyTriggersRequest, ZUpdateSurveyDistributionSettings } from '@tandem/shared';
import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { z } from 'zod';
import type { WorkspaceAuth } from '../../platform/auth/authenticate';
import { authorize } from '../../platform/auth/policy';
import { queryRows, sqlArray, type Database, type WorkspaceTx } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { iso } from '../../platform/http/responses';
import { marketingBlock, queueEmail } from '../email/email.service';
import { issueSurveyLinks } from '../surveys/responses.service';
import { loadSurveyRow, resolveAudience } from '../surveys/surveys.service';

export type DistributionSettings = { contactFrequencyDays: number; sendsPerMinute: number };
export const DEFAULT_DISTRIBUTION_SETTINGS: DistributionSettings = { contactFrequencyDays: 30, sendsPerMinute: 60 };

export async function loadDistributionSettings(tx: WorkspaceTx): Promise<DistributionSettings> {
  const [row] = await queryRows<{ contact_frequency_days: number; sends_per_minute: number }>(tx, sql`SELECT contact_frequency_days, sends_per_minute FROM survey_distribution_settings LIMIT 1`);
  return row ? { contactFrequencyDays: row.contact_frequency_days, sendsPerMinute: row.sends_per_minute } : { ...DEFAULT_DISTRIBUTION_SETTINGS };
}

export async function getDistributionSettings(tx: WorkspaceTx, auth: WorkspaceAuth) {
  authorize(auth.role, 'surveys.read');
  return loadDistributionSettings(tx);
}

export async function updateDistributionSettings(tx: WorkspaceTx, auth: WorkspaceAuth, input: z.output<typeof ZUpdateSurveyDistributionSettings>) {
  authorize(auth.role, 'surveys.send');
  const next = { ...(await loadDistributionSettings(tx)), ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) } as DistributionSettings;
  await tx.execute(sql`INSERT INTO survey_distribution_settings (workspace_id, contact_frequency_days, sends_per_minute)
      VALUES (tandem_workspace_id(), ${next.contactFrequencyDays}, ${next.sendsPerMinute})
      ON CONFLICT (workspace_id) DO UPDATE SET contact_frequency_days = excluded.contact_frequency_days, sends_per_minute = excluded.sends_per_minute, updated_at = now()`);
  return next;
}

type Subject = { personId: string | null; employeeId: string | null; contextType?: string | null; contextId?: string | null };

/**
 * Write the sends of a campaign (set-based, for audiences of any size): each subject gets `queued`, or a
 * `skipped_*` status saying why not — no e-mail address, no e-mail consent (customers only: a survey to
 * a customer is marketing mail), or already surveyed within the contact-frequency limit (any survey,
 * counting sends queued or sent). A subject already in the campaign (for the same triggering record)
 * is left alone. Returns how many rows were written.
 */
export async function enqueueSends(tx: WorkspaceTx, campaignId: string, surveyId: string, subjects: Subject[], scheduledAt: Date, frequencyDays: number): Promise<number> {
  let written = 0;
  const CHUNK = 2000;
  for (let i = 0; i < subjects.length; i += CHUNK) {
    const part = subjects.slice(i, i + CHUNK);
    const rows = await queryRows<{ id: string }>(
      tx,
      sql`WITH input AS (
            SELECT nullif(p, '')::uuid AS person_id, nullif(e, '')::uuid AS employee_id, nullif(ct, '') AS context_type, nullif(ci, '')::uuid AS context_id
            FROM unnest(${sqlArray(part.map((s) => s.personId ?? ''), 'text')}, ${sqlArray(part.map((s) => s.employeeId ?? ''), 'text')},
                        ${sqlArray(part.map((s) => s.contextType ?? ''), 'text')}, ${sqlArray(part.map((s) => s.contextId ?? ''), 'text')}) AS u(p, e, ct, ci)),
          facts AS (
            SELECT i.*,
              CASE WHEN i.person_id IS NOT NULL THEN (SELECT p.emails -> 0 ->> 'address' FROM people p WHERE p.id = i.person_id AND p.deleted_at IS NULL)
                   ELSE (SELECT e.email FROM employees e WHERE e.id = i.employee_id AND e.deleted_at IS NULL) END AS email,
              i.person_id IS NULL OR coalesce((SELECT c.status = 'given' FROM consents c WHERE c.person_id = i.person_id AND c.channel = 'email'
                                               ORDER BY c.recorded_at DESC, c.id DESC LIMIT 1), false) AS consent,
              ${frequencyDays} > 0 AND EXISTS (
                SELECT 1 FROM survey_sends s WHERE s.status IN ('queued', 'sent')
                  AND (s.person_id = i.person_id OR s.employee_id = i.employee_id)
                  AND s.created_at > now() - make_interval(days => ${frequencyDays})) AS recent
            FROM input i)
          INSERT INTO survey_sends (workspace_id, campaign_id, survey_id, person_id, employee_id, email, status, context_type, context_id, scheduled_at)
          SELECT tandem_workspace_id(), ${campaignId}, ${surveyId}, f.person_id, f.employee_id, f.email,
            CASE WHEN f.email IS NULL THEN 'skipped_no_email' WHEN NOT f.consent THEN 'skipped_consent' WHEN f.recent THEN 'skipped_frequency' ELSE 'queued' END,
            f.context_type, f.context_id, ${scheduledAt}
          FROM facts f
          ON CONFLICT ON CONSTRAINT survey_sends_subject_uq DO NOTHING
          RETURNING id`,
    );
    written += rows.length;
  }
  return written;
}

async function campaignSummary(tx: WorkspaceTx, campaignId: string): Promise<TSurveyCampaign> {
  const [c] = await queryRows<{ id: string; survey_id: string; kind: string; status: 'sending' | 'done'; reminder_after_days: number | null; created_at: Date | string; counts: Record<string, number> | null; reminded: number }>(
    tx,
    sql`SELECT c.id, c.survey_id, c.kind, c.status, c.reminder_after_days, c.created_at,
          (SELECT jsonb_object_agg(status, n) FROM (SELECT status, count(*)::int AS n FROM survey_sends WHERE campaign_id = c.id GROUP BY status) x) AS counts,
          (SELECT count(*)::int FROM survey_sends WHERE campaign_id = c.id AND reminder_sent_at IS NOT NULL) AS reminded
        FROM survey_campaigns c WHERE c.id = ${campaignId}`,
  );
  if (!c) throw new AppError('not_found', 'Campaign not found');
  return {
    id: c.id,
    surveyId: c.survey_id,
    kind: c.kind,
    status: c.status,
    reminderAfterDays: c.reminder_after_days,
    counts: c.counts ?? {},
    reminded: c.reminded,
    createdAt: iso(c.created_at instanceof Date ? c.created_at : new Date(c.created_at)),
  };
}

/** `POST /api/v1/surveys/:id/send`: an e-mail campaign to the survey's audience (sent by the job, throttled). */
export async function sendSurvey(tx: WorkspaceTx, auth: WorkspaceAuth, surveyId: string, input: z.output<typeof ZSendSurveyRequest>) {
  authorize(auth.role, 'surveys.send');
  const survey = await loadSurveyRow(tx, surveyId);
  if (survey.status !== 'active') throw new AppError('unprocessable', 'Open the survey before sending it', { errors: [{ path: 'status', message: survey.status }] });
  const settings = await loadDistributionSettings(tx);
  const audience = await resolveAudience(tx, surveyId);
  const [campaign] = await queryRows<{ id: string }>(
    tx,
    sql`INSERT INTO survey_campaigns (workspace_id, survey_id, kind, reminder_after_days, created_by_user_id)
        VALUES (tandem_workspace_id(), ${surveyId}, 'campaign', ${input.reminderAfterDays}, ${auth.userId}) RETURNING id`,
  );
  // People who already answered this survey are not asked again.
  const answered = await queryRows<{ person_id: string | null; employee_id: string | null }>(tx, sql`SELECT person_id, employee_id FROM survey_recipients WHERE survey_id = ${surveyId} AND used`);
  const done = new Set(answered.flatMap((a) => [a.person_id, a.employee_id]).filter(Boolean));
  const subjects: Subject[] = [
    ...audience.personIds.filter((id) => !done.has(id)).map((id) => ({ personId: id, employeeId: null })),
    ...audience.employeeIds.filter((id) => !done.has(id)).map((id) => ({ personId: null, employeeId: id })),
  ];
  await enqueueSends(tx, campaign!.id, surveyId, subjects, new Date(), settings.contactFrequencyDays);
  return campaignSummary(tx, campaign!.id);
}

export async function listCampaigns(tx: WorkspaceTx, auth: WorkspaceAuth, surveyId: string) {
  authorize(auth.role, 'surveys.read');
  await loadSurveyRow(tx, surveyId);
  const rows = await queryRows<{ id: string }>(tx, sql`SELECT id FROM survey_campaigns WHERE survey_id = ${surveyId} ORDER BY id DESC LIMIT 100`);
  return { data: await Promise.all(rows.map((r) => campaignSummary(tx, r.id))) };
}

// ---------------------------------------------------------------------------------------------
// Triggers

export type SurveyEvent = {
  event: 'internal_request_resolved' | 'task_done' | 'interaction_logged';
  personId?: string | null;
  employeeId?: string | null;
  contextType: string;
  contextId: string;
};

export async function getTriggers(tx: WorkspaceTx, auth: WorkspaceAuth, surveyId: string) {
  authorize(auth.role, 'surveys.read');
  await loadSurveyRow(tx, surveyId);
  const rows = await queryRows<{ id: string; event: SurveyEvent['event']; delay_minutes: number; active: boolean }>(tx, sql`SELECT id, event, delay_minutes, active FROM survey_triggers WHERE survey_id = ${surveyId} ORDER BY event`);
  return { triggers: rows.map((r) => ({ id: r.id, event: r.event, delayMinutes: r.delay_minutes, active: r.active })) };
}

/** Replace a survey's triggers. An employee survey reacts to resolved internal requests; a customer survey to tasks done and interactions. */
export async function setTriggers(tx: WorkspaceTx, auth: WorkspaceAuth, surveyId: string, input: z.output<typeof ZSurveyTriggersRequest>) {
  authorize(auth.role, 'surveys.send');
  const survey = await loadSurveyRow(tx, surveyId);
  const forEmployees = survey.audience.type === 'employees';
  input.triggers.forEach((t, i) => {
    if ((t.event === 'internal_request_resolved') !== forEmployees)
      throw new AppError('validation_failed', forEmployees ? 'An employee survey is sent after internal requests are resolved' : 'A customer survey is sent after tasks or interactions', {
        errors: [{ path: `triggers.${i}.event`, message: forEmployees ? 'use internal_request_resolved' : 'use task_done or interaction_logged' }],
      });
    if (input.triggers.findIndex((x) => x.event === t.event) !== i) throw new AppError('validation_failed', 'One trigger per event', { errors: [{ path: `triggers.${i}.event`, message: 'duplicate' }] });
  });
  await tx.execute(sql`DELETE FROM survey_triggers WHERE survey_id = ${surveyId} AND NOT (event = ANY(${sqlArray(input.triggers.map((t) => t.event), 'text')}))`);
  for (const t of input.triggers) {
    await tx.execute(sql`INSERT INTO survey_triggers (workspace_id, survey_id, event, delay_minutes, active) VALUES (tandem_workspace_id(), ${surveyId}, ${t.event}, ${t.delayMinutes}, ${t.active})
      ON CONFLICT (workspace_id, survey_id, event) DO UPDATE SET delay_minutes = excluded.delay_minutes, active = excluded.active`);
  }
  return getTriggers(tx, auth, surveyId);
}

/**
 * An event happened (in the caller's transaction): every active survey with a trigger on it queues a
 * send to the person or employee the event is about, after the trigger's delay, within the
 * contact-frequency limit. Cheap when no trigger exists (one index lookup).
 */
export async function onSurveyEvent(tx: WorkspaceTx, e: SurveyEvent): Promise<void> {
  if (!e.personId && !e.employeeId) return;
  const triggers = await queryRows<{ survey_id: string; delay_minutes: number; audience_type: string }>(
    tx,
    sql`SELECT t.survey_id, t.delay_minutes, s.audience ->> 'type' AS audience_type FROM survey_triggers t JOIN surveys s ON s.id = t.survey_id
        WHERE t.event = ${e.event} AND t.active AND s.status = 'active' AND s.deleted_at IS NULL`,
  );
  if (!triggers.length) return;
  const settings = await loadDistributionSettings(tx);
  for (const t of triggers) {
    const subject = t.audience_type === 'employees' ? (e.employeeId ? { personId: null, employeeId: e.employeeId } : null) : e.personId ? { personId: e.personId, employeeId: null } : null;
    if (!subject) continue;
    const kind = `trigger:${e.event}`;
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(tandem_workspace_id()::text || ':survey-trigger:' || ${t.survey_id}, 0))`);
    let [campaign] = await queryRows<{ id: string }>(tx, sql`SELECT id FROM survey_campaigns WHERE survey_id = ${t.survey_id} AND kind = ${kind} ORDER BY id LIMIT 1`);
    campaign ??= (await queryRows<{ id: string }>(tx, sql`INSERT INTO survey_campaigns (workspace_id, survey_id, kind) VALUES (tandem_workspace_id(), ${t.survey_id}, ${kind}) RETURNING id`))[0];
    const answered = await queryRows(
      tx,
      sql`SELECT 1 FROM survey_recipients WHERE survey_id = ${t.survey_id} AND used AND ${subject.personId ? sql`person_id = ${subject.personId}` : sql`employee_id = ${subject.employeeId}`}`,
    );
    // A one-time link answers once: someone who already answered this survey is not asked again.
    if (answered.length) continue;
    await enqueueSends(tx, campaign!.id, t.survey_id, [{ ...subject, contextType: e.contextType, contextId: e.contextId }], new Date(Date.now() + t.delay_minutes * 60_000), settings.contactFrequencyDays);
  }
}

// ---------------------------------------------------------------------------------------------
// Sending (the job)

function mailText(kind: 'invite' | 'reminder', survey: { name: string; anonymous: boolean }, workspace: string, name: string | null, url: string) {
  const greet = name ? `Kính gửi ${name},` : 'Kính gửi anh/chị,';
  const vi = [
    greet,
    '',
    kind === 'reminder'
      ? `${workspace} xin nhắc lại lời mời góp ý "${survey.name}". Nếu anh/chị đã có chút thời gian, khảo sát chỉ mất khoảng một phút:`
      : `${workspace} rất mong nhận được ý kiến của anh/chị qua khảo sát "${survey.name}". Khảo sát chỉ mất khoảng một phút:`,
    url,
    '',
    survey.anonymous ? 'Câu trả lời được ẩn danh: không ai biết ai đã trả lời gì.' : 'Đường dẫn này dành riêng cho anh/chị và chỉ dùng được một lần.',
    '',
    'Trân trọng cảm ơn!',
    '',
    '---',
    kind === 'reminder' ? `A reminder: ${workspace} would value your answers to "${survey.name}" (about a minute):` : `${workspace} would value your answers to "${survey.name}" (about a minute):`,
    `${url}?lang=en`,
  ];
  const subject = kind === 'reminder' ? `Nhắc lại: mời anh/chị góp ý — ${survey.name}` : `Mời anh/chị góp ý — ${survey.name}`;
  return { subject, text: vi.join('\n') };
}

type DueSend = { id: string; survey_id: string; campaign_id: string; person_id: string | null; employee_id: string | null; email: string | null; name: string | null };

async function deliver(tx: WorkspaceTx, sends: DueSend[], kind: 'invite' | 'reminder', frequencyDays: number): Promise<number> {
  let delivered = 0;
  const [ws] = await queryRows<{ name: string }>(tx, sql`SELECT name FROM workspaces WHERE id = tandem_workspace_id()`);
  const bySurvey = new Map<string, DueSend[]>();
  for (const s of sends) bySurvey.set(s.survey_id, [...(bySurvey.get(s.survey_id) ?? []), s]);
  for (const [surveyId, group] of bySurvey) {
    const [survey] = await queryRows<{ name: string; anonymous: boolean; status: string; deleted_at: unknown }>(tx, sql`SELECT name, anonymous, status, deleted_at FROM surveys WHERE id = ${surveyId}`);
    if (!survey || survey.status !== 'active' || survey.deleted_at) {
      if (kind === 'invite') await tx.execute(sql`UPDATE survey_sends SET status = 'cancelled' WHERE id = ANY(${sqlArray(group.map((g) => g.id), 'uuid')})`);
      else await tx.execute(sql`UPDATE survey_sends SET reminder_sent_at = now() WHERE id = ANY(${sqlArray(group.map((g) => g.id), 'uuid')})`);
      continue;
    }
    const ok: DueSend[] = [];
    for (const s of group) {
      let skip: string | null = null;
      if (kind === 'invite' && frequencyDays > 0) {
        const recent = await queryRows(
          tx,
          sql`SELECT 1 FROM survey_sends WHERE id <> ${s.id} AND status = 'sent' AND sent_at > now() - make_interval(days => ${frequencyDays})
              AND ${s.person_id ? sql`person_id = ${s.person_id}` : sql`employee_id = ${s.employee_id}`} LIMIT 1`,
        );
        if (recent.length) skip = 'skipped_frequency';
      }
      if (!skip && s.person_id && (await marketingBlock(tx, s.person_id))) skip = 'skipped_consent';
      if (skip) {
        if (kind === 'invite') await tx.execute(sql`UPDATE survey_sends SET status = ${skip} WHERE id = ${s.id}`);
        else await tx.execute(sql`UPDATE survey_sends SET reminder_sent_at = now() WHERE id = ${s.id}`);
      } else ok.push(s);
    }
    if (!ok.length) continue;
    // Fresh one-time links (an unused link is re-issued, so a reminder carries a working one; a used one is not).
    const links = await issueSurveyLinks(tx, surveyId, { personIds: ok.filter((s) => s.person_id).map((s) => s.person_id!), employeeIds: ok.filter((s) => s.employee_id).map((s) => s.employee_id!) });
    for (const s of ok) {
      const link = links.find((l) => (s.person_id ? l.personId === s.person_id : l.employeeId === s.employee_id));
      if (!link) {
        // Answered meanwhile (by another channel): nothing to ask.
        if (kind === 'invite') await tx.execute(sql`UPDATE survey_sends SET status = 'skipped_answered', recipient_id = NULL WHERE id = ${s.id}`);
        else await tx.execute(sql`UPDATE survey_sends SET reminder_sent_at = now() WHERE id = ${s.id}`);
        continue;
      }
      const mail = mailText(kind, survey, ws?.name ?? 'Tandem', s.name, link.url);
      const queued = await queueEmail(tx, {
        ...(s.person_id ? { personId: s.person_id } : { to: s.email ?? '', toName: s.name ?? undefined }),
        subject: mail.subject,
        text: mail.text,
        // A survey to a customer is marketing (consent enforced); to an employee it is part of their work.
        purpose: s.person_id ? 'marketing' : 'transactional',
        source: `survey:${surveyId}`,
        relatedEntityType: 'surveys',
        relatedEntityId: surveyId,
      });
      if (kind === 'invite') {
        const status = queued.status === 'blocked' ? (queued.blockedReason === 'no_address' ? 'skipped_no_email' : 'skipped_consent') : 'sent';
        await tx.execute(sql`UPDATE survey_sends SET status = ${status}, sent_at = CASE WHEN ${status} = 'sent' THEN now() END, recipient_id = ${link.recipientId} WHERE id = ${s.id}`);
      } else await tx.execute(sql`UPDATE survey_sends SET reminder_sent_at = now(), recipient_id = ${link.recipientId} WHERE id = ${s.id}`);
      if (queued.status !== 'blocked') delivered++;
    }
  }
  return delivered;
}

const dueSelect = sql`SELECT s.id, s.survey_id, s.campaign_id, s.person_id, s.employee_id, coalesce(s.email, e.email) AS email, coalesce(p.full_name, e.full_name) AS name
  FROM survey_sends s LEFT JOIN people p ON p.id = s.person_id LEFT JOIN employees e ON e.id = s.employee_id`;

/**
 * Send what is due in the transaction's workspace: at most `sends_per_minute` e-mails (invitations
 * first, then reminders). One sender per workspace at a time (advisory lock), so the throttle and the
 * frequency re-check hold with several processes.
 */
export async function distributeWorkspace(tx: WorkspaceTx): Promise<{ sent: number; reminded: number }> {
  const [lock] = await queryRows<{ ok: boolean }>(tx, sql`SELECT pg_try_advisory_xact_lock(hashtextextended(tandem_workspace_id()::text || ':survey-distribution', 0)) AS ok`);
  if (!lock?.ok) return { sent: 0, reminded: 0 };
  const settings = await loadDistributionSettings(tx);
  const due = await queryRows<DueSend>(tx, sql`${dueSelect} WHERE s.status = 'queued' AND s.scheduled_at <= now() ORDER BY s.scheduled_at, s.id LIMIT ${settings.sendsPerMinute}`);
  const sent = await deliver(tx, due, 'invite', settings.contactFrequencyDays);
  let reminded = 0;
  const budget = settings.sendsPerMinute - due.length;
  if (budget > 0) {
    const reminders = await queryRows<DueSend>(
      tx,
      sql`${dueSelect} JOIN survey_campaigns c ON c.id = s.campaign_id JOIN survey_recipients r ON r.id = s.recipient_id
          WHERE s.status = 'sent' AND s.reminder_sent_at IS NULL AND c.reminder_after_days IS NOT NULL AND NOT r.used
            AND s.sent_at <= now() - make_interval(days => c.reminder_after_days)
          ORDER BY s.sent_at, s.id LIMIT ${budget}`,
    );
    reminded = await deliver(tx, reminders, 'reminder', settings.contactFrequencyDays);
  }
  await tx.execute(sql`UPDATE survey_campaigns c SET status = 'done' WHERE c.status = 'sending' AND c.kind = 'campaign'
      AND NOT EXISTS (SELECT 1 FROM survey_sends s WHERE s.campaign_id = c.id AND s.status = 'queued')`);
  return { sent, reminded };
}

/** Every workspace with sends or reminders due (found on the owner connection), each in its own transaction. */
export async function distributeSurveys(database: Database, log?: FastifyBaseLogger): Promise<{ sent: number; reminded: number }> {
  const result = await database.query(
    `SELECT DISTINCT s.workspace_id FROM survey_sends s WHERE s.status = 'queued' AND s.scheduled_at <= now()
     UNION
     SELECT DISTINCT s.workspace_id FROM survey_sends s JOIN survey_campaigns c ON c.workspace_id = s.workspace_id AND c.id = s.campaign_id
       WHERE s.status = 'sent' AND s.reminder_sent_at IS NULL AND c.reminder_after_days IS NOT NULL AND s.sent_at <= now() - make_interval(days => c.reminder_after_days)`,
  );
  const total = { sent: 0, reminded: 0 };
  for (const row of result.rows) {
    const workspaceId = row.workspace_id as string;
    try {
      const r = await database.inWorkspace({ workspaceId, actorUserId: null, actorApiKeyId: null, requestId: null }, (tx) => distributeWorkspace(tx));
      total.sent += r.sent;
      total.reminded += r.reminded;
    } catch (error) {
      log?.error({ err: error, workspaceId }, 'survey distribution failed');
    }
  }
  return total;
}
