ALTER TABLE people ADD CONSTRAINT people_customer_type_check CHECK (customer_type IN ('consumer','business','public_body','international'));
--> statement-breakpoint
ALTER TABLE people ADD CONSTRAINT people_lifecycle_check CHECK (lifecycle_stage IN ('lead','prospect','customer','advocate','churned'));
--> statement-breakpoint
ALTER TABLE people ADD CONSTRAINT people_gender_check CHECK (gender IN ('female','male','other'));
--> statement-breakpoint
ALTER TABLE organizations ADD CONSTRAINT organizations_customer_type_check CHECK (customer_type IN ('consumer','business','public_body','international'));
--> statement-breakpoint
ALTER TABLE organizations ADD CONSTRAINT organizations_lifecycle_check CHECK (lifecycle_stage IN ('lead','prospect','customer','advocate','churned'));
--> statement-breakpoint
ALTER TABLE consents ADD CONSTRAINT consents_channel_check CHECK (channel IN ('email','sms','zalo','phone'));
--> statement-breakpoint
ALTER TABLE consents ADD CONSTRAINT consents_status_check CHECK (status IN ('given','withdrawn'));
--> statement-breakpoint
ALTER TABLE custom_field_definitions ADD CONSTRAINT custom_field_type_check CHECK (type IN ('text','number','date','select','multiselect','boolean'));
--> statement-breakpoint
ALTER TABLE custom_field_definitions ADD CONSTRAINT custom_field_key_check CHECK (key ~ '^[a-z][a-z0-9_]{0,62}$');
--> statement-breakpoint
CREATE UNIQUE INDEX custom_field_key_uq ON custom_field_definitions (workspace_id, entity, key);
--> statement-breakpoint
ALTER TABLE person_organizations ADD CONSTRAINT person_organizations_person_fk FOREIGN KEY (workspace_id, person_id) REFERENCES people (workspace_id, id) ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE person_organizations ADD CONSTRAINT person_organizations_org_fk FOREIGN KEY (workspace_id, organization_id) REFERENCES organizations (workspace_id, id) ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE consents ADD CONSTRAINT consents_person_fk FOREIGN KEY (workspace_id, person_id) REFERENCES people (workspace_id, id) ON DELETE CASCADE;
--> statement-breakpoint
-- Indexes that match the queries: keyset lists per sort (live rows only), one filter + newest first,
-- trigram search, exact contact keys for duplicates, tags, custom fields, and the import of a row.
CREATE INDEX people_live_id_idx ON people (workspace_id, id) WHERE deleted_at IS NULL;
--> statement-breakpoint
CREATE INDEX people_name_idx ON people (workspace_id, full_name, id) WHERE deleted_at IS NULL;
--> statement-breakpoint
CREATE INDEX people_updated_idx ON people (workspace_id, updated_at, id) WHERE deleted_at IS NULL;
--> statement-breakpoint
CREATE INDEX people_lifecycle_idx ON people (workspace_id, lifecycle_stage, id) WHERE deleted_at IS NULL;
--> statement-breakpoint
CREATE INDEX people_owner_idx ON people (workspace_id, owner_user_id, id) WHERE deleted_at IS NULL;
--> statement-breakpoint
CREATE INDEX people_search_idx ON people USING gin (search_text gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX people_contact_keys_idx ON people USING gin (contact_keys);
--> statement-breakpoint
CREATE INDEX people_tags_idx ON people USING gin (tags);
--> statement-breakpoint
CREATE INDEX people_custom_idx ON people USING gin (custom_fields jsonb_path_ops);
--> statement-breakpoint
CREATE INDEX people_import_idx ON people (workspace_id, import_id) WHERE import_id IS NOT NULL;
--> statement-breakpoint
CREATE INDEX organizations_live_id_idx ON organizations (workspace_id, id) WHERE deleted_at IS NULL;
--> statement-breakpoint
CREATE INDEX organizations_name_idx ON organizations (workspace_id, name, id) WHERE deleted_at IS NULL;
--> statement-breakpoint
CREATE INDEX organizations_updated_idx ON organizations (workspace_id, updated_at, id) WHERE deleted_at IS NULL;
--> statement-breakpoint
CREATE INDEX organizations_lifecycle_idx ON organizations (workspace_id, lifecycle_stage, id) WHERE deleted_at IS NULL;
--> statement-breakpoint
CREATE INDEX organizations_search_idx ON organizations USING gin (search_text gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX organizations_contact_keys_idx ON organizations USING gin (contact_keys);
--> statement-breakpoint
CREATE INDEX organizations_tags_idx ON organizations USING gin (tags);
--> statement-breakpoint
CREATE INDEX organizations_custom_idx ON organizations USING gin (custom_fields jsonb_path_ops);
--> statement-breakpoint
CREATE INDEX organizations_import_idx ON organizations (workspace_id, import_id) WHERE import_id IS NOT NULL;
--> statement-breakpoint
CREATE INDEX search_words_trgm_idx ON search_words USING gin (word gin_trgm_ops);
--> statement-breakpoint
-- Keep the typo vocabulary: the distinct words of new or renamed records, once per statement.
CREATE OR REPLACE FUNCTION tandem_collect_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_words (workspace_id, word)
  SELECT DISTINCT n.workspace_id, w
  FROM new_rows n, LATERAL unnest(string_to_array(tandem_fold(CASE WHEN TG_TABLE_NAME = 'people' THEN to_jsonb(n) ->> 'full_name' ELSE to_jsonb(n) ->> 'name' END), ' ')) w
  WHERE length(w) >= 2
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER search_words_insert AFTER INSERT ON people REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tandem_collect_search_words();
--> statement-breakpoint
CREATE TRIGGER search_words_update AFTER UPDATE ON people REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tandem_collect_search_words();
--> statement-breakpoint
CREATE TRIGGER search_words_insert AFTER INSERT ON organizations REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tandem_collect_search_words();
--> statement-breakpoint
CREATE TRIGGER search_words_update AFTER UPDATE ON organizations REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tandem_collect_search_words();
--> statement-breakpoint
SELECT tandem_isolate_table(t, 'workspace_id') FROM unnest(ARRAY['people','organizations','person_organizations','consents','custom_field_definitions','saved_views','search_words']::regclass[]) t;
--> statement-breakpoint
SELECT tandem_audit_table(t, 'workspace_id', 'search_text,contact_keys') FROM unnest(ARRAY['people','organizations','custom_field_definitions','saved_views']::regclass[]) t;
--> statement-breakpoint
-- A person's organizations and consents have no id of their own to audit by row: their history is the audit of the person's changes
-- and the consent rows themselves (append-only).
REVOKE UPDATE, DELETE ON consents FROM tandem_app;
