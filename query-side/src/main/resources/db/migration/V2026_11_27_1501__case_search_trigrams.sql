-- Words of the case list's search are looked for anywhere in search_text (LIKE '%…%'): with 100,000 cases a scan of
-- the table is too slow (docs/performance.md, "Scale"). A trigram index answers such patterns of three characters
-- or more. pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: the database owner may create it.
-- The embedded H2 database has no such index and scans, which is fine at its size.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX case_file_search_text_trigrams ON case_file USING gin (search_text gin_trgm_ops);
