-- Letter templates (ADR 21): every edit is a new version, none is ever changed; version 1 of each is the template
-- shipped with Recours, written by the application at start when missing.
CREATE TABLE letter_template (
    name       VARCHAR(50)  NOT NULL,
    version    INTEGER      NOT NULL CHECK (version >= 1),
    title      VARCHAR(200) NOT NULL,
    body       TEXT         NOT NULL,
    edited_by  VARCHAR(100) NOT NULL,
    edited_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (name, version)
);

-- A letter produced for sending, kept as a document of its case: which template and version it came from.
CREATE TABLE produced_letter (
    document_id      UUID         PRIMARY KEY,
    case_id          VARCHAR(20)  NOT NULL,
    template_name    VARCHAR(50)  NOT NULL,
    template_version INTEGER      NOT NULL,
    sha256           CHAR(64)     NOT NULL,
    produced_by      VARCHAR(100) NOT NULL,
    produced_at      TIMESTAMPTZ  NOT NULL,
    FOREIGN KEY (template_name, template_version) REFERENCES letter_template (name, version)
);
CREATE INDEX produced_letter_case ON produced_letter (case_id);
