package org.recours.kernel.casefile;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the steps of a case depend on, as the case stands: the aggregate builds it from its state to check a command,
 * the pages from the case's read model to offer only the steps the case allows ({@link CaseStep}). Dates are null
 * until the step that fixes them is on record: {@code writtenComplaintSentOn} (the first letter),
 * {@code responseDueOn}, {@code mediationPossibleFrom}, {@code mediationAdmissibleUntil} (one year after
 * {@code earliestWrittenComplaintOn}, the first letter or an earlier written contact, L612-2 4°); the pending mediation's
 * dates are null when none is pending, as is {@code pendingConciliationRequestedOn}. {@code onRecord} names the steps of which at least one stands (what a
 * correction may name).
 */
public record CaseStanding(
        CaseId caseId,
        CompanyProfile company,
        boolean closed,
        LocalDate writtenComplaintSentOn,
        boolean letterAwaitingReceipt,
        boolean answered,
        boolean responseDeadlineExpired,
        LocalDate responseDueOn,
        LocalDate mediationPossibleFrom,
        LocalDate mediationAdmissibleUntil,
        LocalDate earliestWrittenComplaintOn,
        LocalDate pendingMediationRequestedOn,
        LocalDate pendingMediationFileReceivedOn,
        LocalDate pendingMediationSeizureNotifiedOn,
        LocalDate pendingConciliationRequestedOn,
        Set<CaseStep> onRecord) {

    public CaseStanding {
        onRecord = Set.copyOf(onRecord);
    }

    public boolean writtenComplaintSent() {
        return writtenComplaintSentOn != null;
    }

    /** The case as a request to a mediator sees it when that request is checked again (its correction). */
    public CaseStanding withoutPendingMediation() {
        return new CaseStanding(
                caseId,
                company,
                closed,
                writtenComplaintSentOn,
                letterAwaitingReceipt,
                answered,
                responseDeadlineExpired,
                responseDueOn,
                mediationPossibleFrom,
                mediationAdmissibleUntil,
                earliestWrittenComplaintOn,
                null,
                null,
                null,
                pendingConciliationRequestedOn,
                onRecord);
    }

    public boolean mediationPending() {
        return pendingMediationRequestedOn != null;
    }

    public boolean conciliationPending() {
        return pendingConciliationRequestedOn != null;
    }
}
