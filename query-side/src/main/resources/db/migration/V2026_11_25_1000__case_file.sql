-- Read model of the case-files projection: one row per case, rebuilt from the event store on replay.
CREATE TABLE case_file (
    case_id         VARCHAR(20)  NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    status          VARCHAR(40)  NOT NULL,
    branch          VARCHAR(40)  NOT NULL,
    company_id      VARCHAR(100) NOT NULL,
    category        VARCHAR(40)  NOT NULL,
    filed_on        DATE         NOT NULL,
    last_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    document        TEXT         NOT NULL
);

CREATE INDEX case_file_branch_status ON case_file (branch, status);
CREATE INDEX case_file_company ON case_file (company_id);
