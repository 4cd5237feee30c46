ALTER TABLE imports ADD CONSTRAINT imports_entity_check CHECK (entity IN ('person','organization'));
--> statement-breakpoint
ALTER TABLE imports ADD CONSTRAINT imports_state_check CHECK (state IN ('queued','running','completed','failed','cancelled','interrupted','rolling_back','rolled_back'));
--> statement-breakpoint
ALTER TABLE imports ADD CONSTRAINT imports_format_check CHECK (format IN ('csv','xlsx'));
--> statement-breakpoint
ALTER TABLE imports ADD CONSTRAINT imports_on_duplicate_check CHECK (on_duplicate IN ('skip','update','create'));
--> statement-breakpoint
ALTER TABLE import_mappings ADD CONSTRAINT import_mappings_entity_check CHECK (entity IN ('person','organization'));
--> statement-breakpoint
ALTER TABLE import_row_issues ADD CONSTRAINT import_row_issues_kind_check CHECK (kind IN ('error','duplicate'));
--> statement-breakpoint
ALTER TABLE import_row_issues ADD CONSTRAINT import_row_issues_import_fk FOREIGN KEY (workspace_id, import_id) REFERENCES imports (workspace_id, id) ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE import_before_images ADD CONSTRAINT import_before_images_import_fk FOREIGN KEY (workspace_id, import_id) REFERENCES imports (workspace_id, id) ON DELETE CASCADE;
--> statement-breakpoint
-- Lists of a workspace's imports, newest first.
CREATE INDEX imports_recent_idx ON imports (workspace_id, id DESC);
--> statement-breakpoint
SELECT tandem_isolate_table(t, 'workspace_id') FROM unnest(ARRAY['imports','import_row_issues','import_before_images','import_mappings']::regclass[]) t;
--> statement-breakpoint
-- Imports are audited for what a person does (created, finished, rolled back), not for each batch's progress:
-- the counters, the checkpoint, the heartbeat and the server path are hidden, so progress updates write no events.
SELECT tandem_audit_table('imports', 'workspace_id', 'file_path,total,processed,inserted,updated,skipped,error_count,resume_row,runner_id,heartbeat_at');
--> statement-breakpoint
-- Row issues, before-images and the remembered mapping are the import's own working data, written with its
-- batches: their history is the import's. Issues are append-only for the application role.
REVOKE UPDATE ON import_row_issues FROM tandem_app;
