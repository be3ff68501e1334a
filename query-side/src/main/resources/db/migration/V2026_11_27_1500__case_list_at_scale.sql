-- The case list with 100,000 cases (docs/performance.md, "Scale"): pages are read in index order of
-- (last_changed_at DESC, case_id), the list's own order, without sorting; cases found by their consumer's name are
-- looked up by consumer_id.
CREATE INDEX case_file_list_order ON case_file (last_changed_at DESC, case_id);
DROP INDEX case_file_last_changed;
CREATE INDEX case_file_consumer ON case_file (consumer_id);
-- The filters every staff member's list has (their branch) and the one used most (the status), in list order.
CREATE INDEX case_file_branch_order ON case_file (branch, last_changed_at DESC, case_id);
CREATE INDEX case_file_status_order ON case_file (status, last_changed_at DESC, case_id);
