package org.recours.kernel.casefile;

/** What a signed-in member of the association may do (the pages name each role by the message role.NAME). */
public enum StaffRole {
    STAFF,
    SUPERVISOR,
    ADMINISTRATOR;

    /** The role a command's metadata names; an unknown or missing one is the least: staff. */
    public static StaffRole named(String role) {
        for (var known : values()) {
            if (known.name().equals(role)) {
                return known;
            }
        }
        return STAFF;
    }

    public boolean canOverrideDeadlines() {
        return this != STAFF;
    }
}
