-- What the case list filters and searches on, beside each case's document (filled by the case-files projection;
-- rebuild it after this migration on an existing database).
ALTER TABLE case_file ADD COLUMN consumer_id UUID;
ALTER TABLE case_file ADD COLUMN company_name VARCHAR(200);
ALTER TABLE case_file ADD COLUMN filed_by VARCHAR(100);
ALTER TABLE case_file ADD COLUMN next_deadline_on DATE;
ALTER TABLE case_file ADD COLUMN next_deadline VARCHAR(40);
ALTER TABLE case_file ADD COLUMN search_text TEXT;

CREATE INDEX case_file_last_changed ON case_file (last_changed_at DESC);
CREATE INDEX case_file_next_deadline ON case_file (next_deadline_on);
CREATE INDEX case_file_filed_by ON case_file (filed_by);
