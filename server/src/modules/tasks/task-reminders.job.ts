import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, WorkspaceTx } from '../../platform/db/database';
import { queryRows } from '../../platform/db/database';
import { defineJob } from '../../platform/jobs';
import { queueEmail } from '../email/email.service';
import { formatVnDateTime } from './tasks.service';

type Claimed = { id: string; title: string; due_at: Date | string; assignee_user_id: string; email: string; name: string; locale: string };

/** At most this many reminders per workspace per run (the next run, a minute later, takes the rest). */
const BATCH = 500;

/**
 * Send the task reminders that are due in one workspace, each exactly once: one statement claims them
 * (`reminded_at` set with FOR UPDATE SKIP LOCKED, so a second process running at the same moment takes
 * other rows or none) and writes the in-app notifications; e-mails are queued in the same transaction
 * when the workspace has SMTP settings. Done and cancelled tasks are never reminded.
 */
export async function sendDueReminders(tx: WorkspaceTx): Promise<number> {
  const claimed = await queryRows<Claimed>(
    tx,
    sql`WITH due AS (
          SELECT t.id FROM tasks t
          WHERE t.remind_at <= now() AND t.reminded_at IS NULL AND t.status IN ('open','in_progress') AND t.assignee_user_id IS NOT NULL
          ORDER BY t.remind_at LIMIT ${BATCH}
          FOR UPDATE SKIP LOCKED),
        sent AS (
          UPDATE tasks t SET reminded_at = now() FROM due WHERE t.id = due.id
          RETURNING t.workspace_id, t.id, t.title, t.due_at, t.assignee_user_id),
        who AS (
          SELECT s.*, u.email, u.name, u.locale FROM sent s
          JOIN users u ON u.id = s.assignee_user_id
          JOIN memberships m ON m.workspace_id = s.workspace_id AND m.user_id = s.assignee_user_id),
        notified AS (
          INSERT INTO notifications (workspace_id, user_id, kind, title, body, link, entity_type, entity_id)
          SELECT w.workspace_id, w.assignee_user_id, 'task.reminder',
                 left(CASE WHEN w.locale = 'en' THEN 'Reminder: ' ELSE 'Nhắc việc: ' END || w.title, 200),
                 CASE WHEN w.locale = 'en' THEN 'Due ' ELSE 'Hạn ' END || to_char((w.due_at AT TIME ZONE 'UTC') + interval '7 hours', 'DD/MM/YYYY HH24:MI'),
                 '/work?taskId=' || w.id, 'tasks', w.id
          FROM who w
          RETURNING 1)
        SELECT w.id, w.title, w.due_at, w.assignee_user_id, w.email, w.name, w.locale FROM who w`,
  );
  if (!claimed.length) return 0;
  const [smtp] = await queryRows<{ ok: boolean }>(tx, sql`SELECT EXISTS (SELECT 1 FROM email_settings) AS ok`);
  if (smtp?.ok) {
    for (const r of claimed) {
      const due = formatVnDateTime(r.due_at instanceof Date ? r.due_at : new Date(r.due_at));
      const en = r.locale === 'en';
      await queueEmail(tx, {
        to: r.email,
        toName: r.name,
        subject: en ? `Reminder: ${r.title}` : `Nhắc việc: ${r.title}`,
        text: en ? `Hello ${r.name},\n\nThe task "${r.title}" is due ${due} (Vietnam time).\n\nTandem` : `Chào ${r.name},\n\nViệc "${r.title}" đến hạn lúc ${due}.\n\nTandem`,
        purpose: 'transactional',
        source: 'task_reminder',
        relatedEntityType: 'tasks',
        relatedEntityId: r.id,
        createdByUserId: null,
      });
    }
  }
  return claimed.length;
}

/** Every workspace with a reminder due, each in its own workspace transaction. */
export async function runTaskReminders(database: Database): Promise<number> {
  const { rows } = await database.query(
    `SELECT DISTINCT workspace_id FROM tasks WHERE remind_at <= now() AND reminded_at IS NULL AND status IN ('open','in_progress') AND assignee_user_id IS NOT NULL`,
  );
  let total = 0;
  for (const { workspace_id } of rows as { workspace_id: string }[]) {
    total += await database.inWorkspace({ workspaceId: workspace_id, actorUserId: null, actorApiKeyId: null, requestId: null }, sendDueReminders);
  }
  return total;
}

/** Every minute: task reminders (in-app, and e-mail where SMTP is configured), each sent once. */
export const taskRemindersJob = defineJob({
  id: 'tasks.reminders',
  version: 1,
  payload: z.object({}),
  cron: '* * * * *',
  handler: async (_payload, { database, log }) => {
    const sent = await runTaskReminders(database);
    if (sent) log.info({ sent }, 'task reminders sent');
  },
});
