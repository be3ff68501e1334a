-- What the antivirus (clamd) said of each document before it was stored (issue 18): the engine and signature
-- database it named (its VERSION answer) and when. Both null: not scanned ("non analysé"), as every document stored
-- while no scanner was configured, and every one stored before scanning existed. An infected document is never
-- stored. Set once, at insertion: the table's rows are never updated (evidence_document_never_replaced).
ALTER TABLE evidence_document
    ADD COLUMN scanned_with VARCHAR(200),
    ADD COLUMN scanned_at   TIMESTAMP WITH TIME ZONE,
    ADD CONSTRAINT evidence_document_scan_whole CHECK ((scanned_with IS NULL) = (scanned_at IS NULL));
