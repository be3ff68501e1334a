-- Whether the consumer asked to be told by email when a deadline of their case falls due.
ALTER TABLE consumer_personal_data ADD COLUMN agreed_to_reminders BOOLEAN NOT NULL DEFAULT FALSE;
