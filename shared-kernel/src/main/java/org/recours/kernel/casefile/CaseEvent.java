package org.recours.kernel.casefile;

/**
 * A step of a case's history, recorded for good. Each carries every datum a reader of the evidence needs, and no
 * personal data of the consumer (see {@link ConsumerId}).
 */
public sealed interface CaseEvent permits ComplaintFiled, HelpCentreConsulted, SupportContacted, LetterSent,
        LetterDelivered, ResponseReceived, ResponseDeadlineExpired, MediationRequested, MediationConcluded,
        CourtActionRecorded, NoteAdded, CaseClosed, CaseReopened, EvidenceAttached, EvidenceWithdrawn, ReminderDue,
        PersonalDataErased, ResponseDeadlineExpiryContradicted, LetterSendingCorrected, LetterDeliveryCorrected,
        ResponseCorrected, ComplaintDetailsCorrected, MediationFileReceived, MediationSeizureNotified,
        MediationExtended, ConsumerDetailsUpdated, CaseHandlerAssigned, SupportContactCorrected,
        MediationRequestCorrected, ResponseDeadlineExpiryReestablished, HelpCentreConsultationCorrected,
        MediationOutcomeCorrected, CourtActionCorrected, CaseClosureCorrected,
        CaseQueuedForSupervisors, ConciliationRequested, ConciliationConcluded, CourtClaimStated,
        FactsKnownDateRecorded, LetterReturned, ElectronicLetterProofRecorded, MediationProposalMade,
        MediationProposalAnswered, PriorExaminationOverridden, MediatorNamingChecked, ConsumerMessageReceived,
        CourtClaimCorrected, ConciliationRequestCorrected, ConciliationOutcomeCorrected, LetterReturnCorrected,
        ConciliationFirstMeetingHeld {

    CaseId caseId();
}
