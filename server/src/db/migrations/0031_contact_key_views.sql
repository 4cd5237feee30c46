-- Duplicate checks of one record (create, update, inbound interactions) match its few contact keys with
-- `contact_keys && keys`. Under row-level security that operator (not leakproof) can never be an index
-- condition, so each check scanned the whole workspace (a second at 1,000,000 people). These views read
-- as their owner and carry the workspace condition themselves, as the search views do (0013); the
-- condition compares text so that no B-tree can serve it and the planner always takes the GIN index on
-- contact_keys (with the workspace as a B-tree condition it may estimate the workspace as tiny and walk
-- it through the primary key instead). Imports use their own batched lookup (imports/import-writer.ts).
CREATE VIEW people_contact_keys AS
  SELECT id, contact_keys, deleted_at FROM people WHERE workspace_id::text = tandem_workspace_id()::text;
--> statement-breakpoint
CREATE VIEW organizations_contact_keys AS
  SELECT id, contact_keys, deleted_at FROM organizations WHERE workspace_id::text = tandem_workspace_id()::text;
--> statement-breakpoint
GRANT SELECT ON people_contact_keys, organizations_contact_keys TO tandem_app;
