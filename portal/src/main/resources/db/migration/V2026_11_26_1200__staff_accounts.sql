-- Staff accounts: a role and a password hash (bcrypt, through Spring Security's delegating encoder) on top of the
-- staff directory; repeated failed sign-ins lock the account for a while. API tokens let the association's own
-- programs call the API on behalf of an account; only their SHA-256 is kept.
ALTER TABLE staff_member ADD COLUMN role VARCHAR(20) DEFAULT 'STAFF' NOT NULL;
ALTER TABLE staff_member ADD COLUMN password_hash VARCHAR(200);
ALTER TABLE staff_member ADD COLUMN enabled BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE staff_member ADD COLUMN failed_sign_ins INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE staff_member ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE staff_member ADD CONSTRAINT staff_member_role CHECK (role IN ('STAFF', 'SUPERVISOR', 'ADMINISTRATOR'));

CREATE TABLE api_token (
    token_id    UUID         NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    token_hash  CHAR(64)     NOT NULL UNIQUE,
    staff_login VARCHAR(100) NOT NULL REFERENCES staff_member (login),
    created_by  VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE
);
