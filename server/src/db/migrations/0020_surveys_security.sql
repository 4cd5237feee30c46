ALTER TABLE surveys ADD CONSTRAINT surveys_kind_check CHECK (kind IN ('nps','csat','ces','enps','internal_csat','custom'));
--> statement-breakpoint
ALTER TABLE surveys ADD CONSTRAINT surveys_status_check CHECK (status IN ('draft','active','closed'));
--> statement-breakpoint
ALTER TABLE survey_settings ADD CONSTRAINT survey_settings_threshold_check CHECK (anonymity_threshold >= 3);
--> statement-breakpoint
ALTER TABLE survey_recipients ADD CONSTRAINT survey_recipients_subject_check CHECK (person_id IS NOT NULL OR employee_id IS NOT NULL);
--> statement-breakpoint
ALTER TABLE survey_responses ADD CONSTRAINT survey_responses_survey_fk FOREIGN KEY (workspace_id, survey_id) REFERENCES surveys (workspace_id, id);
--> statement-breakpoint
ALTER TABLE survey_recipients ADD CONSTRAINT survey_recipients_survey_fk FOREIGN KEY (workspace_id, survey_id) REFERENCES surveys (workspace_id, id);
--> statement-breakpoint
ALTER TABLE survey_answers ADD CONSTRAINT survey_answers_response_fk FOREIGN KEY (workspace_id, response_id) REFERENCES survey_responses (workspace_id, id) ON DELETE CASCADE;
--> statement-breakpoint
SELECT tandem_isolate_table('surveys', 'workspace_id');
--> statement-breakpoint
SELECT tandem_isolate_table('survey_recipients', 'workspace_id');
--> statement-breakpoint
SELECT tandem_isolate_table('survey_responses', 'workspace_id');
--> statement-breakpoint
SELECT tandem_isolate_table('survey_answers', 'workspace_id');
--> statement-breakpoint
SELECT tandem_isolate_table('survey_daily_stats', 'workspace_id');
--> statement-breakpoint
SELECT tandem_isolate_table('survey_settings', 'workspace_id');
--> statement-breakpoint
SELECT tandem_audit_table('surveys', 'workspace_id', '');
--> statement-breakpoint
SELECT tandem_audit_table('survey_settings', 'workspace_id', '');
