package org.recours.kernel.casefile;

/** The login of a staff member of the association, as the audit trail names them. */
public record StaffMemberId(String value) {

    public static final StaffMemberId SYSTEM = new StaffMemberId("system");
    /** The consumer, acting through their follow-up link (ADR 17): neither a login nor a name. */
    public static final StaffMemberId CONSUMER = new StaffMemberId("consumer");

    public StaffMemberId {
        value = Require.text("staffMember", value, 100);
    }

    @Override
    public String toString() {
        return value;
    }
}
