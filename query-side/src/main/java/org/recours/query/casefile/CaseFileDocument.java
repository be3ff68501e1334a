package org.recours.query.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.CaseClosed;
import org.recours.kernel.casefile.CaseClosureCorrected;
import org.recours.kernel.casefile.CaseEvent;
import org.recours.kernel.casefile.CaseHandlerAssigned;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.CaseQueuedForSupervisors;
import org.recours.kernel.casefile.CaseReopened;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.CompanyProfile;
import org.recours.kernel.casefile.ComplaintDetailsCorrected;
import org.recours.kernel.casefile.ComplaintFiled;
import org.recours.kernel.casefile.ConciliationConcluded;
import org.recours.kernel.casefile.ConciliationFirstMeetingHeld;
import org.recours.kernel.casefile.ConciliationOutcomeCorrected;
import org.recours.kernel.casefile.ConciliationRequestCorrected;
import org.recours.kernel.casefile.ConciliationRequested;
import org.recours.kernel.casefile.ConsumerDetailsUpdated;
import org.recours.kernel.casefile.ConsumerId;
import org.recours.kernel.casefile.CourtActionCorrected;
import org.recours.kernel.casefile.CourtActionRecorded;
import org.recours.kernel.casefile.CourtClaimCorrected;
import org.recours.kernel.casefile.CourtClaimStated;
import org.recours.kernel.casefile.ElectronicLetterProof;
import org.recours.kernel.casefile.ElectronicLetterProofRecorded;
import org.recours.kernel.casefile.EvidenceAttached;
import org.recours.kernel.casefile.EvidenceWithdrawn;
import org.recours.kernel.casefile.FactsKnownDateRecorded;
import org.recours.kernel.casefile.HelpCentreConsultationCorrected;
import org.recours.kernel.casefile.HelpCentreConsulted;
import org.recours.kernel.casefile.LetterDelivered;
import org.recours.kernel.casefile.LetterDeliveryCorrected;
import org.recours.kernel.casefile.LetterReturnCorrected;
import org.recours.kernel.casefile.LetterReturned;
import org.recours.kernel.casefile.LetterSendingCorrected;
import org.recours.kernel.casefile.LetterSent;
import org.recours.kernel.casefile.MediationConcluded;
import org.recours.kernel.casefile.MediationExtended;
import org.recours.kernel.casefile.MediationFileReceived;
import org.recours.kernel.casefile.MediationOutcomeCorrected;
import org.recours.kernel.casefile.MediationParty;
import org.recours.kernel.casefile.MediationProposalAnswered;
import org.recours.kernel.casefile.MediationProposalMade;
import org.recours.kernel.casefile.MediationRequestCorrected;
import org.recours.kernel.casefile.MediationRequested;
import org.recours.kernel.casefile.MediationSeizureNotified;
import org.recours.kernel.casefile.MediatorNamingChecked;
import org.recours.kernel.casefile.Money;
import org.recours.kernel.casefile.NoteAdded;
import org.recours.kernel.casefile.PersonalDataErased;
import org.recours.kernel.casefile.PriorExaminationOverridden;
import org.recours.kernel.casefile.ReminderDue;
import org.recours.kernel.casefile.ResponseCorrected;
import org.recours.kernel.casefile.ResponseDeadlineExpired;
import org.recours.kernel.casefile.ResponseDeadlineExpiryContradicted;
import org.recours.kernel.casefile.ResponseDeadlineExpiryReestablished;
import org.recours.kernel.casefile.ResponseReceived;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.casefile.SupportContactCorrected;
import org.recours.kernel.casefile.SupportContacted;
import org.recours.kernel.casefile.query.CaseFile;
import org.recours.kernel.casefile.query.CaseStatus;
import org.recours.kernel.law.LegalDeadlines;
import org.recours.kernel.law.Limitation;

/**
 * The case-file read model as stored (one JSON document per case), moved forward one event at a time.
 * Mutable on purpose: it lives only for the length of one event handler.
 */
public class CaseFileDocument {

    public CaseId caseId;
    public long version;
    public CaseStatus status;
    public CaseStatus statusBeforeClosure;
    public ConsumerId consumer;
    public CompanyProfile company;
    public Category category;
    public String facts;
    public Money amountAtStake;
    public String desiredOutcome;
    public BranchId branch;
    public StaffMemberId filedBy;
    /** Null until the case is handed on: its filer handles it (documents written before handlers had none). */
    public StaffMemberId handler;

