ALTER TABLE feedback ADD CONSTRAINT feedback_source_check CHECK (source IN ('survey_answer','complaint','praise','review','suggestion'));
--> statement-breakpoint
ALTER TABLE feedback ADD CONSTRAINT feedback_status_check CHECK (status IN ('new','acknowledged','resolved'));
--> statement-breakpoint
ALTER TABLE feedback ADD CONSTRAINT feedback_sentiment_check CHECK (sentiment IN ('positive','neutral','negative') AND sentiment_source IN ('score','text','manual'));
--> statement-breakpoint
ALTER TABLE feedback ADD CONSTRAINT feedback_metric_check CHECK (metric IS NULL OR metric IN ('nps','csat','ces','enps','internal_csat'));
--> statement-breakpoint
ALTER TABLE feedback ADD CONSTRAINT feedback_anonymous_check CHECK (NOT anonymous OR (person_id IS NULL AND employee_id IS NULL AND organization_id IS NULL));
--> statement-breakpoint
ALTER TABLE feedback ADD CONSTRAINT feedback_person_fk FOREIGN KEY (workspace_id, person_id) REFERENCES people (workspace_id, id);
--> statement-breakpoint
ALTER TABLE feedback ADD CONSTRAINT feedback_org_fk FOREIGN KEY (workspace_id, organization_id) REFERENCES organizations (workspace_id, id);
--> statement-breakpoint
ALTER TABLE feedback ADD CONSTRAINT feedback_product_fk FOREIGN KEY (workspace_id, product_id) REFERENCES products (workspace_id, id);
--> statement-breakpoint
ALTER TABLE survey_campaigns ADD CONSTRAINT survey_campaigns_survey_fk FOREIGN KEY (workspace_id, survey_id) REFERENCES surveys (workspace_id, id) ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE survey_sends ADD CONSTRAINT survey_sends_campaign_fk FOREIGN KEY (workspace_id, campaign_id) REFERENCES survey_campaigns (workspace_id, id) ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE survey_triggers ADD CONSTRAINT survey_triggers_survey_fk FOREIGN KEY (workspace_id, survey_id) REFERENCES surveys (workspace_id, id) ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE survey_triggers ADD CONSTRAINT survey_triggers_event_check CHECK (event IN ('internal_request_resolved','task_done','interaction_logged') AND delay_minutes >= 0);
--> statement-breakpoint
ALTER TABLE survey_distribution_settings ADD CONSTRAINT survey_distribution_settings_check CHECK (contact_frequency_days BETWEEN 0 AND 365 AND sends_per_minute BETWEEN 1 AND 10000);
--> statement-breakpoint
SELECT tandem_isolate_table(t, 'workspace_id') FROM unnest(ARRAY['feedback','feedback_followups','survey_campaigns','survey_sends','survey_triggers','survey_distribution_settings']::regclass[]) t;
--> statement-breakpoint
SELECT tandem_audit_table(t, 'workspace_id', '') FROM unnest(ARRAY['feedback','feedback_followups','survey_campaigns','survey_triggers','survey_distribution_settings']::regclass[]) t;
