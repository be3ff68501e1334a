-- How each case ended, for the supervisors' statistics (filled by the case-files projection).
ALTER TABLE case_file ADD COLUMN closed_on DATE;
ALTER TABLE case_file ADD COLUMN resolution VARCHAR(30);
ALTER TABLE case_file ADD COLUMN amount_obtained NUMERIC(14, 2);
ALTER TABLE case_file ADD COLUMN amount_at_stake NUMERIC(14, 2);
