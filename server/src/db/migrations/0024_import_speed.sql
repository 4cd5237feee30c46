-- Import speed (issue 3). Three changes to what a write to people/organizations costs, measured on a
-- 1,000,000-row import (bench/import, bench/README.md):
--
-- 1. The generated columns' functions in PL/pgSQL. As SQL functions with sub-selects they could not be
--    inlined, so every row ran them through the SQL-function executor (≈0.3 ms per row, more than the
--    rest of the row's insert). Same results, value for value (checked on the benchmark's rows); stored
--    values stay valid.
CREATE OR REPLACE FUNCTION tandem_person_search_text(full_name text, phones jsonb, emails jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  p text;
  e text;
  v text;
BEGIN
  FOR i IN 0 .. jsonb_array_length(coalesce(phones, '[]')) - 1 LOOP
    v := tandem_phone_national(phones -> i ->> 'number');
    IF v IS NOT NULL THEN p := CASE WHEN p IS NULL THEN v ELSE p || ' ' || v END; END IF;
  END LOOP;
  FOR i IN 0 .. jsonb_array_length(coalesce(emails, '[]')) - 1 LOOP
    v := lower(emails -> i ->> 'address');
    IF v IS NOT NULL THEN e := CASE WHEN e IS NULL THEN v ELSE e || ' ' || v END; END IF;
  END LOOP;
  RETURN concat_ws(' ', tandem_fold(full_name), p, e);
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tandem_contact_keys(phones jsonb, emails jsonb, tax_code text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  keys text[] := '{}';
  v text;
BEGIN
  FOR i IN 0 .. jsonb_array_length(coalesce(phones, '[]')) - 1 LOOP
    v := phones -> i ->> 'number';
    IF v IS NOT NULL THEN keys := keys || v; END IF;
  END LOOP;
  FOR i IN 0 .. jsonb_array_length(coalesce(emails, '[]')) - 1 LOOP
    v := lower(emails -> i ->> 'address');
    IF v IS NOT NULL THEN keys := keys || v; END IF;
  END LOOP;
  IF tax_code IS NOT NULL THEN keys := keys || tax_code; END IF;
  RETURN keys;
END $$;
--> statement-breakpoint
-- 2. The typo vocabulary: each distinct name of the statement folded once, read from the row's own
--    column instead of a JSON copy of the whole row.
CREATE OR REPLACE FUNCTION tandem_collect_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'people' THEN
    INSERT INTO search_words (workspace_id, word)
    SELECT DISTINCT s.workspace_id, w
    FROM (SELECT DISTINCT n.workspace_id, n.full_name AS name FROM new_rows n) s, LATERAL unnest(string_to_array(tandem_fold(s.name), ' ')) w
    WHERE length(w) >= 2
    ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO search_words (workspace_id, word)
    SELECT DISTINCT s.workspace_id, w
    FROM (SELECT DISTINCT n.workspace_id, n.name FROM new_rows n) s, LATERAL unnest(string_to_array(tandem_fold(s.name), ' ')) w
    WHERE length(w) >= 2
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- 3. The audit of created people and organizations. A statement that runs with `tandem.import_id` set
--    (an import's batch, see server/src/modules/imports/import-writer.ts) records the rows it creates
--    for that import as one event per batch: action 'create', entity_type the table, entity_id the
--    import's id, `after` = {import_id, created, first_id, last_id}, with the actor and request as
--    usual. The rows themselves carry `import_id`, so the event plus `WHERE import_id = …` names every
--    record, and rolling back deletes them with a per-row audit. Any other row of the statement (or any
--    statement without the setting) is audited row by row as before; updates and deletes always are.
CREATE OR REPLACE FUNCTION tandem_audit_create() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  hidden text[] := coalesce(string_to_array(nullif(TG_ARGV[0], ''), ','), '{}');
  actor uuid := nullif(current_setting('tandem.actor_user_id', true), '')::uuid;
  api_key uuid := nullif(current_setting('tandem.actor_api_key_id', true), '')::uuid;
  req text := nullif(current_setting('tandem.request_id', true), '');
  bulk uuid := nullif(current_setting('tandem.import_id', true), '')::uuid;
BEGIN
  IF bulk IS NOT NULL THEN
    INSERT INTO audit_events (workspace_id, action, entity_type, entity_id, actor_user_id, actor_api_key_id, request_id, after)
    SELECT n.workspace_id, 'create', TG_TABLE_NAME, bulk::text, actor, api_key, req,
           jsonb_build_object('import_id', bulk, 'created', count(*), 'first_id', min(n.id::text), 'last_id', max(n.id::text))
    FROM new_rows n WHERE n.import_id = bulk
    GROUP BY n.workspace_id;
  END IF;
  INSERT INTO audit_events (workspace_id, action, entity_type, entity_id, actor_user_id, actor_api_key_id, request_id, after)
  SELECT n.workspace_id, 'create', TG_TABLE_NAME, n.id::text, actor, api_key, req, to_jsonb(n) - hidden
  FROM new_rows n WHERE bulk IS NULL OR n.import_id IS DISTINCT FROM bulk;
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP TRIGGER audit_insert ON people;
--> statement-breakpoint
CREATE TRIGGER audit_insert AFTER INSERT ON people REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tandem_audit_create('search_text,contact_keys');
--> statement-breakpoint
DROP TRIGGER audit_insert ON organizations;
--> statement-breakpoint
CREATE TRIGGER audit_insert AFTER INSERT ON organizations REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tandem_audit_create('search_text,contact_keys');
