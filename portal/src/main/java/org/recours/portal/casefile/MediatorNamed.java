package org.recours.portal.casefile;

/** Whether a company's answer rejecting the complaint named its consumer mediator (L616-1), as the page asks it. */
enum MediatorNamed {
    NAMED,
    NOT_NAMED
}
