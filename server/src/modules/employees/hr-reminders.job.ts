import { z } from 'zod';
import { defineJob } from '../../platform/jobs';

/**
 * Daily: a task for HR when a contract ends within 30 days (and no later contract follows) or a
 * probation ends within 7 days. The task's source key names the contract and its end date, so the
 * job may run any number of times, on any number of processes, and still creates each task once.
 */
export const hrRemindersJob = defineJob({
  id: 'hr.contract-reminders',
  version: 1,
  payload: z.object({ today: z.iso.date().optional() }),
  cron: '0 1 * * *',
  handler: async ({ today }, { database, log }) => {
    const result = await database.query(
      `INSERT INTO tasks (workspace_id, title, description, assignee_user_id, due_at, priority, entity_type, entity_id, source, source_key)
       SELECT c.workspace_id,
              CASE WHEN c.type = 'probation' THEN 'Hết thử việc: ' ELSE 'Hợp đồng sắp hết hạn: ' END || e.full_name,
              CASE WHEN c.type = 'probation' THEN 'Đánh giá thử việc và quyết định ký hợp đồng chính thức.'
                   ELSE 'Hợp đồng hết hạn ngày ' || to_char(c.end_date, 'DD/MM/YYYY') || '. Gia hạn, ký mới hoặc thông báo chấm dứt.' END,
              (SELECT m.user_id FROM memberships m WHERE m.workspace_id = c.workspace_id AND m.role IN ('hr', 'owner')
                 ORDER BY (m.role = 'hr') DESC, m.created_at LIMIT 1),
              (c.end_date - 3)::timestamptz, 'high', 'employee_contracts', c.id,
              CASE WHEN c.type = 'probation' THEN 'hr.probation_ending' ELSE 'hr.contract_ending' END,
              'hr.contract_end:' || c.id || ':' || c.end_date
       FROM employee_contracts c
       JOIN employees e ON e.workspace_id = c.workspace_id AND e.id = c.employee_id AND e.deleted_at IS NULL AND e.status <> 'left'
       WHERE c.end_date BETWEEN $1::date AND $1::date + CASE WHEN c.type = 'probation' THEN 7 ELSE 30 END
         AND NOT EXISTS (SELECT 1 FROM employee_contracts later WHERE later.workspace_id = c.workspace_id
                           AND later.employee_id = c.employee_id AND later.start_date > c.start_date)
       ON CONFLICT (workspace_id, source_key) DO NOTHING`,
      [today ?? new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)],
    );
    if (result.rowCount) log.info({ created: result.rowCount }, 'HR reminder tasks created');
  },
});
