-- The timeline reads each kind newest first for one customer, a page at a time with a keyset on
-- (time, id): these indexes give every branch that order, so a page reads ~50 index entries instead of
-- sorting all of the customer's rows (bench/timeline: 10,000 items). Interactions already have theirs.
CREATE INDEX IF NOT EXISTS tasks_person_time_idx ON tasks (workspace_id, person_id, created_at, id) WHERE person_id IS NOT NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS tasks_org_time_idx ON tasks (workspace_id, organization_id, created_at, id) WHERE organization_id IS NOT NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS audit_events_entity_time_idx ON audit_events (workspace_id, entity_type, entity_id, occurred_at, id);
