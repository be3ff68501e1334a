-- Branches become managed: an administrator creates, renames and deactivates them, and every account belongs to
-- one that exists. Seeded with the administrator's default branch ('siege') and every branch code already used by
-- an account or a case. A branch in use is deactivated, never deleted. Cases keep their branch code in their
-- events: the case projection has no foreign key (a replay must never depend on this table).
CREATE TABLE branch (
    code    VARCHAR(40)  NOT NULL PRIMARY KEY,
    name    VARCHAR(200) NOT NULL,
    address VARCHAR(200),
    city    VARCHAR(200),
    active  BOOLEAN DEFAULT TRUE NOT NULL
);

INSERT INTO branch (code, name) VALUES ('siege', 'Siège');

INSERT INTO branch (code, name)
SELECT used.branch, used.branch
  FROM (SELECT branch FROM staff_member UNION SELECT branch FROM case_file) used
 WHERE used.branch <> 'siege';

ALTER TABLE staff_member ADD CONSTRAINT staff_member_branch FOREIGN KEY (branch) REFERENCES branch (code);

-- A password an administrator set (the first administrator's printed one, a new account's, a reset) is a one-time
-- password: its owner must replace it at their first sign-in. Passwords set before this migration are kept.
ALTER TABLE staff_member ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
