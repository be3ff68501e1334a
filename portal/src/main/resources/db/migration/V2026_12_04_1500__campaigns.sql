-- Read model of the campaigns projection (rebuilt from the event store on replay): one row per campaign, one per
-- member case ever joined (left_on set once it left), one per collective step.
CREATE TABLE campaign (
    campaign_id            VARCHAR(20)  NOT NULL PRIMARY KEY,
    version                BIGINT       NOT NULL,
    title                  VARCHAR(200) NOT NULL,
    company_id             VARCHAR(100) NOT NULL,
    targeted_entity        VARCHAR(200) NOT NULL,
    ground                 VARCHAR(40)  NOT NULL,
    breach                 TEXT         NOT NULL,
    period_from            DATE         NOT NULL,
    period_to              DATE,
    eligibility            TEXT         NOT NULL,
    legal_grounds          TEXT         NOT NULL,
    status                 VARCHAR(30)  NOT NULL,
    opened_by              VARCHAR(100) NOT NULL,
    opened_on              DATE         NOT NULL,
    approval_number        VARCHAR(100),
    approved_on            DATE,
    approval_valid_until   DATE,
    judgment_on            DATE,
    judgment_summary       TEXT,
    joining_window_ends_on DATE,
    closed_reason          TEXT,
    members_ever_joined    INTEGER      NOT NULL,
    last_changed_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE campaign_member (
    campaign_id       VARCHAR(20)  NOT NULL REFERENCES campaign (campaign_id) ON DELETE CASCADE,
    case_id           VARCHAR(20)  NOT NULL,
    member_number     INTEGER      NOT NULL,
    branch            VARCHAR(40)  NOT NULL,
    joined_on         DATE         NOT NULL,
    left_on           DATE,
    left_reason       TEXT,
    subscribed_on     DATE,
    plan              VARCHAR(200),
    months_affected   INTEGER,
    extra_charge_paid NUMERIC(14, 2),
    amount_claimed    NUMERIC(14, 2),
    evidence_present  BOOLEAN      NOT NULL DEFAULT FALSE,
    consent_id        UUID,
    consent_withdrawn BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (campaign_id, case_id)
);

CREATE INDEX campaign_member_order ON campaign_member (campaign_id, member_number);
CREATE INDEX campaign_member_case ON campaign_member (case_id);

CREATE TABLE campaign_step (
    campaign_id VARCHAR(20) NOT NULL REFERENCES campaign (campaign_id) ON DELETE CASCADE,
    step_number INTEGER     NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    step_on     DATE        NOT NULL,
    addressee   VARCHAR(200),
    reference   VARCHAR(200),
    members     INTEGER     NOT NULL,
    PRIMARY KEY (campaign_id, step_number)
);

-- Members' consent to join: personal data of the consumer, kept out of the events (docs/adr/0002, 0009). Events
-- carry only consent_id; erasing the consumer deletes these rows.
CREATE TABLE campaign_consent (
    consent_id   UUID         NOT NULL PRIMARY KEY,
    campaign_id  VARCHAR(20)  NOT NULL,
    case_id      VARCHAR(20)  NOT NULL,
    given_on     DATE         NOT NULL,
    channel      VARCHAR(40)  NOT NULL,
    withdrawn_on DATE,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX campaign_consent_case ON campaign_consent (case_id);

-- Which collective step the automation already recorded on which member case (WhenCollectiveStepThenRecordOnEachMember):
-- written in the transaction of the case's own event, so a step lands on a case once whatever the redeliveries.
CREATE TABLE campaign_step_on_case (
    campaign_id VARCHAR(20) NOT NULL,
    step_number INTEGER     NOT NULL,
    case_id     VARCHAR(20) NOT NULL,
    outcome     VARCHAR(20) NOT NULL,
    detail      TEXT,
    PRIMARY KEY (campaign_id, step_number, case_id)
);

-- Collective exports, prepared in the background: their progress, and the files once written (under the data
-- directory, exports/campaigns/<export_id>.zip and .csv).
CREATE TABLE campaign_export (
    export_id    UUID         NOT NULL PRIMARY KEY,
    campaign_id  VARCHAR(20)  NOT NULL,
    requested_by VARCHAR(100) NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    members_done INTEGER      NOT NULL,
    members      INTEGER      NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    failure      TEXT
);

CREATE INDEX campaign_export_campaign ON campaign_export (campaign_id, requested_at DESC);
