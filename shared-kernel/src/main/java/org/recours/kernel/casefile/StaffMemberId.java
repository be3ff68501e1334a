package org.recours.kernel.casefile;

/** The login of a staff member of the association, as the audit trail names them. */
public record StaffMemberId(String value) {

    public static final StaffMemberId SYSTEM = new StaffMemberId("system");
    /** The consumer, acting through their follow-up link (ADR 17): neither a login nor a name. */
    public static final StaffMemberId CONSUMER = new StaffMemberId("consumer");

    /** What a branch's supervisors' queue is called as a case's handler (ADR 20): no login has a colon. */
    private static final String QUEUE_PREFIX = "superviseurs:";

    /** The supervisors' queue of {@code branch}, which handles the cases nobody else can (ADR 20). */
    public static StaffMemberId supervisorsQueue(BranchId branch) {
        return new StaffMemberId(QUEUE_PREFIX + branch.value());
    }

    /** Whether this names a branch's supervisors' queue rather than a staff member. */
    public boolean namesQueue() {
        return value.startsWith(QUEUE_PREFIX);
    }

    public StaffMemberId {
        value = Require.text("staffMember", value, 100);
    }

    @Override
    public String toString() {
        return value;
    }
}
