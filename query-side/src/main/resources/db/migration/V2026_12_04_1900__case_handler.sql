-- Who handles each case (issue 16): its filer until the case is handed on (CaseHandlerAssigned). Cases listed before
-- handlers existed are handled by their filer.
ALTER TABLE case_file ADD COLUMN handler VARCHAR(100);
UPDATE case_file SET handler = filed_by;
CREATE INDEX case_file_handler ON case_file (handler, last_changed_at DESC, case_id);