    public LocalDate filedOn;
    public Instant lastChangedAt;
    public List<CaseFile.HelpCentreConsultation> helpCentreConsultations = new ArrayList<>();
    public List<CaseFile.SupportContact> supportContacts = new ArrayList<>();
    public List<CaseFile.Letter> letters = new ArrayList<>();
    public List<CaseFile.Response> responses = new ArrayList<>();
    public CaseFile.LegalDates legalDates = CaseFile.LegalDates.NONE;
    public List<CaseFile.Mediation> mediations = new ArrayList<>();
    public List<CaseFile.CourtAction> courtActions = new ArrayList<>();
    public List<CaseFile.Note> notes = new ArrayList<>();
    public CaseFile.Closure closure;
    public List<CaseFile.Reopening> reopenings = new ArrayList<>();
    public List<Attached> evidence = new ArrayList<>();

    /**
     * A document as the events tell it (the JSON form of {@code CaseFile.Evidence} before it had a scan): what the
     * antivirus said of it is the stored document's, read beside ({@code toCaseFile}).
     */
    public record Attached(
            String documentId,
            String fileName,
            String mediaType,
            long sizeInBytes,
            String sha256,
            String description,
            Instant attachedAt,
            String withdrawalReason) {

        CaseFile.Evidence withScan(CaseFile.Scan scan) {
            return new CaseFile.Evidence(
                    documentId,
                    fileName,
                    mediaType,
                    sizeInBytes,
                    sha256,
                    description,
                    attachedAt,
                    withdrawalReason,
                    scan);
        }
    }

    public List<CaseFile.Conciliation> conciliations = new ArrayList<>();
    /** Null until staff say when the consumer knew the facts (Code civil, art. 2224). */
    public LocalDate factsKnownOn;

    /**
     * The steps that change nothing of the case as it stands, on purpose: a reminder is in the history and the
     * mails; an erasure empties the personal data vault, which the pages read; a supervisor's override of L612-2 3° is
     * in the history, right before the request it allowed. Any other step without a branch
     * below is refused, so that a new event type cannot be ignored unseen ({@code EveryEventHandledOnPurposeTest}).
     */
    public static final Set<Class<? extends CaseEvent>> IGNORED = Set.of(
            ReminderDue.class,
            PersonalDataErased.class,
            ConsumerDetailsUpdated.class,
            PriorExaminationOverridden.class,
            org.recours.kernel.casefile.ConsumerMessageReceived.class);

