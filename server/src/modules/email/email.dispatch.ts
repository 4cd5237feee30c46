import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import nodemailer from 'nodemailer';
import { z } from 'zod';
import type { Database } from '../../platform/db/database';
import type { AppDeps } from '../../platform/http/app';
import { defineJob } from '../../platform/jobs';

/** Minutes to wait before attempt n+1 after attempt n failed (n = 1, 2, 3...); the last value repeats. */
export const RETRY_BACKOFF_MINUTES = [1, 5, 30];
/** A message claimed longer ago than this by a process that never finished is marked failed (delivery unknown). */
export const STALE_SENDING_MINUTES = 15;
const BATCH = 20;

export type SmtpSettings = {
  smtp_host: string;
  smtp_port: number;
  smtp_security: 'tls' | 'starttls' | 'none';
  smtp_user: string | null;
  smtp_password: string | null;
  from_address: string;
  from_name: string | null;
  reply_to: string | null;
};

/** A nodemailer transport for the workspace's settings (no pooling: an SME sends a few messages at a time). */
export function transportOf(s: SmtpSettings) {
  return nodemailer.createTransport({
    host: s.smtp_host,
    port: s.smtp_port,
    secure: s.smtp_security === 'tls',
    requireTLS: s.smtp_security === 'starttls',
    ignoreTLS: s.smtp_security === 'none',
    ...(s.smtp_user ? { auth: { user: s.smtp_user, pass: s.smtp_password ?? '' } } : {}),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
}

export const fromOf = (s: SmtpSettings) => (s.from_name ? { name: s.from_name, address: s.from_address } : s.from_address);

type Claimed = {
  workspace_id: string;
  id: string;
  claim_token: string;
  attempts: number;
  max_attempts: number;
  purpose: 'transactional' | 'marketing';
  person_id: string | null;
  to_address: string | null;
  to_name: string | null;
  subject: string;
  body_text: string;
  body_html: string | null;
};

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 1000);

/**
 * Send what is due. Each batch is claimed in one statement — due `queued` rows, locked with
 * FOR UPDATE SKIP LOCKED, moved to `sending` with a fresh claim token and one more attempt — and
 * committed before any SMTP call; so two processes (or two job workers) never claim the same message,
 * and a message written in a transaction that has not committed is invisible here. The outcome is
 * written only while the claim token still matches. A process that dies mid-send leaves a `sending`
 * row; after STALE_SENDING_MINUTES it is marked failed ("delivery unknown") rather than sent twice.
 * Runs on the owner connection: this job sweeps every workspace.
 */
export async function dispatchEmails(
  database: Database,
  log?: FastifyBaseLogger,
  options: { batch?: number } = {},
): Promise<{ sent: number; failed: number; retried: number }> {
  const result = { sent: 0, failed: 0, retried: 0 };
  await database.query(
    `UPDATE email_messages SET status = 'failed', updated_at = now(), claim_token = NULL,
       last_error = 'interrupted while sending: delivery unknown; check the recipient before retrying'
     WHERE status = 'sending' AND claimed_at < now() - make_interval(mins => $1)`,
    [STALE_SENDING_MINUTES],
  );
  for (;;) {
    const token = randomUUID();
    const claimed = (
      await database.query(
        `UPDATE email_messages m SET status = 'sending', attempts = m.attempts + 1, claimed_at = now(), claim_token = $1, updated_at = now()
         FROM (SELECT workspace_id, id FROM email_messages WHERE status = 'queued' AND next_attempt_at <= now()
               ORDER BY next_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED) due
         WHERE m.workspace_id = due.workspace_id AND m.id = due.id
         RETURNING m.workspace_id, m.id, m.claim_token, m.attempts, m.max_attempts, m.purpose, m.person_id, m.to_address, m.to_name,
           m.subject, m.body_text, m.body_html`,
        [token, options.batch ?? BATCH],
      )
    ).rows as unknown as Claimed[];
    if (claimed.length === 0) return result;
    const settingsByWorkspace = new Map<string, SmtpSettings | null>();
    for (const message of claimed) {
      if (!settingsByWorkspace.has(message.workspace_id)) {
        const rows = (await database.query(`SELECT * FROM email_settings WHERE workspace_id = $1`, [message.workspace_id])).rows as unknown as SmtpSettings[];
        settingsByWorkspace.set(message.workspace_id, rows[0] ?? null);
      }
      const outcome = await sendOne(database, message, settingsByWorkspace.get(message.workspace_id) ?? null);
      result[outcome] += 1;
      if (outcome === 'failed') log?.warn({ messageId: message.id, workspaceId: message.workspace_id }, 'e-mail failed after its last attempt');
    }
  }
}

async function finish(database: Database, m: Claimed, set: string, values: unknown[]) {
  await database.query(`UPDATE email_messages SET ${set}, claim_token = NULL, updated_at = now() WHERE workspace_id = $1 AND id = $2 AND claim_token = $3`, [
    m.workspace_id,
    m.id,
    m.claim_token,
    ...values,
  ]);
}

const logEntry = (m: Claimed, ok: boolean, detail: string) => JSON.stringify([{ at: new Date().toISOString(), attempt: m.attempts, ok, detail: detail.slice(0, 500) }]);

async function sendOne(database: Database, m: Claimed, settings: SmtpSettings | null): Promise<'sent' | 'failed' | 'retried'> {
  if (!settings) {
    // SMTP was removed after the message was queued: it waits in the outbox, visibly.
    await finish(database, m, `status = 'outbox', attempts = attempts - 1, next_attempt_at = NULL`, []);
    return 'retried';
  }
  if (m.purpose === 'marketing') {
    // Consent may have been withdrawn since the message was queued.
    const consent = (
      await database.query(
        `SELECT status FROM consents WHERE workspace_id = $1 AND person_id = $2 AND channel = 'email' ORDER BY recorded_at DESC, id DESC LIMIT 1`,
        [m.workspace_id, m.person_id],
      )
    ).rows[0] as { status: string } | undefined;
    if (!m.person_id || consent?.status !== 'given') {
      await finish(database, m, `status = 'blocked', blocked_reason = $4, next_attempt_at = NULL`, [consent ? 'consent_withdrawn' : 'no_consent']);
      return 'failed';
    }
  }
  try {
    const info = await transportOf(settings).sendMail({
      from: fromOf(settings),
      to: m.to_name ? { name: m.to_name, address: m.to_address! } : m.to_address!,
      ...(settings.reply_to ? { replyTo: settings.reply_to } : {}),
      subject: m.subject,
      text: m.body_text,
      ...(m.body_html ? { html: m.body_html } : {}),
      headers: { 'X-Tandem-Message-Id': m.id },
    });
    await finish(database, m, `status = 'sent', sent_at = now(), provider_message_id = $4, last_error = NULL, next_attempt_at = NULL, log = log || $5::jsonb`, [
      info.messageId ?? null,
      logEntry(m, true, String(info.response ?? 'accepted')),
    ]);
    return 'sent';
  } catch (error) {
    const message = errorText(error);
    // A permanent SMTP rejection (5xx) will not get better by retrying.
    const code = (error as { responseCode?: number }).responseCode;
    const permanent = typeof code === 'number' && code >= 500 && code < 600;
    if (permanent || m.attempts >= m.max_attempts) {
      await finish(database, m, `status = 'failed', last_error = $4, next_attempt_at = NULL, log = log || $5::jsonb`, [message, logEntry(m, false, message)]);
      return 'failed';
    }
    const wait = RETRY_BACKOFF_MINUTES[Math.min(m.attempts - 1, RETRY_BACKOFF_MINUTES.length - 1)]!;
    await finish(database, m, `status = 'queued', last_error = $4, next_attempt_at = now() + make_interval(mins => $6), log = log || $5::jsonb`, [
      message,
      logEntry(m, false, message),
      wait,
    ]);
    return 'retried';
  }
}

/**
 * Sends due e-mail every minute (retries come due by their backoff), and at once when a route kicks it
 * after committing new messages. Safe to run in any number of processes at the same time.
 */
export const emailDispatchJob = defineJob({
  id: 'email.dispatch',
  version: 1,
  payload: z.object({}),
  cron: '* * * * *',
  handler: async (_payload, { database, log }) => {
    const result = await dispatchEmails(database, log);
    if (result.sent || result.failed || result.retried) log.info(result, 'e-mail dispatched');
  },
});

/**
 * After a transaction that queued e-mail has committed: send now rather than at the next minute.
 * Without a job queue (a process with TANDEM_JOBS=false, tests), the minute job of a worker process
 * sends it; here it is then dispatched in-process after the response only when `inProcess` is true.
 */
export async function kickEmailDispatch(deps: AppDeps, log: FastifyBaseLogger, inProcess = false): Promise<void> {
  if (deps.jobs) {
    await deps.jobs.send(emailDispatchJob, {}).catch((error: unknown) => log.warn({ err: error }, 'could not kick e-mail dispatch'));
    return;
  }
  if (inProcess) setImmediate(() => void dispatchEmails(deps.database, log).catch((error: unknown) => log.error({ err: error }, 'e-mail dispatch failed')));
}
