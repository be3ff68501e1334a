-- Consumers' personal data, kept out of the immutable events (docs/adr/0002): events carry only consumer_id,
-- and erasing a consumer (GDPR art. 17) deletes the row here.
CREATE TABLE consumer_personal_data (
    consumer_id    UUID          NOT NULL PRIMARY KEY,
    full_name      VARCHAR(200)  NOT NULL,
    email          VARCHAR(254),
    phone          VARCHAR(30),
    postal_address VARCHAR(500),
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
