-- The database itself refuses to rewrite history: no UPDATE or DELETE of an audit entry, no UPDATE of a stored
-- evidence document. (TRUNCATE, used only to rebuild the audit trail from the event store, stays possible.)
CREATE FUNCTION recours_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% on % refused: evidence is append-only', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION recours_refuse_change();

CREATE TRIGGER evidence_document_never_replaced
    BEFORE UPDATE ON evidence_document
    FOR EACH ROW EXECUTE FUNCTION recours_refuse_change();
