ALTER TABLE email_settings ADD CONSTRAINT email_settings_security_check CHECK (smtp_security IN ('tls','starttls','none'));
--> statement-breakpoint
ALTER TABLE email_settings ADD CONSTRAINT email_settings_language_check CHECK (default_language IN ('vi','en'));
--> statement-breakpoint
ALTER TABLE email_templates ADD CONSTRAINT email_templates_purpose_check CHECK (purpose IN ('transactional','marketing'));
--> statement-breakpoint
ALTER TABLE email_messages ADD CONSTRAINT email_messages_status_check CHECK (status IN ('queued','sending','sent','failed','outbox','blocked'));
--> statement-breakpoint
ALTER TABLE email_messages ADD CONSTRAINT email_messages_purpose_check CHECK (purpose IN ('transactional','marketing'));
--> statement-breakpoint
ALTER TABLE email_messages ADD CONSTRAINT email_messages_person_fk FOREIGN KEY (workspace_id, person_id) REFERENCES people (workspace_id, id);
--> statement-breakpoint
SELECT tandem_isolate_table('email_settings', 'workspace_id');
--> statement-breakpoint
SELECT tandem_audit_table('email_settings', 'workspace_id', 'smtp_password');
--> statement-breakpoint
SELECT tandem_isolate_table('email_templates', 'workspace_id');
--> statement-breakpoint
SELECT tandem_audit_table('email_templates', 'workspace_id', '');
--> statement-breakpoint
SELECT tandem_isolate_table('email_messages', 'workspace_id');
--> statement-breakpoint
SELECT tandem_audit_table('email_messages', 'workspace_id', 'body_html,claim_token,log');
