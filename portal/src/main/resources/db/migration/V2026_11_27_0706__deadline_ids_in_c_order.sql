-- Deadline ids name their case (ComplaintCase/RC-7K2M-9QXD/response-window/<uuid>), and a case's deadlines of one
-- name are cancelled by a range of ids (KeyedDeadlineManager). Ids compare byte by byte, whatever the database's
-- collation, so that the range holds exactly the ids that start with the prefix; the primary key index serves it.
-- (The embedded H2 database compares strings that way already.)
ALTER TABLE scheduled_tasks ALTER COLUMN task_instance TYPE VARCHAR(100) COLLATE "C";
