package org.recours.command.casefile;

import org.recours.kernel.casefile.FrenchGrammar;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.serialization.Revision;
import org.recours.kernel.casefile.ActorMetaData;
import org.recours.kernel.casefile.AddNote;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.CaseOutOfReach;
import org.recours.kernel.casefile.ConsumerId;
import org.recours.kernel.casefile.PersonalDataErased;
import org.recours.kernel.casefile.RecordPersonalDataErasure;
import org.recours.kernel.casefile.ConsumerDetailsUpdated;
import org.recours.kernel.casefile.RecordConsumerDetailsUpdate;
import org.recours.kernel.casefile.CaseHandlerAssigned;
import org.recours.kernel.casefile.ReassignCase;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.StaffRole;
import org.recours.kernel.casefile.AttachEvidence;
import org.recours.kernel.casefile.EvidenceAttached;
import org.recours.kernel.casefile.EvidenceWithdrawn;
import org.recours.kernel.casefile.ExpiryContradiction;
import org.recours.kernel.casefile.WithdrawEvidence;
import org.recours.kernel.casefile.CaseClosed;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.CaseReopened;
import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.FrenchDate;
import org.recours.kernel.casefile.CloseCase;
import org.recours.kernel.casefile.CompanyProfile;
import org.recours.kernel.casefile.ComplaintFiled;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.ComplaintDetailsCorrected;
import org.recours.kernel.casefile.CorrectComplaintDetails;
import org.recours.kernel.casefile.CorrectLetterDelivery;
import org.recours.kernel.casefile.Money;
import org.recours.kernel.casefile.CorrectLetterSending;
import org.recours.kernel.casefile.CorrectResponse;
import org.recours.kernel.casefile.CaseClosureCorrected;
import org.recours.kernel.casefile.CorrectCaseClosure;
import org.recours.kernel.casefile.CorrectCourtAction;
import org.recours.kernel.casefile.CorrectHelpCentreConsultation;
import org.recours.kernel.casefile.CorrectMediationOutcome;
import org.recours.kernel.casefile.CourtActionCorrected;
import org.recours.kernel.casefile.HelpCentreConsultationCorrected;
import org.recours.kernel.casefile.MediationOutcome;
import org.recours.kernel.casefile.MediationOutcomeCorrected;
import org.recours.kernel.casefile.Resolution;
import org.recours.kernel.casefile.CorrectMediationRequest;
import org.recours.kernel.casefile.CorrectSupportContact;
import org.recours.kernel.casefile.MediationRequestCorrected;
import org.recours.kernel.casefile.SupportContactCorrected;
import org.recours.kernel.casefile.ContactChannel;
import org.recours.kernel.casefile.CourtActionRecorded;
import org.recours.kernel.casefile.LetterDeliveryCorrected;
import org.recours.kernel.casefile.LetterSendingCorrected;
import org.recours.kernel.casefile.ResponseCorrected;
import org.recours.kernel.casefile.ResponseDeadlineExpiryContradicted;
import org.recours.kernel.casefile.ResponseDeadlineExpiryReestablished;
import org.recours.kernel.casefile.FileComplaint;
import org.recours.kernel.casefile.HelpCentreConsulted;
import org.recours.kernel.casefile.LetterDelivered;
import org.recours.kernel.casefile.LetterSent;
import org.recours.kernel.casefile.MediationConcluded;
import org.recours.kernel.casefile.MediationExtended;
import org.recours.kernel.casefile.MediationFileReceived;
import org.recours.kernel.casefile.MediationRequested;
import org.recours.kernel.casefile.MediationSeizureNotified;
import org.recours.kernel.casefile.RecordMediationExtension;
import org.recours.kernel.casefile.RecordMediationFileReceipt;
import org.recours.kernel.casefile.RecordMediationSeizureNotice;
import org.recours.kernel.casefile.NoteAdded;
import org.recours.kernel.casefile.RecordCourtAction;
import org.recours.kernel.casefile.RecordHelpCentreConsultation;
import org.recours.kernel.casefile.RecordLetterDelivery;
import org.recours.kernel.casefile.RecordLetterSent;
import org.recours.kernel.casefile.RecordMediationOutcome;
import org.recours.kernel.casefile.RecordResponse;
import org.recours.kernel.casefile.RecordResponseDeadlineExpiry;
import org.recours.kernel.casefile.RecordSupportContact;
import org.recours.kernel.casefile.ReminderDue;
import org.recours.kernel.casefile.ReminderKind;
import org.recours.kernel.casefile.ReopenCase;
import org.recours.kernel.casefile.Require;
import org.recours.kernel.casefile.RequestMediation;
import org.recours.kernel.casefile.ResponseDeadlineExpired;
import org.recours.kernel.casefile.ResponseReceived;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.casefile.StepRefused;
import org.recours.kernel.casefile.SupportContacted;
import org.recours.kernel.law.LegalDeadlines;
import org.recours.kernel.law.ReminderPolicy;

/**
 * A consumer's complaint against a company, from filing to closure. Command handlers check the rules and decide
 * the events; event sourcing handlers only move the state. Every handler answers the case's new version.
 *
 * <p>The steps that start a legal time limit schedule its deadlines ({@link CaseDeadline}) and the steps that make
 * it moot cancel them; when one fires, the case records it as a fact, acting as the system: the company's silence
 * ({@link ResponseDeadlineExpired}) or a reminder ({@link ReminderDue}), each once. Every step that moves or ends the
 * response window goes through {@link #responseWindowChanged}, the one place that contradicts a recorded expiry the
 * case no longer supports (or re-establishes one a correction makes true again) and reschedules the window's
 * deadlines from the case as it stands (ADR 13).
 *
 * <p>A case with many events is loaded from a snapshot: its fields as JSON. Change the revision whenever the fields
 * (here or in the classes they hold) change: snapshots of another revision are then ignored and the case is replayed
 * from its events, which stay the only record.
 */
@Revision("3")
public class ComplaintCase {

