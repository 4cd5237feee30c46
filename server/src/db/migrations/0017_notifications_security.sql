-- Notifications are a member's inbox, not business records: isolated per workspace, not audited
-- (marking read would flood the trail). A removed user's inbox goes with the account.
SELECT tandem_isolate_table('notifications', 'workspace_id');
--> statement-breakpoint
ALTER TABLE notifications ADD CONSTRAINT notifications_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE tasks ADD CONSTRAINT tasks_reminder_minutes_check CHECK (reminder_minutes IS NULL OR reminder_minutes BETWEEN 0 AND 43200);
