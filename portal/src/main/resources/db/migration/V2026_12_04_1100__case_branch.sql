-- Every case names a branch that exists. A filing records its case's branch here, after checking that the branch
-- exists and is active, and the foreign key refuses to delete a branch a case names (deleted right after a filing,
-- before the case list had caught up, a branch used to leave the case orphaned). Not a projection: the filing
-- writes it, a replay never does. Filled from the case list; a branch deleted before this migration while cases
-- named it comes back, deactivated, under its code.
CREATE TABLE case_branch (
    case_id VARCHAR(20) NOT NULL PRIMARY KEY,
    branch  VARCHAR(40) NOT NULL REFERENCES branch (code)
);

CREATE INDEX case_branch_branch ON case_branch (branch);

INSERT INTO branch (code, name, active)
SELECT DISTINCT branch, branch, FALSE FROM case_file WHERE branch NOT IN (SELECT code FROM branch);

INSERT INTO case_branch (case_id, branch) SELECT case_id, branch FROM case_file;
