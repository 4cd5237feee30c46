ALTER TABLE interactions ADD CONSTRAINT interactions_kind_check CHECK (kind IN ('call','email','chat','meeting','visit','note'));
--> statement-breakpoint
ALTER TABLE interactions ADD CONSTRAINT interactions_direction_check CHECK (direction IN ('inbound','outbound'));
--> statement-breakpoint
ALTER TABLE interactions ADD CONSTRAINT interactions_subject_check CHECK (person_id IS NOT NULL OR organization_id IS NOT NULL OR employee_id IS NOT NULL);
--> statement-breakpoint
ALTER TABLE interactions ADD CONSTRAINT interactions_person_fk FOREIGN KEY (workspace_id, person_id) REFERENCES people (workspace_id, id);
--> statement-breakpoint
ALTER TABLE interactions ADD CONSTRAINT interactions_org_fk FOREIGN KEY (workspace_id, organization_id) REFERENCES organizations (workspace_id, id);
--> statement-breakpoint
SELECT tandem_isolate_table('interactions', 'workspace_id');
--> statement-breakpoint
SELECT tandem_audit_table('interactions', 'workspace_id', '');
