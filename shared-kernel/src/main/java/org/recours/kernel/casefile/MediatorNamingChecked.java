package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * Staff checked, on {@code checkedOn}, whether the company's answer n° {@code responseNumber}, which rejects the
 * complaint in whole or in part, named the consumer mediator it falls under, as Code de la consommation art. L616-1
 * requires: {@code named} false is the company's breach (a fact for a report to the DGCCRF); {@code mediator} is
 * the mediator the answer names, null when it names none.
 */
public record MediatorNamingChecked(
        CaseId caseId, int responseNumber, boolean named, String mediator, LocalDate checkedOn) implements CaseEvent {}
