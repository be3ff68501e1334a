package org.recours.portal.casefile;

/** A party's answer to the mediator's proposal, as the case page offers it (R612-4). */
enum ProposalAnswer {
    ACCEPTED,
    REFUSED
}
