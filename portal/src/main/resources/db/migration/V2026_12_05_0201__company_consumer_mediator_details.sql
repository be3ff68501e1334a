-- The company's consumer mediator as structured data (issue 13, L616-1): its name (the column consumer_mediator,
-- which held free text until now and keeps it as the name), website, postal address and email. A website or an
-- email address written inside the free text is copied into its own column; the text itself is kept as it was.
ALTER TABLE company
    ADD COLUMN consumer_mediator_website VARCHAR(300),
    ADD COLUMN consumer_mediator_address VARCHAR(500),
    ADD COLUMN consumer_mediator_email   VARCHAR(200);

UPDATE company
   SET consumer_mediator_website = substring(consumer_mediator FROM '(https?://[^[:space:],;()<>]+)'),
       consumer_mediator_email   = substring(consumer_mediator FROM '([^[:space:],;()<>:]+@[^[:space:],;()<>]+\.[a-zA-Z]{2,})')
 WHERE consumer_mediator IS NOT NULL;
