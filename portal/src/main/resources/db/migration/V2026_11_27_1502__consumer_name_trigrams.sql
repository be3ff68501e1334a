-- The case list's search finds consumers by words of their name (LOWER(full_name) LIKE '%…%', through the vault):
-- a trigram index instead of a scan of every consumer (docs/performance.md, "Scale"). See V2026_11_27_1501.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX consumer_personal_data_name_trigrams ON consumer_personal_data USING gin (lower(full_name) gin_trgm_ops);
