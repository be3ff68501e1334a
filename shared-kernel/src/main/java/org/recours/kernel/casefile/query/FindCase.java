package org.recours.kernel.casefile.query;

import org.recours.kernel.casefile.CaseId;

/** Asks for a case's current state; answered with a {@link CaseFile}, or nothing when no such case exists. */
public record FindCase(CaseId caseId) {}