    @AggregateIdentifier
    private CaseId caseId;
    private CompanyProfile company;
    private BranchId branch;
    private ConsumerId consumer;
    private ComplaintDetails details;
    private boolean personalDataErased;
    /** Who handles the case and gets its reminders: its filer until it is handed to someone else. */
    private StaffMemberId handler;
    private final Correspondence correspondence = new Correspondence();
    private final EvidenceFile evidence = new EvidenceFile();
    private MediationHistory mediation;
    private boolean closed;
    /** The closure that stands while the case is closed, null while it is open. */
    private Closure closure;
    private LocalDate filedOn;
    /** The consultations of the company's help centre as they stand after corrections, by history entry. */
    private final TreeMap<Long, HelpCentreConsultation> helpCentreConsultations = new TreeMap<>();
    /** The court actions as they stand after corrections, by history entry. */
    private final TreeMap<Long, CourtAction> courtActions = new TreeMap<>();
    /** The contacts with customer support as they stand after corrections, by history entry. */
    private final TreeMap<Long, SupportContact> supportContacts = new TreeMap<>();
    private final Set<String> remindersRecorded = new HashSet<>();
    /** When each correctable step was recorded, by its history entry: staff correct within a period (ADR 13). */
    private final Map<Long, Instant> entriesRecordedAt = new HashMap<>();

    protected ComplaintCase() {
        // for Axon, which rebuilds the case from its events
    }

    /**
     * Staff act only on their branch's cases; supervisors, administrators and the system (fired deadlines, which
     * carry no role) on any. A case out of reach answers as if it did not exist.
     */
    @CommandHandlerInterceptor
    void onlyWithinReach(@MetaDataValue(ActorMetaData.STAFF_ROLE) String role,
                         @MetaDataValue(ActorMetaData.STAFF_BRANCH) String staffBranch) {
        if (StaffRole.STAFF.name().equals(role) && !branch.value().equals(staffBranch)) {
            throw new CaseOutOfReach(caseId);
        }
    }

    @CommandHandler
    public ComplaintCase(FileComplaint command, @MetaDataValue(ActorMetaData.STAFF_MEMBER) String staffMember,
                         @MetaDataValue(ActorMetaData.STAFF_ROLE) String role,
                         @MetaDataValue(ActorMetaData.STAFF_BRANCH) String staffBranch, Clock clock) {
        if (StaffRole.STAFF.name().equals(role) && !command.branch().value().equals(staffBranch)) {
            throw new InvalidCaseData("branch", "Vous déposez les réclamations de votre antenne (" + staffBranch
                    + ") ; seul un superviseur dépose pour une autre antenne.");
        }
        apply(new ComplaintFiled(command.caseId(), command.consumer(), command.company(), command.category(),
                command.facts(), command.amountAtStake(), command.desiredOutcome(), command.branch(),
                new StaffMemberId(staffMember), LocalDate.now(clock)));
    }

    @CommandHandler
    public long handle(RecordHelpCentreConsultation command, Clock clock) {
        requireOpen();
        Require.notAfter("consultedOn", command.consultedOn(), LocalDate.now(clock));
        return record(new HelpCentreConsulted(caseId, command.consultedOn(), command.findings()));
    }

    @CommandHandler
    public long handle(RecordSupportContact command, Clock clock, DeadlineManager deadlineManager,
                       ReminderPolicy policy) {
        requireOpen();
        Require.notAfter("contactedOn", command.contactedOn(), LocalDate.now(clock));
        var version = record(new SupportContacted(caseId, command.channel(), command.contactedOn(),
                command.ticketReference(), command.summary(), command.outcome()));
        if (correspondence.writtenComplaint().isEmpty()) {
            supportFollowUpChanged(new CaseDeadlines(deadlineManager, policy, clock));
        }
        return version;
    }

