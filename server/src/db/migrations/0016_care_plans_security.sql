ALTER TABLE care_plans ADD CONSTRAINT care_plans_trigger_check CHECK (trigger_type IN ('first_purchase','record_created','birthday','no_interaction','stage_changed'));
--> statement-breakpoint
ALTER TABLE care_plans ADD CONSTRAINT care_plans_days_check CHECK (trigger_days BETWEEN 0 AND 3650 AND task_due_days BETWEEN 0 AND 365);
--> statement-breakpoint
ALTER TABLE care_plans ADD CONSTRAINT care_plans_stage_check CHECK ((trigger_type = 'stage_changed') = (trigger_stage IS NOT NULL));
--> statement-breakpoint
ALTER TABLE care_plans ADD CONSTRAINT care_plans_action_check CHECK (task_enabled OR email_enabled);
--> statement-breakpoint
ALTER TABLE care_plans ADD CONSTRAINT care_plans_task_check CHECK (NOT task_enabled OR (task_title IS NOT NULL AND (task_assignee = 'owner' OR task_assignee_user_id IS NOT NULL)));
--> statement-breakpoint
ALTER TABLE care_plans ADD CONSTRAINT care_plans_email_check CHECK (NOT email_enabled OR (email_subject IS NOT NULL AND email_body IS NOT NULL));
--> statement-breakpoint
ALTER TABLE care_plans ADD CONSTRAINT care_plans_purpose_check CHECK (email_purpose IN ('marketing','transactional'));
--> statement-breakpoint
ALTER TABLE care_plan_runs ADD CONSTRAINT care_plan_runs_plan_fk FOREIGN KEY (workspace_id, care_plan_id) REFERENCES care_plans (workspace_id, id) ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE care_plan_stats ADD CONSTRAINT care_plan_stats_plan_fk FOREIGN KEY (workspace_id, care_plan_id) REFERENCES care_plans (workspace_id, id) ON DELETE CASCADE;
--> statement-breakpoint
SELECT tandem_isolate_table('care_plans', 'workspace_id');
--> statement-breakpoint
SELECT tandem_isolate_table('care_plan_runs', 'workspace_id');
--> statement-breakpoint
SELECT tandem_isolate_table('care_plan_stats', 'workspace_id');
--> statement-breakpoint
SELECT tandem_isolate_table('lifecycle_stage_changes', 'workspace_id');
--> statement-breakpoint
-- Rule changes are audited; runs, stats and stage changes are logs themselves (a run every few minutes
-- would otherwise double every firing in the audit trail).
SELECT tandem_audit_table('care_plans', 'workspace_id', '');
--> statement-breakpoint
-- A firing is history: the application may record its e-mail outcome but never remove it.
REVOKE DELETE ON care_plan_runs FROM tandem_app;
--> statement-breakpoint
REVOKE UPDATE, DELETE ON lifecycle_stage_changes FROM tandem_app;
--> statement-breakpoint
-- Every change of a person's lifecycle stage, written in the same statement as the change.
CREATE OR REPLACE FUNCTION tandem_record_stage_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO lifecycle_stage_changes (workspace_id, person_id, from_stage, to_stage)
  SELECT n.workspace_id, n.id, o.lifecycle_stage, n.lifecycle_stage
  FROM new_rows n JOIN old_rows o ON o.workspace_id = n.workspace_id AND o.id = n.id
  WHERE o.lifecycle_stage IS DISTINCT FROM n.lifecycle_stage AND n.deleted_at IS NULL;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER people_stage_changes AFTER UPDATE ON people REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tandem_record_stage_changes();
--> statement-breakpoint
-- Changes made before this migration, from the audit trail.
INSERT INTO lifecycle_stage_changes (workspace_id, id, person_id, from_stage, to_stage, changed_at)
SELECT a.workspace_id, a.id, a.entity_id::uuid, a.before->>'lifecycle_stage', a.after->>'lifecycle_stage', a.occurred_at
FROM audit_events a
WHERE a.entity_type = 'people' AND a.action = 'update'
  AND a.after ? 'lifecycle_stage' AND a.before->>'lifecycle_stage' IS DISTINCT FROM a.after->>'lifecycle_stage';
--> statement-breakpoint
CREATE INDEX care_plans_people_created_idx ON people (workspace_id, created_at) WHERE deleted_at IS NULL;
