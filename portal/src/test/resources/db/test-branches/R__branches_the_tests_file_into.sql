-- The branches the tests' reference cases are filed into (PrimeVideoCase: paris-11), as an administrator would have
-- created them: a case is only filed into an existing, active branch.
INSERT INTO branch (code, name) SELECT 'paris-11', 'Paris 11e' WHERE NOT EXISTS (SELECT 1 FROM branch WHERE code = 'paris-11');
INSERT INTO branch (code, name) SELECT 'lyon', 'Lyon' WHERE NOT EXISTS (SELECT 1 FROM branch WHERE code = 'lyon');
INSERT INTO branch (code, name) SELECT 'lille', 'Lille' WHERE NOT EXISTS (SELECT 1 FROM branch WHERE code = 'lille');
