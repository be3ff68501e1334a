package org.recours.kernel.casefile.query;

import org.recours.kernel.casefile.CaseId;

/** Asks for a case's audit trail, in case order. */
public record FindCaseHistory(CaseId caseId) {}