    /** Applies one recorded step; {@code actor} is who recorded it, {@code at} when. */
    public void apply(CaseEvent event, long sequence, String actor, Instant at) {
        version = sequence;
        lastChangedAt = at;
        if (event instanceof ComplaintFiled filed) {
            filed(filed);
        } else if (event instanceof CaseHandlerAssigned assigned) {
            handler = assigned.handler();
        } else if (event instanceof CaseQueuedForSupervisors queued) {
            handler = queued.queue();
        } else if (event instanceof HelpCentreConsulted consulted) {
            helpCentreConsultations.add(new CaseFile.HelpCentreConsultation(
                    consulted.caseId(), consulted.consultedOn(), consulted.findings()));
        } else if (event instanceof SupportContacted contacted) {
            supportContacts.add(new CaseFile.SupportContact(
                    contacted.caseId(),
                    contacted.channel(),
                    contacted.contactedOn(),
                    contacted.ticketReference(),
                    contacted.summary(),
                    contacted.outcome()));
            advanceTo(CaseStatus.IN_CONTACT_WITH_SUPPORT);
        } else if (event instanceof LetterSent sent) {
            letterSent(sent);
        } else if (event instanceof LetterDelivered delivered) {
            letterDelivered(delivered);
        } else if (event instanceof ResponseReceived response) {
            responses.add(new CaseFile.Response(
                    response.caseId(),
                    response.receivedOn(),
                    response.channel(),
                    response.summary(),
                    response.assessment(),
                    response.offer()));
            responseDueOn(legalDates.responseDueOn(), legalDates.mediationAdmissibleUntil());
            advanceTo(CaseStatus.RESPONSE_RECEIVED);
        } else if (event instanceof ResponseDeadlineExpired expired) {
            legalDates = new CaseFile.LegalDates(
                    expired.responseDueOn(),
                    true,
                    legalDates.mediationPossibleFrom(),
                    expired.mediationAdmissibleUntil());
            responseDueOn(expired.responseDueOn(), expired.mediationAdmissibleUntil());
            advanceTo(CaseStatus.RESPONSE_OVERDUE);
        } else if (event instanceof ComplaintDetailsCorrected corrected) {
            category = corrected.category();
            facts = corrected.facts();
            amountAtStake = corrected.amountAtStake();
            desiredOutcome = corrected.desiredOutcome();
        } else if (event instanceof ResponseDeadlineExpiryContradicted contradicted) {
            expiryContradicted(contradicted);
        } else if (event instanceof ResponseDeadlineExpiryReestablished reestablished) {
            // as if the expiry and the late answer had been entered in that order: the silence stands
            legalDates = new CaseFile.LegalDates(
                    reestablished.responseDueOn(),
                    true,
                    legalDates.mediationPossibleFrom(),
                    reestablished.mediationAdmissibleUntil());
            responseDueOn(reestablished.responseDueOn(), reestablished.mediationAdmissibleUntil());
            advanceTo(CaseStatus.RESPONSE_OVERDUE);
        } else if (event instanceof LetterSendingCorrected corrected) {
            sendingCorrected(corrected);
        } else if (event instanceof LetterDeliveryCorrected corrected) {
            letters.replaceAll(letter ->
                    letter.number() != corrected.letterNumber() ? letter : letter.delivered(corrected.deliveredOn()));
            responseDueOn(corrected.responseDueOn(), legalDates.mediationAdmissibleUntil());
        } else if (event instanceof ResponseCorrected corrected) {
            var standing = responses.get(corrected.responseNumber() - 1);
            responses.set(
                    corrected.responseNumber() - 1,
                    new CaseFile.Response(
                            caseId,
                            corrected.receivedOn(),
                            corrected.channel(),
                            corrected.summary(),
                            corrected.assessment(),
                            corrected.offer(),
                            standing.mediatorNamed(),
                            standing.namedMediator()));
            responseDueOn(legalDates.responseDueOn(), legalDates.mediationAdmissibleUntil());
        } else if (event instanceof MediatorNamingChecked checked) {
            var standing = responses.get(checked.responseNumber() - 1);
            responses.set(
                    checked.responseNumber() - 1,
                    new CaseFile.Response(
                            standing.caseId(),
                            standing.receivedOn(),
                            standing.channel(),
                            standing.summary(),
                            standing.assessment(),
                            standing.offer(),
                            checked.named(),
                            checked.mediator()));
        } else if (event instanceof SupportContactCorrected corrected) {
            supportContacts.set(
                    corrected.contactNumber() - 1,
                    new CaseFile.SupportContact(
                            caseId,
                            corrected.channel(),
                            corrected.contactedOn(),
                            corrected.ticketReference(),
                            corrected.summary(),
                            corrected.outcome()));
        } else if (event instanceof MediationRequestCorrected corrected) {
            mediationRequestCorrected(corrected);
        } else if (event instanceof MediationOutcomeCorrected corrected) {
            var standing = mediations.get(corrected.mediationNumber() - 1);
            mediations.set(
                    corrected.mediationNumber() - 1,
                    standing.concluded(corrected.outcome().name(), corrected.concludedOn()));
        } else if (event instanceof HelpCentreConsultationCorrected corrected) {
            helpCentreConsultations.set(
                    corrected.consultationNumber() - 1,
                    new CaseFile.HelpCentreConsultation(caseId, corrected.consultedOn(), corrected.findings()));
        } else if (event instanceof CourtActionCorrected corrected) {
            courtActions.set(
                    corrected.actionNumber() - 1,
                    courtActions
                            .get(corrected.actionNumber() - 1)
                            .corrected(
                                    corrected.court(),
                                    corrected.filedOn(),
                                    corrected.reference(),
                                    corrected.summary()));
        } else if (event instanceof CaseClosureCorrected corrected) {
            closure = new CaseFile.Closure(
                    caseId,
                    corrected.resolution(),
                    corrected.amountObtained(),
                    corrected.closedOn(),
                    corrected.summary());
        } else if (event instanceof MediationRequested requested) {
            mediations.add(new CaseFile.Mediation(
                    requested.mediator(),
                    requested.reference(),
                    requested.requestedOn(),
                    requested.conclusionDueOn(),
                    requested.windowOverrideReason(),
                    null,
                    null));
            status = CaseStatus.IN_MEDIATION;
        } else if (event instanceof MediationProposalMade proposed) {
            lastMediation(m -> m.withProposal(
                    new CaseFile.Proposal(proposed.proposedOn(), proposed.acceptBy(), null, null, null, null)));
        } else if (event instanceof MediationProposalAnswered answered) {
            lastMediation(m -> m.withProposal(m.proposal()
                    .answered(
                            answered.party() == MediationParty.CONSUMER, answered.accepted(), answered.answeredOn())));
        } else if (event instanceof MediationConcluded concluded) {
            mediationConcluded(concluded);
        } else if (event instanceof MediationFileReceived received) {
            lastMediation(m -> m.fileReceived(received.receivedOn(), received.rejectionDueOn()));
        } else if (event instanceof MediationSeizureNotified notified) {
            lastMediation(
                    m -> m.seizureNotified(notified.notifiedOn(), notified.reference(), notified.conclusionDueOn()));
        } else if (event instanceof MediationExtended extended) {
            lastMediation(m -> m.extended(extended.notifiedOn(), extended.conclusionDueOn()));
        } else if (event instanceof ConciliationRequested requested) {
            conciliations.add(new CaseFile.Conciliation(
                    requested.conciliationNumber(),
                    requested.conciliator(),
                    requested.requestedOn(),
                    requested.reference(),
                    null,
                    null,
                    null,
                    null));
        } else if (event instanceof ConciliationConcluded concluded) {
            var standing = conciliations.get(concluded.conciliationNumber() - 1);
            conciliations.set(
                    concluded.conciliationNumber() - 1,
                    new CaseFile.Conciliation(
                            standing.number(),
                            standing.conciliator(),
                            standing.requestedOn(),
                            standing.reference(),
                            concluded.outcome().name(),
                            concluded.concludedOn(),
                            concluded.details(),
                            standing.firstMeetingOn()));
        } else if (event instanceof CourtClaimStated stated) {
            courtActions.set(
                    stated.actionNumber() - 1,
                    courtActions
                            .get(stated.actionNumber() - 1)
                            .claimStated(
                                    stated.claim(),
                                    stated.basis().name(),
                                    stated.attemptEndedOn(),
                                    stated.exemption() == null
                                            ? null
                                            : stated.exemption().name(),
                                    stated.justification(),
                                    stated.inadmissibilityRisk()));
        } else if (event instanceof ConciliationRequestCorrected corrected) {
            var standing = conciliations.get(corrected.conciliationNumber() - 1);
            conciliations.set(
                    corrected.conciliationNumber() - 1,
                    new CaseFile.Conciliation(
                            standing.number(),
                            corrected.conciliator(),
                            corrected.requestedOn(),
                            corrected.reference(),
                            standing.outcome(),
                            standing.concludedOn(),
                            standing.details(),
                            standing.firstMeetingOn()));
        } else if (event instanceof ConciliationOutcomeCorrected corrected) {
            var standing = conciliations.get(corrected.conciliationNumber() - 1);
            conciliations.set(
                    corrected.conciliationNumber() - 1,
                    new CaseFile.Conciliation(
                            standing.number(),
                            standing.conciliator(),
                            standing.requestedOn(),
                            standing.reference(),
                            corrected.outcome().name(),
                            corrected.concludedOn(),
                            corrected.details(),
                            standing.firstMeetingOn()));
        } else if (event instanceof ConciliationFirstMeetingHeld held) {
            var standing = conciliations.get(held.conciliationNumber() - 1);
            conciliations.set(
                    held.conciliationNumber() - 1,
                    new CaseFile.Conciliation(
                            standing.number(),
                            standing.conciliator(),
                            standing.requestedOn(),
                            standing.reference(),
                            standing.outcome(),
                            standing.concludedOn(),
                            standing.details(),
                            held.heldOn()));
        } else if (event instanceof CourtClaimCorrected corrected) {
            courtActions.set(
                    corrected.actionNumber() - 1,
                    courtActions
                            .get(corrected.actionNumber() - 1)
                            .claimStated(
                                    corrected.claim(),
                                    corrected.basis().name(),
                                    corrected.attemptEndedOn(),
                                    corrected.exemption() == null
                                            ? null
                                            : corrected.exemption().name(),
                                    corrected.justification(),
                                    corrected.inadmissibilityRisk()));
        } else if (event instanceof LetterReturnCorrected corrected) {
            letters.replaceAll(letter -> letter.number() != corrected.letterNumber()
                    ? letter
                    : letter.returned(
                            corrected.firstPresentedOn(),
                            corrected.returnReason().name()));
            if (corrected.letterNumber() == 1) {
                responseDueOn(corrected.responseDueOn(), legalDates.mediationAdmissibleUntil());
            }
        } else if (event instanceof FactsKnownDateRecorded recorded) {
            factsKnownOn = recorded.knownOn();
        } else if (event instanceof LetterReturned returned) {
            letters.replaceAll(letter -> letter.number() != returned.letterNumber()
                    ? letter
                    : letter.returned(
                            returned.firstPresentedOn(), returned.reason().name()));
            if (returned.letterNumber() == 1) {
                responseDueOn(returned.responseDueOn(), legalDates.mediationAdmissibleUntil());
            }
        } else if (event instanceof ElectronicLetterProofRecorded proof) {
            letters.replaceAll(letter -> letter.number() != proof.letterNumber()
                    ? letter
                    : letter.proved(proof.proof() == ElectronicLetterProof.DEPOSIT, proof.at()));
        } else if (event instanceof CourtActionRecorded court) {
            courtActions.add(new CaseFile.CourtAction(
                    court.caseId(), court.court(), court.filedOn(), court.reference(), court.summary()));
            status = CaseStatus.IN_COURT;
        } else if (event instanceof NoteAdded note) {
            notes.add(new CaseFile.Note(note.text(), actor, at));
        } else if (event instanceof CaseClosed closed) {
            closure = new CaseFile.Closure(
                    closed.caseId(), closed.resolution(), closed.amountObtained(), closed.closedOn(), closed.summary());
            statusBeforeClosure = status;
            status = CaseStatus.CLOSED;
        } else if (event instanceof EvidenceAttached attached) {
            evidence.add(new Attached(
                    attached.documentId().toString(),
                    attached.fileName(),
                    attached.mediaType(),
                    attached.sizeInBytes(),
                    attached.sha256().hex(),
                    attached.description(),
                    at,
                    null));
        } else if (event instanceof EvidenceWithdrawn withdrawn) {
            evidence.replaceAll(document ->
                    !document.documentId().equals(withdrawn.documentId().toString())
                            ? document
                            : new Attached(
                                    document.documentId(),
                                    document.fileName(),
                                    document.mediaType(),
                                    document.sizeInBytes(),
                                    document.sha256(),
                                    document.description(),
                                    document.attachedAt(),
                                    withdrawn.reason()));
        } else if (event instanceof CaseReopened reopened) {
            reopenings.add(new CaseFile.Reopening(reopened.caseId(), reopened.reopenedOn(), reopened.reason()));
            closure = null;
            status = statusBeforeClosure;
        } else if (!IGNORED.contains(event.getClass())) {
            throw new IllegalArgumentException(
                    "the case file has no branch for " + event.getClass().getSimpleName()
                            + ": handle it in CaseFileDocument.apply or list it in CaseFileDocument.IGNORED");
        }
    }

