-- Accent folding for search, the same as foldVietnamese() in packages/shared: NFC, strip diacritics,
-- đ→d explicitly, lower-case, single spaces. IMMUTABLE (the unaccent dictionary is fixed), so it can
-- feed generated columns and indexes.
CREATE OR REPLACE FUNCTION tandem_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT btrim(regexp_replace(lower(translate(public.unaccent('public.unaccent'::regdictionary, normalize(t, NFC)), 'đĐ', 'dD')), '\s+', ' ', 'g'))
$$;
--> statement-breakpoint
-- Stored phones (E.164) in the national form people type: +84912345678 → 0912345678.
CREATE OR REPLACE FUNCTION tandem_phone_national(n text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT CASE WHEN n LIKE '+84%' THEN '0' || substr(n, 4) ELSE n END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tandem_person_search_text(full_name text, phones jsonb, emails jsonb) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT concat_ws(' ',
    tandem_fold(full_name),
    (SELECT string_agg(tandem_phone_national(p ->> 'number'), ' ') FROM jsonb_array_elements(coalesce(phones, '[]')) p),
    (SELECT string_agg(lower(e ->> 'address'), ' ') FROM jsonb_array_elements(coalesce(emails, '[]')) e))
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tandem_org_search_text(name text, tax_code text, phones jsonb, emails jsonb) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT concat_ws(' ', tandem_person_search_text(name, phones, emails), tax_code)
$$;
--> statement-breakpoint
-- Exact keys for duplicate detection: every phone (E.164), e-mail (lower-case) and the tax code.
CREATE OR REPLACE FUNCTION tandem_contact_keys(phones jsonb, emails jsonb, tax_code text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ARRAY(
    SELECT p ->> 'number' FROM jsonb_array_elements(coalesce(phones, '[]')) p WHERE p ->> 'number' IS NOT NULL
    UNION ALL
    SELECT lower(e ->> 'address') FROM jsonb_array_elements(coalesce(emails, '[]')) e WHERE e ->> 'address' IS NOT NULL
    UNION ALL
    SELECT tax_code WHERE tax_code IS NOT NULL)
$$;
