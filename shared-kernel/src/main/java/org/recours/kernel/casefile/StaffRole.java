package org.recours.kernel.casefile;

/** What a signed-in member of the association may do. */
public enum StaffRole {
    STAFF("agent : les dossiers de son antenne"),
    SUPERVISOR("superviseur : les dossiers de toutes les antennes, les statistiques"),
    ADMINISTRATOR("administrateur : tout, et l'administration");

    private final String labelFr;

    StaffRole(String labelFr) {
        this.labelFr = labelFr;
    }

    public boolean canOverrideDeadlines() {
        return this != STAFF;
    }

    public String labelFr() {
        return labelFr;
    }
}
