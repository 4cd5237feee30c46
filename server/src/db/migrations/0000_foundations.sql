-- Extensions every later feature relies on: trigram search, accent folding, case-insensitive e-mails.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS citext;
--> statement-breakpoint
-- Time-ordered UUID (version 7): the first 48 bits are the Unix time in milliseconds, so new rows
-- land at the right edge of their indexes and ids sort by creation time.
CREATE OR REPLACE FUNCTION tandem_uuid7() RETURNS uuid LANGUAGE sql VOLATILE AS $$
  SELECT encode(
    set_bit(set_bit(
      overlay(uuid_send(gen_random_uuid())
              PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
              FROM 1 FOR 6),
      52, 1), 53, 1),
    'hex')::uuid
$$;
--> statement-breakpoint
-- The role that every workspace-scoped query runs as (SET LOCAL ROLE inside the request's transaction),
-- so row-level security applies even when the connection itself is a superuser.
DO $$
BEGIN
  CREATE ROLE tandem_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
--> statement-breakpoint
DO $$
BEGIN
  EXECUTE format('GRANT tandem_app TO %I', current_user);
EXCEPTION WHEN others THEN NULL; -- already a member, or a superuser (who may SET ROLE to any role)
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO tandem_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO tandem_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO tandem_app;
--> statement-breakpoint
-- The workspace of the current transaction, set by the data layer; NULL (so no rows) when unset.
CREATE OR REPLACE FUNCTION tandem_workspace_id() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('tandem.workspace_id', true), '')::uuid
$$;
--> statement-breakpoint
-- Audit trail: one statement-level trigger per operation writes a row per changed record, with the
-- actor and request taken from the transaction's settings. TG_ARGV[0] names the workspace column,
-- TG_ARGV[1] lists columns never copied into the trail (secrets).
CREATE OR REPLACE FUNCTION tandem_audit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ws_col text := TG_ARGV[0];
  hidden text[] := coalesce(string_to_array(nullif(TG_ARGV[1], ''), ','), '{}');
  actor uuid := nullif(current_setting('tandem.actor_user_id', true), '')::uuid;
  api_key uuid := nullif(current_setting('tandem.actor_api_key_id', true), '')::uuid;
  req text := nullif(current_setting('tandem.request_id', true), '');
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO audit_events (workspace_id, action, entity_type, entity_id, actor_user_id, actor_api_key_id, request_id, after)
    SELECT (j ->> ws_col)::uuid, 'create', TG_TABLE_NAME, j ->> 'id', actor, api_key, req, j - hidden
    FROM (SELECT to_jsonb(n) AS j FROM new_rows n) s;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO audit_events (workspace_id, action, entity_type, entity_id, actor_user_id, actor_api_key_id, request_id, before, after)
    SELECT (a ->> ws_col)::uuid,
           CASE WHEN b ? 'deleted_at' AND b ->> 'deleted_at' IS NULL AND a ->> 'deleted_at' IS NOT NULL THEN 'delete'
                WHEN b ? 'deleted_at' AND b ->> 'deleted_at' IS NOT NULL AND a ->> 'deleted_at' IS NULL THEN 'restore'
                ELSE 'update' END,
           TG_TABLE_NAME, a ->> 'id', actor, api_key, req, b - hidden, a - hidden
    FROM (SELECT to_jsonb(o) AS b, to_jsonb(n) AS a
          FROM old_rows o JOIN new_rows n ON to_jsonb(o) -> ws_col = to_jsonb(n) -> ws_col AND o.id = n.id) s
    WHERE (b - hidden - 'updated_at') IS DISTINCT FROM (a - hidden - 'updated_at');
  ELSE
    INSERT INTO audit_events (workspace_id, action, entity_type, entity_id, actor_user_id, actor_api_key_id, request_id, before)
    SELECT (j ->> ws_col)::uuid, 'delete', TG_TABLE_NAME, j ->> 'id', actor, api_key, req, j - hidden
    FROM (SELECT to_jsonb(o) AS j FROM old_rows o) s;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Attach the audit triggers to a table: SELECT tandem_audit_table('people', 'workspace_id', '');
CREATE OR REPLACE FUNCTION tandem_audit_table(tbl regclass, ws_col text, hidden text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tandem_audit(%L, %L)',
                 'audit_insert', tbl, ws_col, hidden);
  EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %s REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tandem_audit(%L, %L)',
                 'audit_update', tbl, ws_col, hidden);
  EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %s REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tandem_audit(%L, %L)',
                 'audit_delete', tbl, ws_col, hidden);
END $$;
--> statement-breakpoint
-- Turn on workspace isolation for a table: rows are visible and writable only inside their workspace.
CREATE OR REPLACE FUNCTION tandem_isolate_table(tbl regclass, ws_col text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('CREATE POLICY workspace_isolation ON %s TO tandem_app USING (%I = tandem_workspace_id()) WITH CHECK (%I = tandem_workspace_id())',
                 tbl, ws_col, ws_col);
END $$;
