-- What was said in a mediation is confidential (Code de la consommation, art. L612-3): the content of a mediator's
-- proposal and the details of a mediation's outcome are kept here, outside the events (whose data every export
-- carries), shown to staff, and produced in an export only when staff state that the parties agreed (ADR 18).
CREATE TABLE confidential_notes (
    id          BIGSERIAL PRIMARY KEY,
    case_id     TEXT        NOT NULL,
    entry       BIGINT      NOT NULL,
    subject     TEXT        NOT NULL CHECK (subject IN ('PROPOSAL', 'OUTCOME')),
    text        TEXT        NOT NULL,
    written_by  TEXT        NOT NULL,
    written_at  TIMESTAMPTZ NOT NULL
);

CREATE INDEX confidential_notes_by_case ON confidential_notes (case_id, entry, id);
