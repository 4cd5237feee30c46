ALTER TABLE interaction_files ADD CONSTRAINT interaction_files_interaction_fk FOREIGN KEY (workspace_id, interaction_id) REFERENCES interactions (workspace_id, id) ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE interaction_files ADD CONSTRAINT interaction_files_size_check CHECK (size > 0 AND size = octet_length(content));
--> statement-breakpoint
SELECT tandem_isolate_table('interaction_files', 'workspace_id');
--> statement-breakpoint
SELECT tandem_audit_table('interaction_files', 'workspace_id', 'content');