    /** The next legal date running on the case and what it is, or null when none runs. */
    public record NextDeadline(LocalDate on, String kind) {}

    public NextDeadline nextDeadline() {
        if (status == CaseStatus.CLOSED || letters.isEmpty()) {
            return null;
        }
        var pending = mediations.stream().filter(m -> m.concludedOn() == null).findFirst();
        if (pending.isPresent()) {
            return new NextDeadline(pending.get().conclusionDueOn(), "MEDIATOR_CONCLUSION");
        }
        if (responses.isEmpty() && !legalDates.responseDeadlineExpired()) {
            return new NextDeadline(legalDates.responseDueOn(), "RESPONSE_DUE");
        }
        if (mediations.isEmpty()) {
            return new NextDeadline(standingLegalDates().mediationAdmissibleUntil(), "MEDIATION_TIME_LIMIT");
        }
        return null;
    }

    /** What the case list's words search looks in: the reference, the company and the facts, lower case. */
    public String searchText() {
        return (caseId + " " + company.name() + " " + facts + " " + desiredOutcome).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The case as it stands; {@code scans}: what the antivirus said of each stored document, by document id (one
     * missing was not scanned).
     */
    public CaseFile toCaseFile(java.util.Map<String, CaseFile.Scan> scans) {
        return new CaseFile(
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
                List.copyOf(helpCentreConsultations),
                List.copyOf(supportContacts),
                List.copyOf(letters),
                List.copyOf(responses),
                standingLegalDates(),
                List.copyOf(mediations),
                List.copyOf(courtActions),
                List.copyOf(notes),
                closure,
                List.copyOf(reopenings),
                evidence.stream()
                        .map(document ->
                                document.withScan(scans.getOrDefault(document.documentId(), CaseFile.Scan.NOT_SCANNED)))
                        .toList(),
                handler,
                List.copyOf(conciliations),
                limitation());
    }

    /**
     * The limitation as the mediations on file leave it, by the rule the case applies ({@link Limitation}): each
     * mediation whose seizure was notified suspends it until it ends.
     */
    private CaseFile.LimitationPeriod limitation() {
        if (factsKnownOn == null) {
            return null;
        }
        // mediations from their seizure's notice, conciliations from their first meeting (art. 2238)
        var suspensions = java.util.stream.Stream.concat(
                        mediations.stream()
                                .filter(m -> m.seizureNotifiedOn() != null)
                                .map(m -> new Limitation.Suspension(m.seizureNotifiedOn(), m.concludedOn())),
                        conciliations.stream()
                                .filter(c -> c.firstMeetingOn() != null)
                                .map(c -> new Limitation.Suspension(c.firstMeetingOn(), c.concludedOn())))
                .toList();
        var endsOn = Limitation.endsOn(factsKnownOn, suspensions);
        var suspendedSince = endsOn != null
                ? null
                : suspensions.stream()
                        .filter(s -> s.until() == null)
                        .map(Limitation.Suspension::from)
                        .findFirst()
                        .orElse(null);
        return new CaseFile.LimitationPeriod(factsKnownOn, endsOn, suspendedSince);
    }

    /**
     * The legal dates with the earliest written complaint on file, which the one year of L612-2 4° runs from: the
     * first letter or an earlier contact with customer support made in writing (ADR 18), as the contacts and the
     * letter stand after corrections.
     */
    CaseFile.LegalDates standingLegalDates() {
        CaseFile.WrittenComplaint earliest = letters.isEmpty()
                ? null
                : new CaseFile.WrittenComplaint(letters.get(0).sentOn(), null, 1);
        for (var contact : supportContacts) {
            if (contact.channel().isWritten()
                    && (earliest == null || contact.contactedOn().isBefore(earliest.on()))) {
                earliest = new CaseFile.WrittenComplaint(contact.contactedOn(), contact.channel(), null);
            }
        }
        if (earliest == null) {
            return legalDates;
        }
        return new CaseFile.LegalDates(
                legalDates.responseDueOn(),
                legalDates.responseDeadlineExpired(),
                legalDates.mediationPossibleFrom(),
                LegalDeadlines.mediationAdmissibleUntil(earliest.on()),
                earliest);
    }

    private void filed(ComplaintFiled filed) {
        caseId = filed.caseId();
        status = CaseStatus.FILED;
        consumer = filed.consumer();
        company = filed.company();
        category = filed.category();
        facts = filed.facts();
        amountAtStake = filed.amountAtStake();
        desiredOutcome = filed.desiredOutcome();
        branch = filed.branch();
        filedBy = filed.filedBy();
        filedOn = filed.filedOn();
    }

    private void letterSent(LetterSent sent) {
        letters.add(new CaseFile.Letter(
                sent.letterNumber(),
                sent.addressee().entity(),
                sent.addressee().asOneLine(),
                sent.method().name(),
                sent.trackingNumber() == null ? null : sent.trackingNumber().value(),
                sent.sentOn(),
                null));
        responseDueOn(sent.responseDueOn(), sent.mediationAdmissibleUntil());
        advanceTo(CaseStatus.LETTER_SENT);
    }

    private void letterDelivered(LetterDelivered delivered) {
        letters.replaceAll(letter ->
                letter.number() != delivered.letterNumber() ? letter : letter.delivered(delivered.deliveredOn()));
        responseDueOn(delivered.responseDueOn(), legalDates.mediationAdmissibleUntil());
        advanceTo(CaseStatus.LETTER_DELIVERED);
    }

    /** The legal dates from the company's last day to answer: mediation from its answer or the day after. */
    private void responseDueOn(LocalDate dueOn, LocalDate admissibleUntil) {
        var firstAnswerOn = responses.stream()
                .map(CaseFile.Response::receivedOn)
                .reduce(CaseFileDocument::earliest)
                .orElse(null);
        legalDates = new CaseFile.LegalDates(
                dueOn,
                legalDates.responseDeadlineExpired(),
                dueOn == null ? null : LegalDeadlines.mediationPossibleFrom(dueOn, firstAnswerOn),
                admissibleUntil);
    }

    private void sendingCorrected(LetterSendingCorrected corrected) {
        letters.replaceAll(letter -> letter.number() != corrected.letterNumber()
                ? letter
                : new CaseFile.Letter(
                        letter.number(),
                        corrected.addressee().entity(),
                        corrected.addressee().asOneLine(),
                        corrected.method().name(),
                        corrected.trackingNumber() == null
                                ? null
                                : corrected.trackingNumber().value(),
                        corrected.sentOn(),
                        letter.deliveredOn(),
                        letter.firstPresentedOn(),
                        letter.returnReason(),
                        letter.depositedAt(),
                        letter.receivedAt()));
        if (corrected.letterNumber() == 1) {
            responseDueOn(corrected.responseDueOn(), corrected.mediationAdmissibleUntil());
        }
    }

    /** The recorded silence no longer holds: the case reads as answered, or as still waiting for its answer. */
    private void expiryContradicted(ResponseDeadlineExpiryContradicted contradicted) {
        legalDates =
                new CaseFile.LegalDates(legalDates.responseDueOn(), false, null, legalDates.mediationAdmissibleUntil());
        responseDueOn(contradicted.responseDueOn(), legalDates.mediationAdmissibleUntil());
        var standing = !responses.isEmpty()
                ? CaseStatus.RESPONSE_RECEIVED
                : letters.get(0).deliveredOn() != null ? CaseStatus.LETTER_DELIVERED : CaseStatus.LETTER_SENT;
        if (status == CaseStatus.RESPONSE_OVERDUE) {
            status = standing;
        } else if (status == CaseStatus.CLOSED && statusBeforeClosure == CaseStatus.RESPONSE_OVERDUE) {
            statusBeforeClosure = standing;
        }
    }

    /** The corrected request keeps its conclusion, if any: only the request's own facts change. */
    private void mediationRequestCorrected(MediationRequestCorrected corrected) {
        var standing = mediations.get(corrected.mediationNumber() - 1);
        mediations.set(
                corrected.mediationNumber() - 1,
                standing.requestCorrected(
                        corrected.mediator(),
                        corrected.reference(),
                        corrected.requestedOn(),
                        corrected.conclusionDueOn()));
    }

    private void mediationConcluded(MediationConcluded concluded) {
        // the details (recorded before ADR 24) are confidential (L612-3): the case file leaves them out
        lastMediation(m -> m.concluded(concluded.outcome().name(), concluded.concludedOn()));
        status = CaseStatus.MEDIATION_CONCLUDED;
    }

    /** Steps inside a mediation belong to the latest one: a new one is refused while one is pending. */
    private void lastMediation(java.util.function.UnaryOperator<CaseFile.Mediation> change) {
        var last = mediations.size() - 1;
        mediations.set(last, change.apply(mediations.get(last)));
    }

    /** The escalation only moves forward: a late support contact does not send a case back before its letter. */
    private void advanceTo(CaseStatus next) {
        if (status == null || next.ordinal() > status.ordinal()) {
            status = next;
        }
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
