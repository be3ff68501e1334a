package org.recours.portal.casefile;

/** The page's choice for a court action's claim: the payment of a sum, or something else (CPC art. 750-1). */
enum ClaimKind {
    SUM,
    NOT_A_SUM
}
