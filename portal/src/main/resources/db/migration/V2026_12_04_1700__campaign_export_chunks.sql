-- The finished files of a collective export (collective-file.zip, members.csv, members.xlsx) kept in PostgreSQL, so
-- that any instance serves the download (docs/adr/0015): each file as numbered chunks of 1 MiB in bytea columns,
-- written and read one chunk at a time (memory stays bounded), never as large objects (pg_largeobject escapes
-- pg_dump's per-table selection and needs lo_unlink to go).
CREATE TABLE campaign_export_chunk (
    export_id UUID        NOT NULL REFERENCES campaign_export (export_id) ON DELETE CASCADE,
    file_name VARCHAR(40) NOT NULL,
    chunk     INTEGER     NOT NULL,
    content   BYTEA       NOT NULL,
    PRIMARY KEY (export_id, file_name, chunk)
);
