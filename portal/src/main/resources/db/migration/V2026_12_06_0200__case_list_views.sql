-- The case list as each staff member last left it (issue 16): the view (their cases, all cases, a supervisors'
-- queue) and the filters, not the free-text search nor the page. Kept per account, so that it follows them from
-- one sign-in, browser or computer to the next; a shared computer never shows one member's view to another.
CREATE TABLE case_list_view (
    staff_login TEXT        PRIMARY KEY,
    filters     TEXT        NOT NULL,
    saved_at    TIMESTAMPTZ NOT NULL
);
