-- The case list's search ignores accents and case: "lefevre" finds "Lefèvre", "fevad" finds "FEVAD" (ADR 9).
-- unaccent ships with PostgreSQL (contrib) and, like pg_trgm, is trusted: the database owner may create it. Its
-- unaccent() is only STABLE (it reads a dictionary that could change), so an index may not use it; this wrapper
-- names its dictionary and is IMMUTABLE, which is true as long as nobody edits unaccent.rules. Its SQL-standard body
-- is bound when created: it finds unaccent whichever schema the session searches.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE FUNCTION folded_for_search(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN lower(unaccent('unaccent'::regdictionary, $1));

-- Words are looked for anywhere in the folded search text (LIKE '%…%'), through a trigram index as before
-- (V2026_11_27_1501); the index on the text as written is no longer used.
CREATE INDEX case_file_search_folded_trigrams ON case_file USING gin (folded_for_search(search_text) gin_trgm_ops);
DROP INDEX case_file_search_text_trigrams;
