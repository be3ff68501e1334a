-- Consumers are found by words of their name whatever the accents and case (folded_for_search: V2026_12_04_1000),
-- through a trigram index on the folded name, which replaces the one on the lower-case name (V2026_11_27_1502).
CREATE INDEX consumer_personal_data_folded_name_trigrams
    ON consumer_personal_data USING gin (folded_for_search(full_name) gin_trgm_ops);
DROP INDEX consumer_personal_data_name_trigrams;
