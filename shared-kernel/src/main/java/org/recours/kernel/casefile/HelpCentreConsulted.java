package org.recours.kernel.casefile;

import java.time.LocalDate;

/** The consumer consulted the company's online help centre. */
public record HelpCentreConsulted(CaseId caseId, LocalDate consultedOn, String findings) implements CaseEvent {}
