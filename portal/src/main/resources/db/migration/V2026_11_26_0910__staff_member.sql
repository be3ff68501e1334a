-- The association's staff, as reminders address them; accounts and roles come with the staff portal.
CREATE TABLE staff_member (
    login     VARCHAR(100) NOT NULL PRIMARY KEY,
    full_name VARCHAR(200) NOT NULL,
    email     VARCHAR(254) NOT NULL,
    branch    VARCHAR(40)  NOT NULL
);
