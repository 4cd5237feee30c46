-- The words of each person's folded name, one row each, in a B-tree that a search can walk and stop.
-- The GIN word index (0013) answers "who holds the word 'anh'?" by building a bitmap of every row that
-- holds it (about 40,000 of 1,000,000 people) before a LIMIT can stop anything, and a query's plan for
-- it depends on the word, so it is planned again on every search. Walking (workspace, word, person_id)
-- from the newest person reads just the entries a page of candidates needs, whatever the word.
-- Only live people have rows here (deleted ones lose them, restored ones get them back), so a walk
-- that stops after N entries has N people. Kept by statement-level triggers on people (one statement
-- per import batch, like search_words); words of one letter are left out, as in the typo vocabulary
-- (search_words), which decides which words of a query are whole words.
CREATE TABLE person_name_words (
  workspace_id uuid NOT NULL,
  word text NOT NULL,
  person_id uuid NOT NULL,
  PRIMARY KEY (workspace_id, word, person_id)
);
--> statement-breakpoint
SELECT tandem_isolate_table('person_name_words', 'workspace_id');
--> statement-breakpoint
-- Read through a view carrying the workspace condition, like people_search (0013).
CREATE VIEW people_name_words AS
  SELECT word, person_id FROM person_name_words WHERE workspace_id = tandem_workspace_id();
--> statement-breakpoint
GRANT SELECT ON people_name_words TO tandem_app;
--> statement-breakpoint
-- The words of a folded name: search_text starts with the folded name, and folding keeps a normalized
-- name's length. One expression with no sub-select, so PostgreSQL inlines it where it is called (a SQL
-- function it cannot inline runs through the function executor once per row; see 0024).
CREATE FUNCTION tandem_name_words(search_text text, full_name text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT string_to_array(left(search_text, char_length(full_name)), ' ') $$;
--> statement-breakpoint
-- PL/pgSQL plans each statement when it first runs, so each operation has its own statements: a
-- statement naming old_rows cannot even be planned in an INSERT trigger.
CREATE FUNCTION tandem_person_name_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO person_name_words (workspace_id, word, person_id)
    SELECT DISTINCT n.workspace_id, w, n.id
    FROM new_rows n, LATERAL unnest(tandem_name_words(n.search_text, n.full_name)) w
    WHERE n.deleted_at IS NULL AND length(w) >= 2;
  ELSIF TG_OP = 'UPDATE' THEN
    -- A row's words are there while it is live: renamed, deleted or restored rows change them.
    DELETE FROM person_name_words pw
    USING old_rows o JOIN new_rows n ON n.id = o.id, LATERAL unnest(tandem_name_words(o.search_text, o.full_name)) w
    WHERE o.deleted_at IS NULL AND (n.deleted_at IS NOT NULL OR n.full_name IS DISTINCT FROM o.full_name)
      AND pw.workspace_id = o.workspace_id AND pw.word = w AND pw.person_id = o.id;
    INSERT INTO person_name_words (workspace_id, word, person_id)
    SELECT DISTINCT n.workspace_id, w, n.id
    FROM old_rows o JOIN new_rows n ON n.id = o.id, LATERAL unnest(tandem_name_words(n.search_text, n.full_name)) w
    WHERE n.deleted_at IS NULL AND (o.deleted_at IS NOT NULL OR n.full_name IS DISTINCT FROM o.full_name) AND length(w) >= 2;
  ELSE
    DELETE FROM person_name_words pw
    USING old_rows o, LATERAL unnest(tandem_name_words(o.search_text, o.full_name)) w
    WHERE o.deleted_at IS NULL AND pw.workspace_id = o.workspace_id AND pw.word = w AND pw.person_id = o.id;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER name_words_insert AFTER INSERT ON people REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tandem_person_name_words();
--> statement-breakpoint
CREATE TRIGGER name_words_update AFTER UPDATE ON people REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tandem_person_name_words();
--> statement-breakpoint
CREATE TRIGGER name_words_delete AFTER DELETE ON people REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tandem_person_name_words();
--> statement-breakpoint
INSERT INTO person_name_words (workspace_id, word, person_id)
SELECT DISTINCT p.workspace_id, w, p.id
FROM people p, LATERAL unnest(tandem_name_words(p.search_text, p.full_name)) w
WHERE p.deleted_at IS NULL AND length(w) >= 2;
--> statement-breakpoint
-- Word frequencies are very uneven (Nguyễn in 4 names in 10): a longer list of common values lets the
-- planner choose between merging two words' lists and probing the rarer word's people.
ALTER TABLE person_name_words ALTER COLUMN word SET STATISTICS 1000;
--> statement-breakpoint
ANALYZE person_name_words;
