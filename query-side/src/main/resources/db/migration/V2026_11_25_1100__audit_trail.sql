-- The audit trail: one entry per event of a case, hash-chained (docs/evidence-format.md). Append-only: the
-- vendor migration V2026_11_25_1101 makes the database refuse UPDATE and DELETE; only a rebuild truncates it.
CREATE TABLE audit_entry (
    case_id       VARCHAR(20)  NOT NULL,
    position      BIGINT       NOT NULL,
    event_id      VARCHAR(64)  NOT NULL,
    recorded_at   VARCHAR(40)  NOT NULL,
    actor         VARCHAR(100) NOT NULL,
    kind          VARCHAR(60)  NOT NULL,
    summary_fr    TEXT         NOT NULL,
    summary_en    TEXT         NOT NULL,
    data          TEXT         NOT NULL,
    previous_hash CHAR(64)     NOT NULL,
    hash          CHAR(64)     NOT NULL,
    PRIMARY KEY (case_id, position)
);

-- Evidence documents, stored once under their id and SHA-256; the "evidence attached" event records both.
-- The vendor migration V2026_11_25_1101 makes the database refuse to change a stored document.
CREATE TABLE evidence_document (
    document_id UUID         NOT NULL PRIMARY KEY,
    case_id     VARCHAR(20)  NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    media_type  VARCHAR(100) NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    content     BYTEA        NOT NULL,
    stored_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX evidence_document_case ON evidence_document (case_id);
