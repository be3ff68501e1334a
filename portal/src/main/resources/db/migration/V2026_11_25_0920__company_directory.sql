-- The companies complaints are filed against: the head offices formal letters go to, the consumer mediator,
-- and the months the company has to answer a formal complaint (two unless its rules say otherwise).
CREATE TABLE company (
    company_id             VARCHAR(100) NOT NULL PRIMARY KEY,
    name                   VARCHAR(200) NOT NULL,
    consumer_mediator      VARCHAR(200),
    response_window_months INTEGER      NOT NULL DEFAULT 2,
    CONSTRAINT company_response_window CHECK (response_window_months BETWEEN 1 AND 12)
);

CREATE TABLE company_head_office (
    company_id  VARCHAR(100) NOT NULL REFERENCES company (company_id),
    position    INTEGER      NOT NULL,
    entity      VARCHAR(200) NOT NULL,
    street      VARCHAR(200) NOT NULL,
    postal_code VARCHAR(20)  NOT NULL,
    city        VARCHAR(200) NOT NULL,
    country     VARCHAR(100) NOT NULL,
    PRIMARY KEY (company_id, position)
);

INSERT INTO company (company_id, name, consumer_mediator, response_window_months)
VALUES ('amazon-prime-video', 'Amazon Prime Video', NULL, 2);

INSERT INTO company_head_office (company_id, position, entity, street, postal_code, city, country)
VALUES ('amazon-prime-video', 1, 'Amazon Digital France SAS', '67 boulevard du Général Leclerc', '92110', 'Clichy', 'France'),
       ('amazon-prime-video', 2, 'Amazon Europe Core SARL', '38 avenue John F. Kennedy', 'L-1855', 'Luxembourg', 'Luxembourg');
