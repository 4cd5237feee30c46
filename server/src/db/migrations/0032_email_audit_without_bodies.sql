-- Sending updates each message two or three times (claimed, sent or retried): keep the texts out of the
-- audit trail (they stay on the message itself); status, attempts, errors and who created it are audited.
DROP TRIGGER audit_insert ON email_messages;
--> statement-breakpoint
DROP TRIGGER audit_update ON email_messages;
--> statement-breakpoint
DROP TRIGGER audit_delete ON email_messages;
--> statement-breakpoint
SELECT tandem_audit_table('email_messages', 'workspace_id', 'body_text,body_html,claim_token,log');
