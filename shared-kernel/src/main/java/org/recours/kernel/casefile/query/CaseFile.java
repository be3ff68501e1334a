package org.recours.kernel.casefile.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.CaseStanding;
import org.recours.kernel.casefile.CaseStep;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.CompanyProfile;
import org.recours.kernel.casefile.ConsumerId;
import org.recours.kernel.casefile.ContactChannel;
import org.recours.kernel.casefile.CourtClaim;
import org.recours.kernel.casefile.Money;
import org.recours.kernel.casefile.Resolution;
import org.recours.kernel.casefile.ResponseAssessment;
import org.recours.kernel.casefile.StaffMemberId;

/**
 * A case as it stands now. {@code version} is the number of its last recorded step, the one to send back in
 * If-Match. The legal dates are null until the step that starts them is recorded; {@code closure} is null while
 * the case is open.
 */
public record CaseFile(
        CaseId caseId,
        long version,
        CaseStatus status,
        ConsumerId consumer,
        CompanyProfile company,
        Category category,
        String facts,
        Money amountAtStake,
        String desiredOutcome,
        BranchId branch,
        StaffMemberId filedBy,
        LocalDate filedOn,
        Instant lastChangedAt,
        List<HelpCentreConsultation> helpCentreConsultations,
        List<SupportContact> supportContacts,
        List<Letter> letters,
        List<Response> responses,
        LegalDates legalDates,
        List<Mediation> mediations,
        List<CourtAction> courtActions,
        List<Note> notes,
        Closure closure,
        List<Reopening> reopenings,
        List<Evidence> evidence,
        StaffMemberId handler,
        List<Conciliation> conciliations,
        LimitationPeriod limitation) {

    /**
     * {@code handler}: who handles the case and gets its reminders; its filer until it was handed on.
     * {@code limitation}: null while nobody said when the consumer knew the facts (the page asks for it).
     */
    public CaseFile {
        if (handler == null) {
            handler = filedBy;
        }
        conciliations = conciliations == null ? List.of() : conciliations;
    }

    public CaseFile(
            CaseId caseId,
            long version,
            CaseStatus status,
            ConsumerId consumer,
            CompanyProfile company,
            Category category,
            String facts,
            Money amountAtStake,
            String desiredOutcome,
            BranchId branch,
            StaffMemberId filedBy,
            LocalDate filedOn,
            Instant lastChangedAt,
            List<HelpCentreConsultation> helpCentreConsultations,
            List<SupportContact> supportContacts,
            List<Letter> letters,
            List<Response> responses,
            LegalDates legalDates,
            List<Mediation> mediations,
            List<CourtAction> courtActions,
            List<Note> notes,
            Closure closure,
            List<Reopening> reopenings,
            List<Evidence> evidence,
            StaffMemberId handler) {
        this(
                caseId,
                version,
                status,
                consumer,
                company,
                category,
                facts,
                amountAtStake,
                desiredOutcome,
                branch,
                filedBy,
                filedOn,
                lastChangedAt,
                helpCentreConsultations,
                supportContacts,
                letters,
                responses,
                legalDates,
                mediations,
                courtActions,
                notes,
                closure,
                reopenings,
                evidence,
                handler,
                List.of(),
                null);
    }

    /** Whether a court action was filed without the prior attempt CPC art. 750-1 asks for. */
    public boolean inadmissibilityRisk() {
        return courtActions.stream().anyMatch(CourtAction::inadmissibilityRisk);
    }

    /** A case never handed on: its filer handles it. */
    public CaseFile(
            CaseId caseId,
            long version,
            CaseStatus status,
            ConsumerId consumer,
            CompanyProfile company,
            Category category,
            String facts,
            Money amountAtStake,
            String desiredOutcome,
            BranchId branch,
            StaffMemberId filedBy,
            LocalDate filedOn,
            Instant lastChangedAt,
            List<HelpCentreConsultation> helpCentreConsultations,
            List<SupportContact> supportContacts,
            List<Letter> letters,
            List<Response> responses,
            LegalDates legalDates,
            List<Mediation> mediations,
            List<CourtAction> courtActions,
            List<Note> notes,
            Closure closure,
            List<Reopening> reopenings,
            List<Evidence> evidence) {
        this(
                caseId,
                version,
                status,
                consumer,
                company,
                category,
                facts,
                amountAtStake,
                desiredOutcome,
                branch,
                filedBy,
                filedOn,
                lastChangedAt,
                helpCentreConsultations,
                supportContacts,
                letters,
                responses,
                legalDates,
                mediations,
                courtActions,
                notes,
                closure,
                reopenings,
                evidence,
                null);
    }

    /**
     * The case as its steps depend on it, read from this read model: the page offers steps by the same rules
     * ({@link CaseStep}) as the case refuses commands by.
     */
    public CaseStanding standing() {
        var pending = mediations.stream()
                .filter(mediation -> mediation.concludedOn() == null)
                .findFirst();
        var onRecord = EnumSet.noneOf(CaseStep.class);
        Map.of(
                        CaseStep.HELP_CENTRE,
                        helpCentreConsultations,
                        CaseStep.SUPPORT_CONTACT,
                        supportContacts,
                        CaseStep.LETTER,
                        letters,
                        CaseStep.RESPONSE,
                        responses,
                        CaseStep.MEDIATION,
                        mediations,
                        CaseStep.COURT,
                        courtActions)
                .forEach((step, recorded) -> {
                    if (!recorded.isEmpty()) {
                        onRecord.add(step);
                    }
                });
        if (letters.stream().anyMatch(letter -> letter.deliveredOn() != null)) {
            onRecord.add(CaseStep.DELIVERY);
        }
        if (mediations.stream().anyMatch(mediation -> mediation.concludedOn() != null)) {
            onRecord.add(CaseStep.MEDIATION_OUTCOME);
        }
        if (conciliations != null && !conciliations.isEmpty()) {
            onRecord.add(CaseStep.CONCILIATION);
        }
        if (conciliations != null && conciliations.stream().anyMatch(c -> c.concludedOn() != null)) {
            onRecord.add(CaseStep.CONCILIATION_OUTCOME);
        }
        if (letters.stream().anyMatch(letter -> letter.returnReason() != null)) {
            onRecord.add(CaseStep.LETTER_RETURN);
        }
        if (closure != null && status == CaseStatus.CLOSED) {
            onRecord.add(CaseStep.CLOSURE);
        }
        var dates = legalDates == null ? LegalDates.NONE : legalDates;
        return new CaseStanding(
                caseId,
                company,
                status == CaseStatus.CLOSED,
                letters.isEmpty() ? null : letters.get(0).sentOn(),
                letters.stream().anyMatch(letter -> letter.deliveredOn() == null),
                !responses.isEmpty(),
                dates.responseDeadlineExpired(),
                dates.responseDueOn(),
                dates.mediationPossibleFrom(),
                dates.mediationAdmissibleUntil(),
                dates.earliestWrittenComplaint() == null
                        ? null
                        : dates.earliestWrittenComplaint().on(),
                pending.map(Mediation::requestedOn).orElse(null),
                pending.map(Mediation::fileReceivedOn).orElse(null),
                pending.map(Mediation::seizureNotifiedOn).orElse(null),
                conciliations.stream()
                        .filter(c -> c.concludedOn() == null)
                        .map(Conciliation::requestedOn)
                        .findFirst()
                        .orElse(null),
                onRecord);
    }

    /*
     * The read model's own records, not the events': a new field of an event must not change the API or the stored
     * documents unseen. Each has the JSON form its event had when the read model used it (caseId included), which
     * CaseRestFormIT pins.
     */

    public record HelpCentreConsultation(CaseId caseId, LocalDate consultedOn, String findings) {}

    public record SupportContact(
            CaseId caseId,
            ContactChannel channel,
            LocalDate contactedOn,
            String ticketReference,
            String summary,
            String outcome) {}

    /**
     * {@code mediatorNamed}: for an answer rejecting the complaint, whether it named the company's consumer mediator
     * (L616-1), as staff recorded it (null until recorded); {@code namedMediator} the mediator it named.
     */
    public record Response(
            CaseId caseId,
            LocalDate receivedOn,
            ContactChannel channel,
            String summary,
            ResponseAssessment assessment,
            String offer,
            Boolean mediatorNamed,
            String namedMediator) {

        public Response(
                CaseId caseId,
                LocalDate receivedOn,
                ContactChannel channel,
                String summary,
                ResponseAssessment assessment,
                String offer) {
            this(caseId, receivedOn, channel, summary, assessment, offer, null, null);
        }

        /** The company's breach of L616-1: a rejection that named no consumer mediator. */
        public boolean mediatorNotNamed() {
            return Boolean.FALSE.equals(mediatorNamed);
        }
    }

    /**
     * A court action; its claim and where it stands under CPC art. 750-1 ({@code attemptBasis}, an
     * {@code AmicableAttemptBasis} name; {@code exemption}, an {@code AmicableAttemptExemption} name) are null for an
     * action recorded before Recours asked for them.
     */
    public record CourtAction(
            CaseId caseId,
            String court,
            LocalDate filedOn,
            String reference,
            String summary,
            CourtClaim claim,
            String attemptBasis,
            LocalDate attemptEndedOn,
            String exemption,
            String justification,
            boolean inadmissibilityRisk) {

        public CourtAction(CaseId caseId, String court, LocalDate filedOn, String reference, String summary) {
            this(caseId, court, filedOn, reference, summary, null, null, null, null, null, false);
        }

        public CourtAction claimStated(
                CourtClaim statedClaim,
                String basis,
                LocalDate endedOn,
                String exemptionName,
                String why,
                boolean risk) {
            return new CourtAction(
                    caseId, court, filedOn, reference, summary, statedClaim, basis, endedOn, exemptionName, why, risk);
        }

        public CourtAction corrected(
                String correctedCourt, LocalDate correctedFiledOn, String correctedReference, String correctedSummary) {
            return new CourtAction(
                    caseId,
                    correctedCourt,
                    correctedFiledOn,
                    correctedReference,
                    correctedSummary,
                    claim,
                    attemptBasis,
                    attemptEndedOn,
                    exemption,
                    justification,
                    inadmissibilityRisk);
        }
    }

    /**
     * A conciliation by a conciliateur de justice; {@code outcome} (a {@code ConciliationOutcome} name) null while it
     * runs; {@code firstMeetingOn} its first meeting, from which it suspends the limitation (Code civil, art. 2238),
     * null while not recorded.
     */
    public record Conciliation(
            int number,
            String conciliator,
            LocalDate requestedOn,
            String reference,
            String outcome,
            LocalDate concludedOn,
            String details,
            LocalDate firstMeetingOn) {}

    /**
     * The limitation of the consumer's action (Code civil, art. 2224, 2238): when they knew the facts, the last day to
     * act as the mediations on file leave it ({@code endsOn}, null while one suspends it), and since when a running
     * mediation suspends it ({@code suspendedSince}, null otherwise).
     */
    public record LimitationPeriod(LocalDate factsKnownOn, LocalDate endsOn, LocalDate suspendedSince) {}

    public record Closure(
            CaseId caseId, Resolution resolution, Money amountObtained, LocalDate closedOn, String summary) {}

    public record Reopening(CaseId caseId, LocalDate reopenedOn, String reason) {}

    /**
     * A document attached as evidence; {@code withdrawalReason} is null while it stands; {@code scan}, what the
     * antivirus said of it before it was stored.
     */
    public record Evidence(
            String documentId,
            String fileName,
            String mediaType,
            long sizeInBytes,
            String sha256,
            String description,
            Instant attachedAt,
            String withdrawalReason,
            Scan scan) {

        public Evidence {
            if (scan == null) {
                scan = Scan.NOT_SCANNED;
            }
        }
    }

    /**
     * What the antivirus said of a document before it was stored. Not scanned ("non analysé"): no scanner was
     * configured then (or the document came before scanning existed). Scanned: clamd found nothing in it;
     * {@code scannedWith} is its engine and signature database as it named them ({@code ClamAV 1.4.6/27480/…}),
     * {@code scannedAt} when. An infected document is never stored, so never shown.
     */
    public record Scan(boolean scanned, String scannedWith, Instant scannedAt) {

        public static final Scan NOT_SCANNED = new Scan(false, null, null);

        public Scan {
            if (scanned && (scannedWith == null || scannedAt == null)) {
                throw new IllegalArgumentException("a scan names the scanner and when it ran");
            }
            if (!scanned && (scannedWith != null || scannedAt != null)) {
                throw new IllegalArgumentException("a document not scanned has no scanner");
            }
        }

        public static Scan by(String scannedWith, Instant scannedAt) {
            return new Scan(true, scannedWith, scannedAt);
        }
    }

    /**
     * A letter; {@code firstPresentedOn} and {@code returnReason} (a {@code LetterReturnReason} name) when the post
     * returned it undelivered; {@code depositedAt} and {@code receivedAt}, the proofs of an electronic registered letter.
     */
    public record Letter(
            int number,
            String addressee,
            String address,
            String method,
            String trackingNumber,
            LocalDate sentOn,
            LocalDate deliveredOn,
            LocalDate firstPresentedOn,
            String returnReason,
            Instant depositedAt,
            Instant receivedAt) {

        public Letter(
                int number,
                String addressee,
                String address,
                String method,
                String trackingNumber,
                LocalDate sentOn,
                LocalDate deliveredOn) {
            this(number, addressee, address, method, trackingNumber, sentOn, deliveredOn, null, null, null, null);
        }

        public Letter delivered(LocalDate on) {
            return new Letter(
                    number,
                    addressee,
                    address,
                    method,
                    trackingNumber,
                    sentOn,
                    on,
                    firstPresentedOn,
                    returnReason,
                    depositedAt,
                    receivedAt);
        }

        public Letter returned(LocalDate presentedOn, String reason) {
            return new Letter(
                    number,
                    addressee,
                    address,
                    method,
                    trackingNumber,
                    sentOn,
                    deliveredOn,
                    presentedOn,
                    reason,
                    depositedAt,
                    receivedAt);
        }

        public Letter proved(boolean deposit, Instant at) {
            return new Letter(
                    number,
                    addressee,
                    address,
                    method,
                    trackingNumber,
                    sentOn,
                    deliveredOn,
                    firstPresentedOn,
                    returnReason,
                    deposit ? at : depositedAt,
                    deposit ? receivedAt : at);
        }
    }

    /**
     * The time limits running on the case: the company's last day to answer, whether it let it pass, the first day
     * the mediator may be seized and the last (L612-2).
     */
    public record LegalDates(
            LocalDate responseDueOn,
            boolean responseDeadlineExpired,
            LocalDate mediationPossibleFrom,
            LocalDate mediationAdmissibleUntil,
            WrittenComplaint earliestWrittenComplaint) {

        public static final LegalDates NONE = new LegalDates(null, false, null, null);

        public LegalDates(
                LocalDate responseDueOn,
                boolean responseDeadlineExpired,
                LocalDate mediationPossibleFrom,
                LocalDate mediationAdmissibleUntil) {
            this(responseDueOn, responseDeadlineExpired, mediationPossibleFrom, mediationAdmissibleUntil, null);
        }
    }

    /**
     * The earliest written complaint on file, which the one year to seize the mediator runs from (L612-2 4°): the
     * first letter ({@code channel} null, {@code letterNumber} 1) or a contact with customer support made in writing
     * ({@code channel} EMAIL, CONTACT_FORM or POSTAL_MAIL, {@code letterNumber} null).
     */
    public record WrittenComplaint(LocalDate on, ContactChannel channel, Integer letterNumber) {}

    /**
     * A mediation as it stands. {@code conclusionDueOn} is the mediator's last day (R612-5) that stands: provisional
     * (request + 90 days) until the seizure is notified (R612-2), then notification + 90 days, or the day of the
     * latest extension ({@code extendedOn} the day it was notified). {@code rejectionDueOn} is the last day of the
     * three weeks from the file's receipt in which the mediator may reject the request (L612-2). What the mediator
     * found is not here: it is confidential (L612-3), in the case's confidential notes (ADR 24).
     */
    public record Mediation(
            String mediator,
            String reference,
            LocalDate requestedOn,
            LocalDate conclusionDueOn,
            String windowOverrideReason,
            String outcome,
            LocalDate concludedOn,
            LocalDate fileReceivedOn,
            LocalDate rejectionDueOn,
            LocalDate seizureNotifiedOn,
            String seizureReference,
            LocalDate extendedOn,
            Proposal proposal) {

        public Mediation(
                String mediator,
                String reference,
                LocalDate requestedOn,
                LocalDate conclusionDueOn,
                String windowOverrideReason,
                String outcome,
                LocalDate concludedOn) {
            this(
                    mediator,
                    reference,
                    requestedOn,
                    conclusionDueOn,
                    windowOverrideReason,
                    outcome,
                    concludedOn,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }

        public Mediation withProposal(Proposal changed) {
            return new Mediation(
                    mediator,
                    reference,
                    requestedOn,
                    conclusionDueOn,
                    windowOverrideReason,
                    outcome,
                    concludedOn,
                    fileReceivedOn,
                    rejectionDueOn,
                    seizureNotifiedOn,
                    seizureReference,
                    extendedOn,
                    changed);
        }

        /** The request as corrected: the steps inside the mediation stay. */
        public Mediation requestCorrected(
                String correctedMediator, String correctedReference, LocalDate correctedRequestedOn, LocalDate dueOn) {
            return new Mediation(
                    correctedMediator,
                    correctedReference,
                    correctedRequestedOn,
                    dueOn,
                    windowOverrideReason,
                    outcome,
                    concludedOn,
                    fileReceivedOn,
                    rejectionDueOn,
                    seizureNotifiedOn,
                    seizureReference,
                    extendedOn,
                    proposal);
        }

        /** Until the seizure is notified, the last day is only the request + 90 days. */
        public boolean conclusionDueProvisional() {
            return seizureNotifiedOn == null;
        }

        /** A rejection (outcome "irrecevable") told after the three weeks of L612-2. */
        public boolean lateRejection() {
            return "INADMISSIBLE".equals(outcome)
                    && rejectionDueOn != null
                    && concludedOn != null
                    && concludedOn.isAfter(rejectionDueOn);
        }

        public Mediation fileReceived(LocalDate receivedOn, LocalDate rejectionDue) {
            return new Mediation(
                    mediator,
                    reference,
                    requestedOn,
                    conclusionDueOn,
                    windowOverrideReason,
                    outcome,
                    concludedOn,
                    receivedOn,
                    rejectionDue,
                    seizureNotifiedOn,
                    seizureReference,
                    extendedOn,
                    proposal);
        }

        public Mediation seizureNotified(LocalDate notifiedOn, String noticeReference, LocalDate dueOn) {
            return new Mediation(
                    mediator,
                    reference,
                    requestedOn,
                    dueOn,
                    windowOverrideReason,
                    outcome,
                    concludedOn,
                    fileReceivedOn,
                    rejectionDueOn,
                    notifiedOn,
                    noticeReference,
                    extendedOn,
                    proposal);
        }

        public Mediation extended(LocalDate notifiedOn, LocalDate dueOn) {
            return new Mediation(
                    mediator,
                    reference,
                    requestedOn,
                    dueOn,
                    windowOverrideReason,
                    outcome,
                    concludedOn,
                    fileReceivedOn,
                    rejectionDueOn,
                    seizureNotifiedOn,
                    seizureReference,
                    notifiedOn,
                    proposal);
        }

        public Mediation concluded(String concludedOutcome, LocalDate on) {
            return new Mediation(
                    mediator,
                    reference,
                    requestedOn,
                    conclusionDueOn,
                    windowOverrideReason,
                    concludedOutcome,
                    on,
                    fileReceivedOn,
                    rejectionDueOn,
                    seizureNotifiedOn,
                    seizureReference,
                    extendedOn,
                    proposal);
        }
    }

    /**
     * The mediator's proposal (R612-4): when made, the last day to accept it (included), and each party's answer
     * ({@code null} while missing; {@code true} accepted) with its day. What it proposes is in the confidential
     * notes (L612-3), not here.
     */
    public record Proposal(
            LocalDate proposedOn,
            LocalDate acceptBy,
            Boolean consumerAccepted,
            LocalDate consumerAnsweredOn,
            Boolean companyAccepted,
            LocalDate companyAnsweredOn) {

        public Proposal answered(boolean consumer, boolean accepted, LocalDate on) {
            return consumer
                    ? new Proposal(proposedOn, acceptBy, accepted, on, companyAccepted, companyAnsweredOn)
                    : new Proposal(proposedOn, acceptBy, consumerAccepted, consumerAnsweredOn, accepted, on);
        }
    }

    public record Note(String text, String writtenBy, Instant writtenAt) {}

    /** The answers that rejected the complaint without naming the consumer mediator (L616-1), by number from 1. */
    public List<Integer> mediatorNotNamedInAnswers() {
        var numbers = new java.util.ArrayList<Integer>();
        for (int i = 0; i < responses.size(); i++) {
            if (responses.get(i).mediatorNotNamed()) {
                numbers.add(i + 1);
            }
        }
        return numbers;
    }
}
