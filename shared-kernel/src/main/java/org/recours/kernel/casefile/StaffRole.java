package org.recours.kernel.casefile;

/** What a signed-in member of the association may do (the pages name each role by the message role.NAME). */
public enum StaffRole {
    STAFF,
    SUPERVISOR,
    ADMINISTRATOR;

    public boolean canOverrideDeadlines() {
        return this != STAFF;
    }
}
