package org.recours.command.casefile;

/**
 * The families of a case's deadlines: the step that ends one limit cancels every reminder of its family. Each name is
 * stored with the deadlines scheduled in its family (the deadline manager's scope), so a family is never renamed.
 */
enum DeadlineFamily {
    SUPPORT_FOLLOW_UP("support-follow-up"),
    RESPONSE_WINDOW("response-window"),
    MEDIATION_TIME_LIMIT("mediation-time-limit"),
    MEDIATOR_CONCLUSION("mediator-conclusion"),
    MEDIATOR_REJECTION_WINDOW("mediator-rejection-window"),
    LIMITATION("limitation"),
    MEDIATION_PROPOSAL("mediation-proposal");

    private final String storedName;

    DeadlineFamily(String storedName) {
        this.storedName = storedName;
    }

    /** The name the deadline manager keeps with each deadline of the family. */
    String storedName() {
        return storedName;
    }
}
