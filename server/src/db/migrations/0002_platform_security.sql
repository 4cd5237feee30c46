ALTER TABLE memberships ADD CONSTRAINT memberships_role_check CHECK (role IN ('owner','admin','manager','staff','hr','viewer'));
--> statement-breakpoint
ALTER TABLE invitations ADD CONSTRAINT invitations_role_check CHECK (role IN ('owner','admin','manager','staff','hr','viewer'));
--> statement-breakpoint
ALTER TABLE api_keys ADD CONSTRAINT api_keys_role_check CHECK (role IN ('admin','manager','staff','hr','viewer'));
--> statement-breakpoint
ALTER TABLE users ADD CONSTRAINT users_locale_check CHECK (locale IN ('vi','en'));
--> statement-breakpoint
CREATE INDEX audit_events_recent_idx ON audit_events (workspace_id, id DESC);
--> statement-breakpoint
SELECT tandem_isolate_table('workspaces', 'id');
--> statement-breakpoint
SELECT tandem_isolate_table('memberships', 'workspace_id');
--> statement-breakpoint
SELECT tandem_isolate_table('invitations', 'workspace_id');
--> statement-breakpoint
SELECT tandem_isolate_table('api_keys', 'workspace_id');
--> statement-breakpoint
SELECT tandem_isolate_table('audit_events', 'workspace_id');
--> statement-breakpoint
-- The trail is append-only for the application role.
REVOKE UPDATE, DELETE ON audit_events FROM tandem_app;
--> statement-breakpoint
-- Accounts are global; a workspace transaction may read names and e-mails of its members and update its own user.
REVOKE ALL ON users FROM tandem_app;
--> statement-breakpoint
GRANT SELECT (id, email, name, locale, created_at) ON users TO tandem_app;
--> statement-breakpoint
REVOKE ALL ON sessions FROM tandem_app;
--> statement-breakpoint
SELECT tandem_audit_table('workspaces', 'id', '');
--> statement-breakpoint
SELECT tandem_audit_table('memberships', 'workspace_id', '');
--> statement-breakpoint
SELECT tandem_audit_table('invitations', 'workspace_id', 'token_hash');
--> statement-breakpoint
SELECT tandem_audit_table('api_keys', 'workspace_id', 'key_hash,last_used_at');