    @CommandHandler
    public long handle(RecordLetterSent command, Clock clock, DeadlineManager deadlineManager,
                       ReminderPolicy policy) {
        requireOpen();
        Require.notAfter("sentOn", command.sentOn(), LocalDate.now(clock));
        var addressee = company.headOffice(command.addressee()).orElseThrow(() -> new StepRefused(
                CaseRule.UNKNOWN_ADDRESSEE, "Adresse inconnue pour « " + command.addressee() + " » : le courrier va à "
                + String.join(" ou ", company.headOffices().stream().map(office -> office.entity()).toList()) + "."));
        if (command.method().isTracked() && command.trackingNumber() == null) {
            throw new StepRefused(CaseRule.TRACKING_NUMBER_REQUIRED, "Une " + command.method().labelFr()
                    + " a un numéro de suivi : reportez celui du récépissé de dépôt.");
        }
        var trackingNumber = command.method().isTracked() ? command.trackingNumber() : null;
        var letter = correspondence.next(command.sentOn());
        record(new LetterSent(caseId, letter.number(), addressee, command.sentOn(), command.method(),
                trackingNumber, correspondence.responseDueOn(letter, company), correspondence.admissibleUntil(letter)));
        var deadlines = new CaseDeadlines(deadlineManager, policy, clock);
        deadlines.cancel(CaseDeadline.SUPPORT_FOLLOW_UP);
        if (letter.number() == 1) {
            responseWindowChanged(deadlines);
            mediationTimeLimitChanged(deadlines);
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(RecordLetterDelivery command, Clock clock, DeadlineManager deadlineManager,
                       ReminderPolicy policy) {
        requireOpen();
        Require.notAfter("deliveredOn", command.deliveredOn(), LocalDate.now(clock));
        var letter = correspondence.awaitingReceipt(command.letterNumber());
        correspondence.requireDeliveryDateFits(letter, command.deliveredOn());
        var delivered = letter.deliveredOn(-1, command.deliveredOn());
        record(new LetterDelivered(caseId, letter.number(), command.deliveredOn(),
                correspondence.responseDueOn(delivered, company)));
        if (letter.number() == 1) {
            responseWindowChanged(new CaseDeadlines(deadlineManager, policy, clock));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(RecordResponse command, Clock clock, DeadlineManager deadlineManager,
                       ReminderPolicy policy) {
        requireOpen();
        Require.notAfter("receivedOn", command.receivedOn(), LocalDate.now(clock));
        correspondence.requireAnswerDateFits(command.receivedOn());
        record(new ResponseReceived(caseId, command.receivedOn(), command.channel(), command.summary(),
                command.assessment(), command.offer()));
        responseWindowChanged(new CaseDeadlines(deadlineManager, policy, clock));
        return AggregateLifecycle.getVersion();
    }

    /**
     * Staff state that the company let its window pass without answering: for a window that ended before the system
     * could know of it (ADR 13), their statement, recorded as theirs. Possible from the day after the last day.
     */
    @CommandHandler
    public long handle(RecordResponseDeadlineExpiry command, Clock clock, DeadlineManager deadlineManager,
                       ReminderPolicy policy) {
        requireOpen();
        var today = LocalDate.now(clock);
        var dueOn = correspondence.requireResponseOverdue(today, company);
        record(new ResponseDeadlineExpired(caseId, dueOn, today,
                correspondence.admissibleUntil(correspondence.writtenComplaint().orElseThrow())));
        responseWindowChanged(new CaseDeadlines(deadlineManager, policy, clock));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(CorrectLetterSending command, @MetaDataValue(ActorMetaData.STAFF_ROLE) String role,
                       Clock clock, DeadlineManager deadlineManager, ReminderPolicy policy) {
        requireOpen();
        Require.notAfter("sentOn", command.sentOn(), LocalDate.now(clock));
        var letter = correctable(command.entry(), correspondence.sentAsEntry(command.entry()),
                "l'envoi d'un courrier", role, clock);
        var addressee = company.headOffice(command.addressee()).orElseThrow(() -> new StepRefused(
                CaseRule.UNKNOWN_ADDRESSEE, "Adresse inconnue pour « " + command.addressee() + " » : le courrier va à "
                + String.join(" ou ", company.headOffices().stream().map(office -> office.entity()).toList()) + "."));
        if (command.method().isTracked() && command.trackingNumber() == null) {
            throw new StepRefused(CaseRule.TRACKING_NUMBER_REQUIRED, "Une " + command.method().labelFr()
                    + " a un numéro de suivi : reportez celui du récépissé de dépôt.");
        }
        var trackingNumber = command.method().isTracked() ? command.trackingNumber() : null;
        correspondence.requireSendingDateFits(letter, command.sentOn());
        var corrected = letter.sent(addressee, command.sentOn(), command.method(), trackingNumber);
        requireChanged(letter, corrected);
        record(new LetterSendingCorrected(caseId, command.entry(), letter.number(), addressee, command.sentOn(),
                command.method(), trackingNumber, correspondence.responseDueOn(corrected, company),
                correspondence.admissibleUntil(corrected), command.reason()));
        if (letter.number() == 1) {
            var deadlines = new CaseDeadlines(deadlineManager, policy, clock);
            responseWindowChanged(deadlines);
            mediationTimeLimitChanged(deadlines);
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(CorrectLetterDelivery command, @MetaDataValue(ActorMetaData.STAFF_ROLE) String role,
                       Clock clock, DeadlineManager deadlineManager, ReminderPolicy policy) {
        requireOpen();
        Require.notAfter("deliveredOn", command.deliveredOn(), LocalDate.now(clock));
        var letter = correctable(command.entry(), correspondence.deliveredAsEntry(command.entry()),
                "un accusé de réception", role, clock);
        correspondence.requireDeliveryDateFits(letter, command.deliveredOn());
        var corrected = letter.deliveredOn(letter.deliveredEntry(), command.deliveredOn());
        requireChanged(letter, corrected);
        record(new LetterDeliveryCorrected(caseId, command.entry(), letter.number(), command.deliveredOn(),
                correspondence.responseDueOn(corrected, company), command.reason()));
        if (letter.number() == 1) {
            responseWindowChanged(new CaseDeadlines(deadlineManager, policy, clock));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(CorrectResponse command, @MetaDataValue(ActorMetaData.STAFF_ROLE) String role, Clock clock,
                       DeadlineManager deadlineManager, ReminderPolicy policy) {
        requireOpen();
        Require.notAfter("receivedOn", command.receivedOn(), LocalDate.now(clock));
        var response = correctable(command.entry(), correspondence.responseAsEntry(command.entry()),
                "une réponse de l'entreprise", role, clock);
        correspondence.requireAnswerDateFits(command.receivedOn());
        var corrected = new Correspondence.Response(response.number(), response.entry(), command.receivedOn(),
                command.channel(), command.summary(), command.assessment(), command.offer());
        requireChanged(response, corrected);
        record(new ResponseCorrected(caseId, command.entry(), response.number(), command.receivedOn(),
                command.channel(), command.summary(), command.assessment(), command.offer(), command.reason()));
        responseWindowChanged(new CaseDeadlines(deadlineManager, policy, clock));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(CorrectComplaintDetails command, @MetaDataValue(ActorMetaData.STAFF_ROLE) String role,
                       Clock clock) {
        requireOpen();
        var filed = correctable(command.entry(), Optional.of(details).filter(any -> command.entry() == 0),
                "la réclamation déposée (entrée n° 0)", role, clock);
        var corrected = new ComplaintDetails(command.category(), command.facts(), command.amountAtStake(),
                command.desiredOutcome());
        requireChanged(filed, corrected);
        return record(new ComplaintDetailsCorrected(caseId, 0, command.category(), command.facts(),
                command.amountAtStake(), command.desiredOutcome(), command.reason()));
    }

    /** What the filing says of the complaint, as it stands after corrections. */
    record ComplaintDetails(Category category, String facts, Money amountAtStake, String desiredOutcome) {
    }

    private StepRefused unknownEntry(long entry, String expected) {
        return new StepRefused(CaseRule.UNKNOWN_ENTRY, "L'entrée n° " + entry + " de l'historique du dossier "
                + caseId + " n'est pas " + expected + " : " + CaseRule.UNKNOWN_ENTRY.explanation()
                + " Une correction nomme l'entrée d'origine, pas une correction précédente.");
    }

    /**
     * What every correction checks before its step's own rules (ADR 13): the entry is a correctable step of this
     * case ({@code step} empty otherwise) and the acting staff member may still correct it.
     */
    private <T> T correctable(long entry, Optional<T> step, String expected, String role, Clock clock) {
        var found = step.orElseThrow(() -> unknownEntry(entry, expected));
        CorrectionPolicy.requireMayCorrect(role, entriesRecordedAt.get(entry), clock.instant());
        return found;
    }

    /** A correction must change something of the step as it stands. */
    private static void requireChanged(Object standing, Object corrected) {
        if (corrected.equals(standing)) {
            throw new StepRefused(CaseRule.CORRECTION_CHANGES_NOTHING, CaseRule.CORRECTION_CHANGES_NOTHING
                    .explanation());
        }
    }

    /** A consultation of the company's online help centre as it stands after corrections. */
    record HelpCentreConsultation(LocalDate consultedOn, String findings) {
    }

    /** A court action as it stands after corrections. */
    record CourtAction(String court, LocalDate filedOn, String reference, String summary) {
    }

    /** The closure that stands, with its history entry, as it stands after corrections. */
    record Closure(long entry, Resolution resolution, Money amountObtained, LocalDate closedOn, String summary) {
    }

    @CommandHandler
    public long handle(CorrectHelpCentreConsultation command, @MetaDataValue(ActorMetaData.STAFF_ROLE) String role,
                       Clock clock) {
        requireOpen();
        Require.notAfter("consultedOn", command.consultedOn(), LocalDate.now(clock));
        var consultation = correctable(command.entry(),
                Optional.ofNullable(helpCentreConsultations.get(command.entry())),
                "une consultation du centre d'aide", role, clock);
        requireChanged(consultation, new HelpCentreConsultation(command.consultedOn(), command.findings()));
        return record(new HelpCentreConsultationCorrected(caseId, command.entry(),
                helpCentreConsultations.headMap(command.entry()).size() + 1, command.consultedOn(),
                command.findings(), command.reason()));
    }

    @CommandHandler
    public long handle(CorrectCourtAction command, @MetaDataValue(ActorMetaData.STAFF_ROLE) String role,
                       Clock clock) {
        requireOpen();
        Require.notAfter("filedOn", command.filedOn(), LocalDate.now(clock));
        var action = correctable(command.entry(), Optional.ofNullable(courtActions.get(command.entry())),
                "une action en justice", role, clock);
        requireChanged(action, new CourtAction(command.court(), command.filedOn(), command.reference(),
                command.summary()));
        return record(new CourtActionCorrected(caseId, command.entry(),
                courtActions.headMap(command.entry()).size() + 1, command.court(), command.filedOn(),
                command.reference(), command.summary(), command.reason()));
    }

    /** Only the outcome of the latest mediation is corrected, as only its request is (see below). */
    @CommandHandler
    public long handle(CorrectMediationOutcome command, @MetaDataValue(ActorMetaData.STAFF_ROLE) String role,
                       Clock clock) {
        requireOpen();
        Require.notAfter("concludedOn", command.concludedOn(), LocalDate.now(clock));
        var concluded = correctable(command.entry(), Optional.ofNullable(mediation)
                        .filter(latest -> latest.conclusionEntry() != null
                                && latest.conclusionEntry() == command.entry()),
                "l'issue de la dernière médiation", role, clock);
        var corrected = concluded.outcomeCorrected(command.outcome(), command.concludedOn(), command.details());
        corrected.requireConcludedAfter(corrected.requestedOn());
        requireChanged(concluded, corrected);
        return record(new MediationOutcomeCorrected(caseId, command.entry(), concluded.number(), command.outcome(),
                command.concludedOn(), command.details(), command.reason()));
    }

    /**
     * The closure that stands is corrected while the case is closed (a reopened case's closure is past): its day
     * neither in the future nor before the filing.
     */
    @CommandHandler
    public long handle(CorrectCaseClosure command, @MetaDataValue(ActorMetaData.STAFF_ROLE) String role,
                       Clock clock) {
        Require.notAfter("closedOn", command.closedOn(), LocalDate.now(clock));
        var standing = correctable(command.entry(), Optional.ofNullable(closure)
                .filter(current -> current.entry() == command.entry()), "la clôture du dossier", role, clock);
        if (command.closedOn().isBefore(filedOn)) {
            throw new StepRefused(CaseRule.DATE_OUT_OF_ORDER, "Le dossier ne peut pas être clos ("
                    + FrenchDate.of(command.closedOn()) + ") avant d'avoir été déposé (" + FrenchDate.of(filedOn)
                    + ").");
        }
        requireChanged(standing, new Closure(standing.entry(), command.resolution(), command.amountObtained(),
                command.closedOn(), command.summary()));
        return record(new CaseClosureCorrected(caseId, command.entry(), command.resolution(),
                command.amountObtained(), command.closedOn(), command.summary(), command.reason()));
    }

    /** A contact with customer support as it stands after corrections. */
    record SupportContact(ContactChannel channel, LocalDate contactedOn, String ticketReference, String summary,
                          String outcome) {
    }

    @CommandHandler
    public long handle(CorrectSupportContact command, @MetaDataValue(ActorMetaData.STAFF_ROLE) String role,
                       Clock clock, DeadlineManager deadlineManager, ReminderPolicy policy) {
        requireOpen();
        Require.notAfter("contactedOn", command.contactedOn(), LocalDate.now(clock));
        var contact = correctable(command.entry(), Optional.ofNullable(supportContacts.get(command.entry())),
                "un contact avec le service client", role, clock);
        requireChanged(contact, new SupportContact(command.channel(), command.contactedOn(),
                command.ticketReference(), command.summary(), command.outcome()));
        record(new SupportContactCorrected(caseId, command.entry(),
                supportContacts.headMap(command.entry()).size() + 1, command.channel(), command.contactedOn(),
                command.ticketReference(), command.summary(), command.outcome(), command.reason()));
        if (correspondence.writtenComplaint().isEmpty()) {
            supportFollowUpChanged(new CaseDeadlines(deadlineManager, policy, clock));
        }
        return AggregateLifecycle.getVersion();
    }

    /**
     * Only the latest request to a mediator is corrected: an earlier one ended before it, and the date of the latest
     * is the one the mediator's 90 days run from. The corrected request passes the request's own rules (L612-2).
     */
    @CommandHandler
    public long handle(CorrectMediationRequest command, @MetaDataValue(ActorMetaData.STAFF_ROLE) String role,
                       Clock clock, DeadlineManager deadlineManager, ReminderPolicy policy) {
        requireOpen();
        Require.notAfter("requestedOn", command.requestedOn(), LocalDate.now(clock));
        var request = correctable(command.entry(), Optional.ofNullable(mediation)
                        .filter(latest -> latest.entry() == command.entry()),
                "la dernière demande de médiation", role, clock);
        new MediationAdmissibility(correspondence, company).check(new RequestMediation(caseId, null,
                command.mediator(), command.requestedOn(), command.reference(), request.windowOverrideReason()), role);
        request.requireConcludedAfter(command.requestedOn());
        var corrected = request.corrected(command.mediator(), command.requestedOn(), command.reference());
        requireChanged(request, corrected);
        // the conclusion date that stands: provisional (request + 90 days) until the seizure is notified (R612-2)
        record(new MediationRequestCorrected(caseId, command.entry(), request.number(), command.mediator(),
                command.requestedOn(), command.reference(), corrected.conclusionDueOn(), command.reason()));
        if (mediation.pending()) {
            var deadlines = new CaseDeadlines(deadlineManager, policy, clock);
            deadlines.cancel(CaseDeadline.MEDIATOR_CONCLUSION);
            scheduleMediatorConclusion(deadlines);
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(RequestMediation command, @MetaDataValue(ActorMetaData.STAFF_ROLE) String role, Clock clock,
                       DeadlineManager deadlineManager, ReminderPolicy policy) {
        requireOpen();
        var today = LocalDate.now(clock);
        Require.notAfter("requestedOn", command.requestedOn(), today);
        if (mediation != null) {
            mediation.requireNonePending();
        }
        var overrideReason = new MediationAdmissibility(correspondence, company).check(command, role);
        var conclusionDueOn = LegalDeadlines.mediatorConclusionDue(command.requestedOn());
        var version = record(new MediationRequested(caseId, command.mediator(), command.requestedOn(),
                command.reference(), conclusionDueOn, overrideReason));
        var deadlines = new CaseDeadlines(deadlineManager, policy, clock);
        deadlines.cancel(CaseDeadline.MEDIATION_TIME_LIMIT, CaseDeadline.SUPPORT_FOLLOW_UP);
        scheduleMediatorConclusion(deadlines);
        return version;
    }

    @CommandHandler
    public long handle(RecordMediationOutcome command, Clock clock, DeadlineManager deadlineManager) {
        requireOpen();
        Require.notAfter("concludedOn", command.concludedOn(), LocalDate.now(clock));
        if (mediation == null) {
            throw new StepRefused(CaseRule.NO_PENDING_MEDIATION, CaseRule.NO_PENDING_MEDIATION.explanation());
        }
        mediation.requirePendingSince(command.concludedOn());
        var version = record(new MediationConcluded(caseId, command.outcome(), command.concludedOn(),
                command.details()));
        deadlineManager.cancelAllWithinScope(CaseDeadline.MEDIATOR_CONCLUSION);
        deadlineManager.cancelAllWithinScope(CaseDeadline.MEDIATOR_REJECTION_WINDOW);
        return version;
    }

    /** The mediator received the file: it has three weeks to reject the request (L612-2, last paragraph). */
    @CommandHandler
    public long handle(RecordMediationFileReceipt command, Clock clock, DeadlineManager deadlineManager,
                       ReminderPolicy policy) {
        requireOpen();
        Require.notAfter("receivedOn", command.receivedOn(), LocalDate.now(clock));
        requireMediation().requireFileReceivable(command.receivedOn());
        var version = record(new MediationFileReceived(caseId, command.receivedOn(),
                LegalDeadlines.mediatorRejectionDue(command.receivedOn())));
        if (mediation.awaitingSeizureNotice()) {
            scheduleMediatorRejectionWindow(new CaseDeadlines(deadlineManager, policy, clock));
        }
        return version;
    }

    /** The mediator notified its seizure (R612-2): its 90 days (R612-5) run from that day. */
    @CommandHandler
    public long handle(RecordMediationSeizureNotice command, Clock clock, DeadlineManager deadlineManager,
                       ReminderPolicy policy) {
        requireOpen();
        Require.notAfter("notifiedOn", command.notifiedOn(), LocalDate.now(clock));
        requireMediation().requireSeizureNotifiable(command.notifiedOn());
        var version = record(new MediationSeizureNotified(caseId, command.notifiedOn(), command.reference(),
                LegalDeadlines.mediatorConclusionDue(command.notifiedOn())));
        var deadlines = new CaseDeadlines(deadlineManager, policy, clock);
        deadlines.cancel(CaseDeadline.MEDIATOR_REJECTION_WINDOW, CaseDeadline.MEDIATOR_CONCLUSION);
        scheduleMediatorConclusion(deadlines);
        return version;
    }

    /** The mediator extended its time to conclude (R612-5, al. 2): the reminder follows the new date. */
    @CommandHandler
    public long handle(RecordMediationExtension command, Clock clock, DeadlineManager deadlineManager,
                       ReminderPolicy policy) {
        requireOpen();
        Require.notAfter("notifiedOn", command.notifiedOn(), LocalDate.now(clock));
        requireMediation().requireExtensible(command.notifiedOn(), command.extendedUntil());
        var version = record(new MediationExtended(caseId, command.notifiedOn(), mediation.conclusionDueOn(),
                command.extendedUntil()));
        var deadlines = new CaseDeadlines(deadlineManager, policy, clock);
        deadlines.cancel(CaseDeadline.MEDIATOR_CONCLUSION);
        scheduleMediatorConclusion(deadlines);
        return version;
    }

    private MediationHistory requireMediation() {
        if (mediation == null) {
            throw new StepRefused(CaseRule.NO_PENDING_MEDIATION, CaseRule.NO_PENDING_MEDIATION.explanation());
        }
        return mediation;
    }

    @CommandHandler
    public long handle(RecordCourtAction command, Clock clock, DeadlineManager deadlineManager) {
        requireOpen();
        Require.notAfter("filedOn", command.filedOn(), LocalDate.now(clock));
        var version = record(new CourtActionRecorded(caseId, command.court(), command.filedOn(),
                command.reference(), command.summary()));
        deadlineManager.cancelAllWithinScope(CaseDeadline.SUPPORT_FOLLOW_UP);
        return version;
    }

    @CommandHandler
    public long handle(AddNote command) {
        requireOpen();
        return record(new NoteAdded(caseId, command.text()));
    }

    @CommandHandler
    public long handle(CloseCase command, Clock clock, DeadlineManager deadlineManager) {
        requireOpen();
        var version = record(new CaseClosed(caseId, command.resolution(), command.amountObtained(),
                LocalDate.now(clock), command.summary()));
        for (var family : CaseDeadline.ALL) {
            deadlineManager.cancelAllWithinScope(family);
        }
        return version;
    }

    @CommandHandler
    public long handle(ReopenCase command, Clock clock, DeadlineManager deadlineManager, ReminderPolicy policy) {
        if (!closed) {
            throw new StepRefused(CaseRule.CASE_NOT_CLOSED, "Le dossier " + caseId + " est ouvert : "
                    + CaseRule.CASE_NOT_CLOSED.explanation());
        }
        var version = record(new CaseReopened(caseId, LocalDate.now(clock), command.reason()));
        scheduleOutstanding(new CaseDeadlines(deadlineManager, policy, clock));
        return version;
    }

    /**
     * A deadline of the case fell due. Recorded as the system's act, and only if the step that makes it moot has not
     * been recorded meanwhile and it was not recorded already (a deadline may fire again after a crash).
     */
    @DeadlineHandler
    void on(CaseDeadline deadline, Clock clock) {
        if (closed) {
            return;
        }
        var today = LocalDate.now(clock);
        if (deadline.kind() == ReminderKind.RESPONSE_DEADLINE_EXPIRED) {
            // re-read the case as it stands now: only the window that stands, only once its last day has ended
            if (stillMatters(deadline) && today.isAfter(deadline.deadlineOn())) {
                recordAsSystem(new ResponseDeadlineExpired(caseId, deadline.deadlineOn(), today,
                        correspondence.admissibleUntil(correspondence.writtenComplaint().orElseThrow())));
            }
            return;
        }
        var reminder = new ReminderDue(caseId, deadline.kind(), deadline.deadlineOn(), deadline.remindOn(), today);
        if (stillMatters(deadline) && !remindersRecorded.contains(reminder.reminderKey())) {
            recordAsSystem(reminder);
        }
    }

    private boolean stillMatters(CaseDeadline deadline) {
        return switch (deadline.kind()) {
            case SUPPORT_FOLLOW_UP -> correspondence.writtenComplaint().isEmpty();
            case RESPONSE_DEADLINE_APPROACHING, RESPONSE_DEADLINE_EXPIRED -> correspondence.awaitingResponse()
                    && deadline.deadlineOn().equals(correspondence.responseDueOn(company));
            case MEDIATION_TIME_LIMIT_APPROACHING -> mediation == null;
            case MEDIATOR_CONCLUSION_OVERDUE -> mediation != null && mediation.pending()
                    && deadline.deadlineOn().equals(mediation.conclusionDueOn());
            case MEDIATOR_REJECTION_WINDOW_PASSED -> mediation != null && mediation.awaitingSeizureNotice();
        };
    }

    /** A reopened case takes up the deadlines still running, as its state says. */
    private void scheduleOutstanding(CaseDeadlines deadlines) {
        if (correspondence.writtenComplaint().isEmpty()) {
            if (!supportContacts.isEmpty()) {
                scheduleSupportFollowUp(deadlines);
            }
            return;
        }
        if (correspondence.awaitingResponse()) {
            scheduleResponseWindow(deadlines);
        }
        if (mediation == null) {
            scheduleMediationTimeLimit(deadlines);
        } else if (mediation.pending()) {
            scheduleMediatorConclusion(deadlines);
            if (mediation.awaitingSeizureNotice()) {
                scheduleMediatorRejectionWindow(deadlines);
            }
        }
    }

    /** The follow-up runs from the latest contact with customer support as the contacts stand. */
    private void supportFollowUpChanged(CaseDeadlines deadlines) {
        deadlines.cancel(CaseDeadline.SUPPORT_FOLLOW_UP);
        scheduleSupportFollowUp(deadlines);
    }

    private void scheduleSupportFollowUp(CaseDeadlines deadlines) {
        var lastContactOn = supportContacts.values().stream().map(SupportContact::contactedOn)
                .max(LocalDate::compareTo).orElseThrow();
        var remindOn = deadlines.policy().supportFollowUpOn(lastContactOn);
        deadlines.schedule(CaseDeadline.SUPPORT_FOLLOW_UP, ReminderKind.SUPPORT_FOLLOW_UP, remindOn, remindOn);
    }

    /**
     * The one place where the response window follows the case, after any step that moves it or ends it: an
     * expiry recorded earlier that the case no longer supports is marked contradicted (in the acting staff member's
     * name), a contradicted one the case supports again is re-established (same name), and the window's deadlines
     * are rescheduled from the case as it stands.
     */
    private void responseWindowChanged(CaseDeadlines deadlines) {
        correspondence.expiryContradiction(company).ifPresent(reason -> apply(new ResponseDeadlineExpiryContradicted(
                caseId, correspondence.expiredResponseDueOn(), correspondence.responseDueOn(company), reason,
                reason == ExpiryContradiction.ANSWER_RECEIVED_IN_TIME ? correspondence.firstAnswerOn() : null,
                deadlines.today())));
        if (correspondence.expiryHoldsAgain(company, deadlines.today())) {
            apply(new ResponseDeadlineExpiryReestablished(caseId, correspondence.responseDueOn(company),
                    correspondence.firstAnswerOn(),
                    correspondence.admissibleUntil(correspondence.writtenComplaint().orElseThrow()),
                    deadlines.today()));
        }
        deadlines.cancel(CaseDeadline.RESPONSE_WINDOW);
        if (correspondence.awaitingResponse()) {
            scheduleResponseWindow(deadlines);
        }
    }

    private void mediationTimeLimitChanged(CaseDeadlines deadlines) {
        deadlines.cancel(CaseDeadline.MEDIATION_TIME_LIMIT);
        if (mediation == null) {
            scheduleMediationTimeLimit(deadlines);
        }
    }

    /**
     * The warning keeps its day; the silence is recorded the day after the last day, and only by the system when the
     * window still had the postal grace period to run when the step fixing it was entered (ADR 13): a window
     * already past, or about to be, is for staff to confirm ("L'entreprise a-t-elle répondu avant le … ?").
     */
    private void scheduleResponseWindow(CaseDeadlines deadlines) {
        var dueOn = correspondence.responseDueOn(company);
        deadlines.schedule(CaseDeadline.RESPONSE_WINDOW, ReminderKind.RESPONSE_DEADLINE_APPROACHING, dueOn,
                deadlines.policy().responseWarningOn(dueOn));
        if (deadlines.policy().silenceRecordedBySystem(dueOn, deadlines.today())) {
            deadlines.schedule(CaseDeadline.RESPONSE_WINDOW, ReminderKind.RESPONSE_DEADLINE_EXPIRED, dueOn,
                    deadlines.policy().responseExpiryOn(dueOn));
        }
    }

    private void scheduleMediationTimeLimit(CaseDeadlines deadlines) {
        var admissibleUntil = correspondence.admissibleUntil(correspondence.writtenComplaint().orElseThrow());
        for (var remindOn : deadlines.policy().mediationLimitWarningsOn(admissibleUntil)) {
            deadlines.schedule(CaseDeadline.MEDIATION_TIME_LIMIT, ReminderKind.MEDIATION_TIME_LIMIT_APPROACHING,
                    admissibleUntil, remindOn);
        }
    }

    /** From the date that stands: provisional (request + 90 days), notified seizure + 90 days, or extended. */
    private void scheduleMediatorConclusion(CaseDeadlines deadlines) {
        var dueOn = mediation.conclusionDueOn();
        deadlines.schedule(CaseDeadline.MEDIATOR_CONCLUSION, ReminderKind.MEDIATOR_CONCLUSION_OVERDUE, dueOn,
                deadlines.policy().mediatorOverdueOn(dueOn));
    }

    /** The day after the three weeks of L612-2, unless the seizure is notified or the mediation ends first. */
    private void scheduleMediatorRejectionWindow(CaseDeadlines deadlines) {
        var dueOn = LegalDeadlines.mediatorRejectionDue(mediation.fileReceivedOn());
        deadlines.schedule(CaseDeadline.MEDIATOR_REJECTION_WINDOW, ReminderKind.MEDIATOR_REJECTION_WINDOW_PASSED,
                dueOn, LegalDeadlines.dayAfter(dueOn));
    }

    @CommandHandler
    public long handle(AttachEvidence command) {
        requireOpen();
        evidence.requireNew(command.documentId());
        return record(new EvidenceAttached(caseId, command.documentId(), command.fileName(), command.mediaType(),
                command.sizeInBytes(), command.sha256(), command.description()));
    }

    @CommandHandler
    public long handle(WithdrawEvidence command) {
        requireOpen();
        var document = evidence.requireStanding(command.documentId());
        return record(new EvidenceWithdrawn(caseId, document.documentId(), document.fileName(), document.sha256(),
                command.reason()));
    }

    /** Erasure is the consumer's right whatever stands on the case, closed or not; it happens once. */
    @CommandHandler
    public long handle(RecordPersonalDataErasure command, Clock clock) {
        if (personalDataErased) {
            throw new StepRefused(CaseRule.PERSONAL_DATA_ALREADY_ERASED,
                    CaseRule.PERSONAL_DATA_ALREADY_ERASED.explanation());
        }
        return record(new PersonalDataErased(caseId, consumer, LocalDate.now(clock), command.reason()));
    }

    /** The handler hands the case over, or a supervisor (or an administrator) does. */
    @CommandHandler
    public long handle(ReassignCase command, @MetaDataValue(ActorMetaData.STAFF_MEMBER) String staffMember,
                       @MetaDataValue(ActorMetaData.STAFF_ROLE) String role, Clock clock) {
        if (StaffRole.STAFF.name().equals(role) && !handler.value().equals(staffMember)) {
            throw new StepRefused(CaseRule.REASSIGNMENT_BY_HANDLER_OR_SUPERVISOR,
                    CaseRule.REASSIGNMENT_BY_HANDLER_OR_SUPERVISOR.explanation());
        }
        if (command.handler().equals(handler)) {
            throw new StepRefused(CaseRule.HANDLER_UNCHANGED, CaseRule.HANDLER_UNCHANGED.explanation());
        }
        return record(new CaseHandlerAssigned(caseId, command.handler(), handler, LocalDate.now(clock)));
    }

    @EventSourcingHandler
    void on(CaseHandlerAssigned event) {
        handler = event.handler();
    }

    /** The consumer's contact details may change whatever stands on the case, until they are erased. */
    @CommandHandler
    public long handle(RecordConsumerDetailsUpdate command, Clock clock) {
        if (personalDataErased) {
            throw new StepRefused(CaseRule.PERSONAL_DATA_ALREADY_ERASED,
                    CaseRule.PERSONAL_DATA_ALREADY_ERASED.explanation());
        }
        return record(new ConsumerDetailsUpdated(caseId, consumer, LocalDate.now(clock), command.changed()));
    }

    @EventSourcingHandler
    void on(PersonalDataErased event) {
        personalDataErased = true;
    }

    @EventSourcingHandler
    void on(ComplaintDetailsCorrected event) {
        details = new ComplaintDetails(event.category(), event.facts(), event.amountAtStake(),
                event.desiredOutcome());
    }

    @EventSourcingHandler
    void on(ComplaintFiled event, @SequenceNumber long entry, @Timestamp Instant recordedAt) {
        entriesRecordedAt.put(entry, recordedAt);
        details = new ComplaintDetails(event.category(), event.facts(), event.amountAtStake(),
                event.desiredOutcome());
        caseId = event.caseId();
        handler = event.filedBy();
        filedOn = event.filedOn();
        branch = event.branch();
        consumer = event.consumer();
        company = event.company();
    }

    @EventSourcingHandler
    void on(SupportContacted event, @SequenceNumber long entry, @Timestamp Instant recordedAt) {
        supportContacts.put(entry, new SupportContact(event.channel(), event.contactedOn(), event.ticketReference(),
                event.summary(), event.outcome()));
        entriesRecordedAt.put(entry, recordedAt);
    }

    @EventSourcingHandler
    void on(SupportContactCorrected event) {
        supportContacts.put(event.correctedEntry(), new SupportContact(event.channel(), event.contactedOn(),
                event.ticketReference(), event.summary(), event.outcome()));
    }

    @EventSourcingHandler
    void on(MediationRequestCorrected event) {
        mediation = mediation.corrected(event.mediator(), event.requestedOn(), event.reference());
    }

    @EventSourcingHandler
    void on(ReminderDue event) {
        remindersRecorded.add(event.reminderKey());
    }

    @EventSourcingHandler
    void on(LetterSent event, @SequenceNumber long entry, @Timestamp Instant recordedAt) {
        correspondence.sent(entry, event.letterNumber(), event.addressee(), event.sentOn(), event.method(),
                event.trackingNumber());
        entriesRecordedAt.put(entry, recordedAt);
    }

    @EventSourcingHandler
    void on(LetterDelivered event, @SequenceNumber long entry, @Timestamp Instant recordedAt) {
        correspondence.delivered(entry, event.letterNumber(), event.deliveredOn());
        entriesRecordedAt.put(entry, recordedAt);
    }

    @EventSourcingHandler
    void on(ResponseReceived event, @SequenceNumber long entry, @Timestamp Instant recordedAt) {
        correspondence.answered(entry, event.receivedOn(), event.channel(), event.summary(), event.assessment(),
                event.offer());
        entriesRecordedAt.put(entry, recordedAt);
    }

    @EventSourcingHandler
    void on(ResponseDeadlineExpired event) {
        correspondence.deadlineExpired(event.responseDueOn());
    }

    @EventSourcingHandler
    void on(ResponseDeadlineExpiryContradicted event) {
        correspondence.expiryContradicted();
    }

    @EventSourcingHandler
    void on(ResponseDeadlineExpiryReestablished event) {
        correspondence.deadlineExpired(event.responseDueOn());
    }

    @EventSourcingHandler
    void on(LetterSendingCorrected event) {
        correspondence.sendingCorrected(event.letterNumber(), event.addressee(), event.sentOn(), event.method(),
                event.trackingNumber());
    }

    @EventSourcingHandler
    void on(LetterDeliveryCorrected event) {
        correspondence.deliveryCorrected(event.letterNumber(), event.deliveredOn());
    }

    @EventSourcingHandler
    void on(ResponseCorrected event) {
        correspondence.answerCorrected(event.responseNumber(), event.receivedOn(), event.channel(), event.summary(),
                event.assessment(), event.offer());
    }

    @EventSourcingHandler
    void on(MediationRequested event, @SequenceNumber long entry, @Timestamp Instant recordedAt) {
        mediation = new MediationHistory(mediation == null ? 1 : mediation.number() + 1, entry, event.mediator(), event.requestedOn(), event.reference(),
                event.windowOverrideReason());
        entriesRecordedAt.put(entry, recordedAt);
    }

    @EventSourcingHandler
    void on(MediationFileReceived event) {
        mediation = mediation.fileReceived(event.receivedOn());
    }

    @EventSourcingHandler
    void on(MediationSeizureNotified event) {
        mediation = mediation.seizureNotified(event.notifiedOn(), event.conclusionDueOn());
    }

    @EventSourcingHandler
    void on(MediationExtended event) {
        mediation = mediation.extended(event.conclusionDueOn());
    }

    @EventSourcingHandler
    void on(MediationConcluded event, @SequenceNumber long entry, @Timestamp Instant recordedAt) {
        mediation = mediation.concluded(entry, event.outcome(), event.concludedOn(), event.details());
        entriesRecordedAt.put(entry, recordedAt);
    }

    @EventSourcingHandler
    void on(MediationOutcomeCorrected event) {
        mediation = mediation.outcomeCorrected(event.outcome(), event.concludedOn(), event.details());
    }

    @EventSourcingHandler
    void on(HelpCentreConsulted event, @SequenceNumber long entry, @Timestamp Instant recordedAt) {
        helpCentreConsultations.put(entry, new HelpCentreConsultation(event.consultedOn(), event.findings()));
        entriesRecordedAt.put(entry, recordedAt);
    }

    @EventSourcingHandler
    void on(HelpCentreConsultationCorrected event) {
        helpCentreConsultations.put(event.correctedEntry(), new HelpCentreConsultation(event.consultedOn(),
                event.findings()));
    }

    @EventSourcingHandler
    void on(CourtActionRecorded event, @SequenceNumber long entry, @Timestamp Instant recordedAt) {
        courtActions.put(entry, new CourtAction(event.court(), event.filedOn(), event.reference(), event.summary()));
        entriesRecordedAt.put(entry, recordedAt);
    }

    @EventSourcingHandler
    void on(CourtActionCorrected event) {
        courtActions.put(event.correctedEntry(), new CourtAction(event.court(), event.filedOn(), event.reference(),
                event.summary()));
    }

    @EventSourcingHandler
    void on(CaseClosureCorrected event) {
        closure = new Closure(closure.entry(), event.resolution(), event.amountObtained(), event.closedOn(),
                event.summary());
    }

    @EventSourcingHandler
    void on(EvidenceAttached event) {
        evidence.attached(event);
    }

    @EventSourcingHandler
    void on(EvidenceWithdrawn event) {
        evidence.withdrawn(event.documentId());
    }

    @EventSourcingHandler
    void on(CaseClosed event, @SequenceNumber long entry, @Timestamp Instant recordedAt) {
        closed = true;
        closure = new Closure(entry, event.resolution(), event.amountObtained(), event.closedOn(), event.summary());
        entriesRecordedAt.put(entry, recordedAt);
    }

    @EventSourcingHandler
    void on(CaseReopened event) {
        closed = false;
        closure = null;
    }

    private void requireOpen() {
        if (closed) {
            throw new StepRefused(CaseRule.CASE_CLOSED, "Le dossier " + caseId + " est clos : "
                    + FrenchGrammar.afterColon(CaseRule.CASE_CLOSED.explanation()) + " Rouvrez-le d'abord.");
        }
    }

    private static long record(Object event) {
        apply(event);
        return AggregateLifecycle.getVersion();
    }

    /** What a fired deadline records is the system's doing, whoever recorded the step that scheduled it. */
    private static void recordAsSystem(Object event) {
        apply(event, MetaData.with(ActorMetaData.STAFF_MEMBER, StaffMemberId.SYSTEM.value()));
    }
}
