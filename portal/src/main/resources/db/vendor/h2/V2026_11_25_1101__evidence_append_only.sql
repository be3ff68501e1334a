-- The embedded database refuses to rewrite history too (see the PostgreSQL version of this migration).
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    CALL 'org.recours.portal.config.H2AppendOnlyTrigger';
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    CALL 'org.recours.portal.config.H2AppendOnlyTrigger';
CREATE TRIGGER evidence_document_no_update BEFORE UPDATE ON evidence_document FOR EACH ROW
    CALL 'org.recours.portal.config.H2AppendOnlyTrigger';
