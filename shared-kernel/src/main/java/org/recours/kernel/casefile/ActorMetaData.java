package org.recours.kernel.casefile;

/**
 * The keys under which every command and event carries who acted: the audit trail names that person, and the
 * rules that depend on a role read it from there.
 */
public final class ActorMetaData {

    public static final String STAFF_MEMBER = "staffMember";
    public static final String STAFF_ROLE = "staffRole";
    public static final String STAFF_BRANCH = "staffBranch";

    private ActorMetaData() {}
}
