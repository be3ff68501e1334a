package org.recours.command.casefile;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.serialization.Revision;
import org.recours.kernel.casefile.ActorMetaData;
import org.recours.kernel.casefile.AddNote;
import org.recours.kernel.casefile.AmicableAttemptBasis;
import org.recours.kernel.casefile.AmicableAttemptExemption;
import org.recours.kernel.casefile.AttachEvidence;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.CaseClosed;
import org.recours.kernel.casefile.CaseClosureCorrected;
import org.recours.kernel.casefile.CaseHandlerAssigned;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.CaseOutOfReach;
import org.recours.kernel.casefile.CaseQueuedForSupervisors;
import org.recours.kernel.casefile.CaseReopened;
import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.CaseStanding;
import org.recours.kernel.casefile.CaseStep;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.CloseCase;
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
import org.recours.kernel.casefile.ConsumerMessageReceived;
import org.recours.kernel.casefile.ContactChannel;
import org.recours.kernel.casefile.CorrectCaseClosure;
import org.recours.kernel.casefile.CorrectComplaintDetails;
import org.recours.kernel.casefile.CorrectConciliationOutcome;
import org.recours.kernel.casefile.CorrectConciliationRequest;
import org.recours.kernel.casefile.CorrectCourtAction;
import org.recours.kernel.casefile.CorrectCourtClaim;
import org.recours.kernel.casefile.CorrectHelpCentreConsultation;
import org.recours.kernel.casefile.CorrectLetterDelivery;
import org.recours.kernel.casefile.CorrectLetterReturn;
import org.recours.kernel.casefile.CorrectLetterSending;
import org.recours.kernel.casefile.CorrectMediationOutcome;
import org.recours.kernel.casefile.CorrectMediationRequest;
import org.recours.kernel.casefile.CorrectResponse;
import org.recours.kernel.casefile.CorrectSupportContact;
import org.recours.kernel.casefile.CourtActionCorrected;
import org.recours.kernel.casefile.CourtActionRecorded;
import org.recours.kernel.casefile.CourtClaim;
import org.recours.kernel.casefile.CourtClaimCorrected;
import org.recours.kernel.casefile.CourtClaimStated;
import org.recours.kernel.casefile.ElectronicLetterProof;
import org.recours.kernel.casefile.ElectronicLetterProofRecorded;
import org.recours.kernel.casefile.EvidenceAttached;
import org.recours.kernel.casefile.EvidenceWithdrawn;
import org.recours.kernel.casefile.ExpiryContradiction;
import org.recours.kernel.casefile.FactsKnownDateRecorded;
import org.recours.kernel.casefile.FileComplaint;
import org.recours.kernel.casefile.HelpCentreConsultationCorrected;
import org.recours.kernel.casefile.HelpCentreConsulted;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.LetterDelivered;
import org.recours.kernel.casefile.LetterDeliveryCorrected;
import org.recours.kernel.casefile.LetterReturnCorrected;
import org.recours.kernel.casefile.LetterReturnReason;
import org.recours.kernel.casefile.LetterReturned;
import org.recours.kernel.casefile.LetterSendingCorrected;
import org.recours.kernel.casefile.LetterSent;
import org.recours.kernel.casefile.MediationConcluded;
import org.recours.kernel.casefile.MediationExtended;
import org.recours.kernel.casefile.MediationFileReceived;
import org.recours.kernel.casefile.MediationOutcomeCorrected;
import org.recours.kernel.casefile.MediationProposalAnswered;
import org.recours.kernel.casefile.MediationProposalMade;
import org.recours.kernel.casefile.MediationRequestCorrected;
import org.recours.kernel.casefile.MediationRequested;
import org.recours.kernel.casefile.MediationSeizureNotified;
import org.recours.kernel.casefile.MediatorNamingChecked;
import org.recours.kernel.casefile.Money;
import org.recours.kernel.casefile.NoteAdded;
import org.recours.kernel.casefile.PersonalDataErased;
import org.recours.kernel.casefile.QueueCaseForSupervisors;
import org.recours.kernel.casefile.ReassignCase;
import org.recours.kernel.casefile.RecordConciliationFirstMeeting;
import org.recours.kernel.casefile.RecordConciliationOutcome;
import org.recours.kernel.casefile.RecordConsumerDetailsUpdate;
import org.recours.kernel.casefile.RecordConsumerMessage;
import org.recours.kernel.casefile.RecordCourtAction;
import org.recours.kernel.casefile.RecordFactsKnownDate;
import org.recours.kernel.casefile.RecordHelpCentreConsultation;
import org.recours.kernel.casefile.RecordLetterDelivery;
import org.recours.kernel.casefile.RecordLetterReturn;
import org.recours.kernel.casefile.RecordLetterSent;
import org.recours.kernel.casefile.RecordMediationExtension;
import org.recours.kernel.casefile.RecordMediationFileReceipt;
import org.recours.kernel.casefile.RecordMediationOutcome;
import org.recours.kernel.casefile.RecordMediationProposal;
import org.recours.kernel.casefile.RecordMediationSeizureNotice;
import org.recours.kernel.casefile.RecordMediatorNaming;
import org.recours.kernel.casefile.RecordPersonalDataErasure;
import org.recours.kernel.casefile.RecordProposalAnswer;
import org.recours.kernel.casefile.RecordResponse;
import org.recours.kernel.casefile.RecordResponseDeadlineExpiry;
import org.recours.kernel.casefile.RecordSupportContact;
import org.recours.kernel.casefile.RefusalText;
import org.recours.kernel.casefile.ReminderDue;
import org.recours.kernel.casefile.ReminderKind;
import org.recours.kernel.casefile.ReopenCase;
import org.recours.kernel.casefile.RequestConciliation;
import org.recours.kernel.casefile.RequestMediation;
import org.recours.kernel.casefile.Require;
import org.recours.kernel.casefile.Resolution;
import org.recours.kernel.casefile.ResponseCorrected;
import org.recours.kernel.casefile.ResponseDeadlineExpired;
import org.recours.kernel.casefile.ResponseDeadlineExpiryContradicted;
import org.recours.kernel.casefile.ResponseDeadlineExpiryReestablished;
import org.recours.kernel.casefile.ResponseReceived;
import org.recours.kernel.casefile.SendingMethod;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.casefile.StaffRole;
import org.recours.kernel.casefile.StepRefused;
import org.recours.kernel.casefile.SupportContactCorrected;
import org.recours.kernel.casefile.SupportContacted;
import org.recours.kernel.casefile.WithdrawEvidence;
import org.recours.kernel.law.LegalDeadlines;
import org.recours.kernel.law.Limitation;
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
@Revision("5")
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
    /** Conciliations and mediations, for CPC art. 750-1 and the limitation's suspensions (ADR 19). */
    private final AmicableAttempts attempts = new AmicableAttempts();
    /** When the consumer knew the facts (Code civil, art. 2224); null while nobody said (asked on the case page). */
    private LocalDate factsKnownOn;
    /** The conciliations' requests and outcomes by history entry, with their number (ADR 24: corrections). */
    private final TreeMap<Long, ConciliationStep> conciliationSteps = new TreeMap<>();
    /** The court actions' claims as they stand after corrections, by history entry (ADR 24). */
    private final TreeMap<Long, StatedClaim> courtClaims = new TreeMap<>();
    /** The registered letters' returns as they stand after corrections, by history entry (ADR 24). */
    private final TreeMap<Long, LetterReturn> letterReturns = new TreeMap<>();

    protected ComplaintCase() {
        // for Axon, which rebuilds the case from its events
    }

    /**
     * Staff act only on their branch's cases; supervisors, administrators and the system (fired deadlines, which
     * carry no role) on any. A case out of reach answers as if it did not exist.
     */
    @CommandHandlerInterceptor
    void onlyWithinReach(
            @MetaDataValue(ActorMetaData.STAFF_ROLE) String role,
            @MetaDataValue(ActorMetaData.STAFF_BRANCH) String staffBranch) {
        if (branchStaff(role) && !branch.value().equals(staffBranch)) {
            throw new CaseOutOfReach(caseId);
        }
    }

    @CommandHandler
    public ComplaintCase(
            FileComplaint command,
            @MetaDataValue(ActorMetaData.STAFF_MEMBER) String staffMember,
            @MetaDataValue(ActorMetaData.STAFF_ROLE) String role,
            @MetaDataValue(ActorMetaData.STAFF_BRANCH) String staffBranch,
            Clock clock,
            DeadlineManager deadlineManager,
            ReminderPolicy policy) {
        if (command.factsKnownOn() != null) {
            Require.notAfter("factsKnownOn", command.factsKnownOn(), LocalDate.now(clock));
        }
        var branchStaff = branchStaff(role);
        if (branchStaff && !command.branch().value().equals(staffBranch)) {
            throw new InvalidCaseData("branch", RefusalText.of("check.own-branch", staffBranch));
        }
        var filer = new StaffMemberId(staffMember);
        var chosen = command.handler() != null && !command.handler().equals(filer);
        if (chosen && branchStaff) {
            throw new InvalidCaseData("handler", RefusalText.of("check.own-handler"));
        }
        apply(new ComplaintFiled(
                command.caseId(),
                command.consumer(),
                command.company(),
                command.category(),
                command.facts(),
                command.amountAtStake(),
                command.desiredOutcome(),
                command.branch(),
                filer,
                LocalDate.now(clock)));
        if (chosen) {
            // a supervisor filing for a colleague: the case is theirs from its first day, in the history too
            apply(new CaseHandlerAssigned(command.caseId(), command.handler(), filer, LocalDate.now(clock)));
        }
        if (command.factsKnownOn() != null) {
            apply(new FactsKnownDateRecorded(
                    command.caseId(),
                    command.factsKnownOn(),
                    null,
                    Limitation.endsOn(command.factsKnownOn(), List.of()),
                    null));
            limitationChanged(new CaseDeadlines(deadlineManager, policy, clock));
        }
    }

    /**
     * When the consumer knew the facts, recorded late or changed (with a reason): the limitation date and its
     * reminders follow (Code civil, art. 2224 and 2238).
     */
    @CommandHandler
    public long handle(
            RecordFactsKnownDate command, Clock clock, DeadlineManager deadlineManager, ReminderPolicy policy) {
        allowed(CaseStep.FACTS_KNOWN, LocalDate.now(clock));
        Require.notAfter("knownOn", command.knownOn(), LocalDate.now(clock));
        if (command.knownOn().equals(factsKnownOn)) {
            throw StepRefused.of(CaseRule.FACTS_KNOWN_DATE_UNCHANGED, "known-since", factsKnownOn);
        }
        if (factsKnownOn != null && command.reason() == null) {
            throw new InvalidCaseData(
                    "reason",
                    RefusalText.of(
                            "check.facts-known-reason",
                            factsKnownOn,
                            RefusalText.rule(CaseRule.REASON_REQUIRED, null)));
        }
        record(new FactsKnownDateRecorded(
                caseId,
                command.knownOn(),
                factsKnownOn,
                Limitation.endsOn(command.knownOn(), attempts.suspensions()),
                command.reason()));
        limitationChanged(new CaseDeadlines(deadlineManager, policy, clock));
        return AggregateLifecycle.getVersion();
    }

    /** The consumer asked a conciliateur de justice to attempt a conciliation (CPC art. 750-1). */
    @CommandHandler
    public long handle(RequestConciliation command, Clock clock) {
        Require.notAfter("requestedOn", command.requestedOn(), LocalDate.now(clock));
        allowed(CaseStep.CONCILIATION, command.requestedOn());
        return record(new ConciliationRequested(
                caseId,
                attempts.nextConciliation(),
                command.conciliator(),
                command.requestedOn(),
                command.reference()));
    }

    /** The conciliation ended: a limitation it suspended from its first meeting runs again (art. 2238). */
    @CommandHandler
    public long handle(
            RecordConciliationOutcome command, Clock clock, DeadlineManager deadlineManager, ReminderPolicy policy) {
        Require.notAfter("concludedOn", command.concludedOn(), LocalDate.now(clock));
        allowed(CaseStep.CONCILIATION_OUTCOME, command.concludedOn());
        var conciliation = attempts.requirePendingConciliation(command.concludedOn());
        if (conciliation.firstMeetingOn() != null && command.concludedOn().isBefore(conciliation.firstMeetingOn())) {
            throw StepRefused.of(
                    CaseRule.DATE_OUT_OF_ORDER,
                    "conciliation-end-before-meeting",
                    command.concludedOn(),
                    conciliation.firstMeetingOn());
        }
        record(new ConciliationConcluded(
                caseId, conciliation.number(), command.outcome(), command.concludedOn(), command.details()));
        limitationChanged(new CaseDeadlines(deadlineManager, policy, clock));
        return AggregateLifecycle.getVersion();
    }

    /**
     * A conciliation's request corrected (ADR 24): not in the future, and not after the day it ended if it did. The
     * request stays the conciliation it was.
     */
    @CommandHandler
    public long handle(
            CorrectConciliationRequest command, @MetaDataValue(ActorMetaData.STAFF_ROLE) String role, Clock clock) {
        Require.notAfter("requestedOn", command.requestedOn(), LocalDate.now(clock));
        allowed(CaseStep.CORRECT_CONCILIATION, command.requestedOn());
        var step = correctable(
                command.entry(),
                Optional.ofNullable(conciliationSteps.get(command.entry())).filter(found -> !found.outcome()),
                "conciliation-request",
                role,
                clock);
        var standing = attempts.conciliation(step.number());
        var corrected = standing.requestCorrected(command.conciliator(), command.requestedOn(), command.reference());
        AmicableAttempts.requireEndsAfterRequest(corrected, standing.concludedOn());
        requireChanged(standing, corrected);
        return record(new ConciliationRequestCorrected(
                caseId,
                command.entry(),
                step.number(),
                command.conciliator(),
                command.requestedOn(),
                command.reference(),
                command.reason()));
    }

    /** A conciliation's outcome corrected (ADR 24): on or after its request, not in the future. */
    @CommandHandler
    public long handle(
            CorrectConciliationOutcome command,
            @MetaDataValue(ActorMetaData.STAFF_ROLE) String role,
            Clock clock,
            DeadlineManager deadlineManager,
            ReminderPolicy policy) {
        Require.notAfter("concludedOn", command.concludedOn(), LocalDate.now(clock));
        allowed(CaseStep.CORRECT_CONCILIATION_OUTCOME, command.concludedOn());
        var step = correctable(
                command.entry(),
                Optional.ofNullable(conciliationSteps.get(command.entry())).filter(ConciliationStep::outcome),
                "conciliation-outcome",
                role,
                clock);
        var standing = attempts.conciliation(step.number());
        AmicableAttempts.requireEndsAfterRequest(standing, command.concludedOn());
        if (standing.firstMeetingOn() != null && command.concludedOn().isBefore(standing.firstMeetingOn())) {
            throw StepRefused.of(
                    CaseRule.DATE_OUT_OF_ORDER,
                    "conciliation-end-before-meeting",
                    command.concludedOn(),
                    standing.firstMeetingOn());
        }
        requireChanged(
                List.of(standing.outcome(), standing.concludedOn(), step.details()),
                List.of(command.outcome(), command.concludedOn(), command.details()));
        record(new ConciliationOutcomeCorrected(
                caseId,
                command.entry(),
                step.number(),
                command.outcome(),
                command.concludedOn(),
                command.details(),
                command.reason()));
        // the suspension from its first meeting (art. 2238) now ends on the corrected day
        limitationChanged(new CaseDeadlines(deadlineManager, policy, clock));
        return AggregateLifecycle.getVersion();
    }

    /**
     * The first meeting of the latest conciliation: the limitation is suspended from it to the conciliation's end
     * (Code civil, art. 2238); its warnings follow.
     */
    @CommandHandler
    public long handle(
            RecordConciliationFirstMeeting command,
            Clock clock,
            DeadlineManager deadlineManager,
            ReminderPolicy policy) {
        Require.notAfter("heldOn", command.heldOn(), LocalDate.now(clock));
        allowed(CaseStep.CONCILIATION_FIRST_MEETING, command.heldOn());
        var conciliation = attempts.requireFirstMeetingRecordable(command.heldOn());
        var suspended = new AmicableAttempts.Conciliation(
                conciliation.number(),
                conciliation.conciliator(),
                conciliation.requestedOn(),
                conciliation.reference(),
                conciliation.outcome(),
                conciliation.concludedOn(),
                command.heldOn());
        var suspensions = new java.util.ArrayList<>(attempts.suspensions());
        suspensions.add(new Limitation.Suspension(suspended.firstMeetingOn(), suspended.concludedOn()));
        record(new ConciliationFirstMeetingHeld(
                caseId,
                conciliation.number(),
                command.heldOn(),
                factsKnownOn == null ? null : Limitation.endsOn(factsKnownOn, suspensions)));
        limitationChanged(new CaseDeadlines(deadlineManager, policy, clock));
        return AggregateLifecycle.getVersion();
    }

    /**
     * A court action's claim corrected (ADR 24): assessed again under CPC art. 750-1 on the action's filing day, with
     * the attempts on file now, as the action's step assesses it.
     */
    @CommandHandler
    public long handle(CorrectCourtClaim command, @MetaDataValue(ActorMetaData.STAFF_ROLE) String role, Clock clock) {
        allowed(CaseStep.CORRECT_COURT_CLAIM, LocalDate.now(clock));
        var stated = correctable(
                command.entry(), Optional.ofNullable(courtClaims.get(command.entry())), "court-claim", role, clock);
        var action = courtActions.get(stated.actionEntry());
        var assessed = attempts.assess(
                caseId,
                stated.actionNumber(),
                new RecordCourtAction(
                        caseId,
                        null,
                        action.court(),
                        action.filedOn(),
                        action.reference(),
                        action.summary(),
                        command.claim(),
                        command.participatoryProcedure(),
                        command.exemption(),
                        command.exemptionDetails(),
                        command.filedAnywayReason()));
        requireChanged(
                stated,
                new StatedClaim(
                        stated.actionNumber(),
                        stated.actionEntry(),
                        assessed.claim(),
                        assessed.basis(),
                        assessed.exemption(),
                        assessed.justification()));
        return record(new CourtClaimCorrected(
                caseId,
                command.entry(),
                stated.actionNumber(),
                assessed.claim(),
                assessed.basis(),
                assessed.attemptEndedOn(),
                assessed.exemption(),
                assessed.justification(),
                assessed.inadmissibilityRisk(),
                command.reason()));
    }

    /**
     * The post returned a registered letter unclaimed or refused: it still counts as the written complaint, and the
     * response window runs from its first presentation (through {@link #responseWindowChanged}).
     */
    @CommandHandler
    public long handle(
            RecordLetterReturn command, Clock clock, DeadlineManager deadlineManager, ReminderPolicy policy) {
        var today = LocalDate.now(clock);
        Require.notAfter("firstPresentedOn", command.firstPresentedOn(), today);
        Require.notAfter("returnedOn", command.returnedOn(), today);
        allowed(CaseStep.LETTER_RETURN, command.returnedOn());
        var letter = correspondence.awaitingReceipt(command.letterNumber());
        correspondence.requireReturnFits(letter, command.firstPresentedOn(), command.returnedOn());
        var returned = letter.returned(command.reason(), command.firstPresentedOn());
        record(new LetterReturned(
                caseId,
                letter.number(),
                command.reason(),
                command.firstPresentedOn(),
                command.returnedOn(),
                correspondence.responseDueOn(returned, company)));
        if (letter.number() == 1) {
            responseWindowChanged(new CaseDeadlines(deadlineManager, policy, clock));
        }
        return AggregateLifecycle.getVersion();
    }

    /**
     * A registered letter's return corrected (ADR 24): the same order as the step (sent, first presented, returned,
     * nothing in the future); the first letter's response window then runs from the corrected first presentation,
     * through {@link #responseWindowChanged} like every step that moves it.
     */
    @CommandHandler
    public long handle(
            CorrectLetterReturn command,
            @MetaDataValue(ActorMetaData.STAFF_ROLE) String role,
            Clock clock,
            DeadlineManager deadlineManager,
            ReminderPolicy policy) {
        var today = LocalDate.now(clock);
        Require.notAfter("firstPresentedOn", command.firstPresentedOn(), today);
        Require.notAfter("returnedOn", command.returnedOn(), today);
        allowed(CaseStep.CORRECT_LETTER_RETURN, command.returnedOn());
        var standing = correctable(
                command.entry(), Optional.ofNullable(letterReturns.get(command.entry())), "letter-return", role, clock);
        var letter = correspondence.letter(standing.letterNumber());
        correspondence.requireReturnFits(letter, command.firstPresentedOn(), command.returnedOn());
        requireChanged(
                standing,
                new LetterReturn(
                        standing.letterNumber(),
                        command.returnReason(),
                        command.firstPresentedOn(),
                        command.returnedOn()));
        var returned = letter.returned(command.returnReason(), command.firstPresentedOn());
        record(new LetterReturnCorrected(
                caseId,
                command.entry(),
                letter.number(),
                command.returnReason(),
                command.firstPresentedOn(),
                command.returnedOn(),
                correspondence.responseDueOn(returned, company),
                command.reason()));
        if (letter.number() == 1) {
            responseWindowChanged(new CaseDeadlines(deadlineManager, policy, clock));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(RecordHelpCentreConsultation command, Clock clock) {
        Require.notAfter("consultedOn", command.consultedOn(), LocalDate.now(clock));
        allowed(CaseStep.HELP_CENTRE, command.consultedOn());
        return record(new HelpCentreConsulted(caseId, command.consultedOn(), command.findings()));
    }

    @CommandHandler
    public long handle(
            RecordSupportContact command, Clock clock, DeadlineManager deadlineManager, ReminderPolicy policy) {
        Require.notAfter("contactedOn", command.contactedOn(), LocalDate.now(clock));
        allowed(CaseStep.SUPPORT_CONTACT, command.contactedOn());
        var version = record(new SupportContacted(
                caseId,
                command.channel(),
                command.contactedOn(),
                command.ticketReference(),
                command.summary(),
                command.outcome()));
        supportContactsChanged(new CaseDeadlines(deadlineManager, policy, clock));
        return version;
    }

    @CommandHandler
    public long handle(RecordLetterSent command, Clock clock, DeadlineManager deadlineManager, ReminderPolicy policy) {
        Require.notAfter("sentOn", command.sentOn(), LocalDate.now(clock));
        allowed(CaseStep.LETTER, command.sentOn());
        var addressee =
                company.headOffice(command.addressee()).orElseThrow(() -> unknownAddressee(command.addressee()));
        if (command.method().isTracked() && command.trackingNumber() == null) {
            throw StepRefused.of(CaseRule.TRACKING_NUMBER_REQUIRED, "method", command.method());
        }
        var trackingNumber = command.method().isTracked() ? command.trackingNumber() : null;
        if (command.depositedAt() != null) {
            requireProofOnDay("depositedAt", command.depositedAt(), command.sentOn(), clock);
        }
        var letter = correspondence.next(command.sentOn());
        record(new LetterSent(
                caseId,
                letter.number(),
                addressee,
                command.sentOn(),
                command.method(),
                trackingNumber,
                correspondence.responseDueOn(letter, company),
                correspondence.admissibleUntil(letter)));
        if (command.depositedAt() != null) {
            apply(new ElectronicLetterProofRecorded(
                    caseId, letter.number(), ElectronicLetterProof.DEPOSIT, command.depositedAt()));
        }
        var deadlines = new CaseDeadlines(deadlineManager, policy, clock);
        deadlines.cancel(DeadlineFamily.SUPPORT_FOLLOW_UP);
        if (letter.number() == 1) {
            responseWindowChanged(deadlines);
            mediationTimeLimitChanged(deadlines);
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(
            RecordLetterDelivery command, Clock clock, DeadlineManager deadlineManager, ReminderPolicy policy) {
        Require.notAfter("deliveredOn", command.deliveredOn(), LocalDate.now(clock));
        allowed(CaseStep.DELIVERY, command.deliveredOn());
        var letter = correspondence.awaitingReceipt(command.letterNumber());
        correspondence.requireDeliveryDateFits(letter, command.deliveredOn());
        if (command.receivedAt() != null) {
            if (letter.method() != SendingMethod.ELECTRONIC_REGISTERED) {
                throw new InvalidCaseData(
                        "receivedAt", RefusalText.of("check.received-at-method", letter.number(), letter.method()));
            }
            requireProofOnDay("receivedAt", command.receivedAt(), command.deliveredOn(), clock);
        }
        var delivered = letter.deliveredOn(-1, command.deliveredOn());
        record(new LetterDelivered(
                caseId, letter.number(), command.deliveredOn(), correspondence.responseDueOn(delivered, company)));
        if (command.receivedAt() != null) {
            apply(new ElectronicLetterProofRecorded(
                    caseId, letter.number(), ElectronicLetterProof.RECEIPT, command.receivedAt()));
        }
        if (letter.number() == 1) {
            responseWindowChanged(new CaseDeadlines(deadlineManager, policy, clock));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(RecordResponse command, Clock clock, DeadlineManager deadlineManager, ReminderPolicy policy) {
        Require.notAfter("receivedOn", command.receivedOn(), LocalDate.now(clock));
        allowed(CaseStep.RESPONSE, command.receivedOn());
        correspondence.requireAnswerDateFits(command.receivedOn());
        record(new ResponseReceived(
                caseId,
                command.receivedOn(),
                command.channel(),
                command.summary(),
                command.assessment(),
                command.offer()));
        responseWindowChanged(new CaseDeadlines(deadlineManager, policy, clock));
        return AggregateLifecycle.getVersion();
    }

    /** Whether an answer rejecting the complaint named the company's consumer mediator (L616-1). */
    @CommandHandler
    public long handle(RecordMediatorNaming command, Clock clock) {
        allowed(CaseStep.MEDIATOR_NAMING, LocalDate.now(clock));
        correspondence.requireMediatorNamingCheckable(command.responseNumber());
        return record(new MediatorNamingChecked(
                caseId, command.responseNumber(), command.named(), command.mediator(), LocalDate.now(clock)));
    }

    /**
     * Staff state that the company let its window pass without answering: for a window that ended before the system
     * could know of it (ADR 13), their statement, recorded as theirs. Possible from the day after the last day.
     */
    @CommandHandler
    public long handle(
            RecordResponseDeadlineExpiry command, Clock clock, DeadlineManager deadlineManager, ReminderPolicy policy) {
        var today = LocalDate.now(clock);
        allowed(CaseStep.SILENCE, today);
        var dueOn = correspondence.responseDueOn(company);
        record(silence(dueOn, today));
        responseWindowChanged(new CaseDeadlines(deadlineManager, policy, clock));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(
            CorrectLetterSending command,
            @MetaDataValue(ActorMetaData.STAFF_ROLE) String role,
            Clock clock,
            DeadlineManager deadlineManager,
            ReminderPolicy policy) {
        Require.notAfter("sentOn", command.sentOn(), LocalDate.now(clock));
        allowed(CaseStep.CORRECT_LETTER, command.sentOn());
        var letter =
                correctable(command.entry(), correspondence.sentAsEntry(command.entry()), "letter-sent", role, clock);
        var addressee =
                company.headOffice(command.addressee()).orElseThrow(() -> unknownAddressee(command.addressee()));
        if (command.method().isTracked() && command.trackingNumber() == null) {
            throw StepRefused.of(CaseRule.TRACKING_NUMBER_REQUIRED, "method", command.method());
        }
        var trackingNumber = command.method().isTracked() ? command.trackingNumber() : null;
        correspondence.requireSendingDateFits(letter, command.sentOn());
        var corrected = letter.sent(addressee, command.sentOn(), command.method(), trackingNumber);
        requireChanged(letter, corrected);
        record(new LetterSendingCorrected(
                caseId,
                command.entry(),
                letter.number(),
                addressee,
                command.sentOn(),
                command.method(),
                trackingNumber,
                correspondence.responseDueOn(corrected, company),
                correspondence.admissibleUntil(corrected),
                command.reason()));
        if (letter.number() == 1) {
            var deadlines = new CaseDeadlines(deadlineManager, policy, clock);
            responseWindowChanged(deadlines);
            mediationTimeLimitChanged(deadlines);
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(
            CorrectLetterDelivery command,
            @MetaDataValue(ActorMetaData.STAFF_ROLE) String role,
            Clock clock,
            DeadlineManager deadlineManager,
            ReminderPolicy policy) {
        Require.notAfter("deliveredOn", command.deliveredOn(), LocalDate.now(clock));
        allowed(CaseStep.CORRECT_DELIVERY, command.deliveredOn());
        var letter =
                correctable(command.entry(), correspondence.deliveredAsEntry(command.entry()), "delivery", role, clock);
        correspondence.requireDeliveryDateFits(letter, command.deliveredOn());
        var corrected = letter.deliveredOn(letter.deliveredEntry(), command.deliveredOn());
        requireChanged(letter, corrected);
        record(new LetterDeliveryCorrected(
                caseId,
                command.entry(),
                letter.number(),
                command.deliveredOn(),
                correspondence.responseDueOn(corrected, company),
                command.reason()));
        if (letter.number() == 1) {
            responseWindowChanged(new CaseDeadlines(deadlineManager, policy, clock));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(
            CorrectResponse command,
            @MetaDataValue(ActorMetaData.STAFF_ROLE) String role,
            Clock clock,
            DeadlineManager deadlineManager,
            ReminderPolicy policy) {
        Require.notAfter("receivedOn", command.receivedOn(), LocalDate.now(clock));
        allowed(CaseStep.CORRECT_RESPONSE, command.receivedOn());
        var response =
                correctable(command.entry(), correspondence.responseAsEntry(command.entry()), "response", role, clock);
        correspondence.requireAnswerDateFits(command.receivedOn());
        var corrected = new Correspondence.Response(
                response.number(),
                response.entry(),
                command.receivedOn(),
                command.channel(),
                command.summary(),
                command.assessment(),
                command.offer());
        requireChanged(response, corrected);
        record(new ResponseCorrected(
                caseId,
                command.entry(),
                response.number(),
                command.receivedOn(),
                command.channel(),
                command.summary(),
                command.assessment(),
                command.offer(),
                command.reason()));
        responseWindowChanged(new CaseDeadlines(deadlineManager, policy, clock));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(
            CorrectComplaintDetails command, @MetaDataValue(ActorMetaData.STAFF_ROLE) String role, Clock clock) {
        allowed(CaseStep.CORRECT_COMPLAINT, LocalDate.now(clock));
        var filed = correctable(
                command.entry(), Optional.of(details).filter(any -> command.entry() == 0), "complaint", role, clock);
        var corrected = new ComplaintDetails(
                command.category(), command.facts(), command.amountAtStake(), command.desiredOutcome());
        requireChanged(filed, corrected);
        return record(new ComplaintDetailsCorrected(
                caseId,
                0,
                command.category(),
                command.facts(),
                command.amountAtStake(),
                command.desiredOutcome(),
                command.reason()));
    }

    @CommandHandler
    public long handle(
            CorrectHelpCentreConsultation command, @MetaDataValue(ActorMetaData.STAFF_ROLE) String role, Clock clock) {
        Require.notAfter("consultedOn", command.consultedOn(), LocalDate.now(clock));
        allowed(CaseStep.CORRECT_HELP_CENTRE, command.consultedOn());
        var consultation = correctable(
                command.entry(),
                Optional.ofNullable(helpCentreConsultations.get(command.entry())),
                "help-centre",
                role,
                clock);
        requireChanged(consultation, new HelpCentreConsultation(command.consultedOn(), command.findings()));
        return record(new HelpCentreConsultationCorrected(
                caseId,
                command.entry(),
                helpCentreConsultations.headMap(command.entry()).size() + 1,
                command.consultedOn(),
                command.findings(),
                command.reason()));
    }

    @CommandHandler
    public long handle(CorrectCourtAction command, @MetaDataValue(ActorMetaData.STAFF_ROLE) String role, Clock clock) {
        Require.notAfter("filedOn", command.filedOn(), LocalDate.now(clock));
        allowed(CaseStep.CORRECT_COURT, command.filedOn());
        var action = correctable(
                command.entry(), Optional.ofNullable(courtActions.get(command.entry())), "court-action", role, clock);
        requireChanged(
                action, new CourtAction(command.court(), command.filedOn(), command.reference(), command.summary()));
        return record(new CourtActionCorrected(
                caseId,
                command.entry(),
                courtActions.headMap(command.entry()).size() + 1,
                command.court(),
                command.filedOn(),
                command.reference(),
                command.summary(),
                command.reason()));
    }

    /** Only the outcome of the latest mediation is corrected, as only its request is (see below). */
    @CommandHandler
    public long handle(
            CorrectMediationOutcome command,
            @MetaDataValue(ActorMetaData.STAFF_ROLE) String role,
            Clock clock,
            DeadlineManager deadlineManager,
            ReminderPolicy policy) {
        Require.notAfter("concludedOn", command.concludedOn(), LocalDate.now(clock));
        allowed(CaseStep.CORRECT_MEDIATION_OUTCOME, command.concludedOn());
        var concluded = correctable(
                command.entry(),
                Optional.ofNullable(mediation)
                        .filter(latest ->
                                latest.conclusionEntry() != null && latest.conclusionEntry() == command.entry()),
                "mediation-outcome",
                role,
                clock);
        // the details, confidential (L612-3), are in a confidential note: only the outcome and its day can change
        var corrected = concluded.outcomeCorrected(command.outcome(), command.concludedOn(), concluded.details());
        corrected.requireConcludedAfter(corrected.requestedOn());
        requireChanged(concluded, corrected);
        record(new MediationOutcomeCorrected(
                caseId,
                command.entry(),
                concluded.number(),
                command.outcome(),
                command.concludedOn(),
                null,
                command.reason()));
        limitationChanged(new CaseDeadlines(deadlineManager, policy, clock));
        return AggregateLifecycle.getVersion();
    }

    /**
     * The closure that stands is corrected while the case is closed (a reopened case's closure is past): its day
     * neither in the future nor before the filing.
     */
    @CommandHandler
    public long handle(CorrectCaseClosure command, @MetaDataValue(ActorMetaData.STAFF_ROLE) String role, Clock clock) {
        Require.notAfter("closedOn", command.closedOn(), LocalDate.now(clock));
        var standing = correctable(
                command.entry(),
                Optional.ofNullable(closure).filter(current -> current.entry() == command.entry()),
                "closure",
                role,
                clock);
        if (command.closedOn().isBefore(filedOn)) {
            throw StepRefused.of(CaseRule.DATE_OUT_OF_ORDER, "closing", command.closedOn(), filedOn);
        }
        requireChanged(
                standing,
                new Closure(
                        standing.entry(),
                        command.resolution(),
                        command.amountObtained(),
                        command.closedOn(),
                        command.summary()));
        return record(new CaseClosureCorrected(
                caseId,
                command.entry(),
                command.resolution(),
                command.amountObtained(),
                command.closedOn(),
                command.summary(),
                command.reason()));
    }

    @CommandHandler
    public long handle(
            CorrectSupportContact command,
            @MetaDataValue(ActorMetaData.STAFF_ROLE) String role,
            Clock clock,
            DeadlineManager deadlineManager,
            ReminderPolicy policy) {
        Require.notAfter("contactedOn", command.contactedOn(), LocalDate.now(clock));
        allowed(CaseStep.CORRECT_SUPPORT_CONTACT, command.contactedOn());
        var contact = correctable(
                command.entry(),
                Optional.ofNullable(supportContacts.get(command.entry())),
                "support-contact",
                role,
                clock);
        requireChanged(
                contact,
                new SupportContact(
                        command.channel(),
                        command.contactedOn(),
                        command.ticketReference(),
                        command.summary(),
                        command.outcome()));
        record(new SupportContactCorrected(
                caseId,
                command.entry(),
                supportContacts.headMap(command.entry()).size() + 1,
                command.channel(),
                command.contactedOn(),
                command.ticketReference(),
                command.summary(),
                command.outcome(),
                command.reason()));
        supportContactsChanged(new CaseDeadlines(deadlineManager, policy, clock));
        return AggregateLifecycle.getVersion();
    }

    /**
     * Only the latest request to a mediator is corrected: an earlier one ended before it, and the date of the latest
     * is the one the mediator's 90 days run from. The corrected request passes the request's own rules (L612-2).
     */
    @CommandHandler
    public long handle(
            CorrectMediationRequest command,
            @MetaDataValue(ActorMetaData.STAFF_ROLE) String role,
            Clock clock,
            DeadlineManager deadlineManager,
            ReminderPolicy policy) {
        Require.notAfter("requestedOn", command.requestedOn(), LocalDate.now(clock));
        allowed(CaseStep.CORRECT_MEDIATION, command.requestedOn());
        var request = correctable(
                command.entry(),
                Optional.ofNullable(mediation).filter(latest -> latest.entry() == command.entry()),
                "mediation-request",
                role,
                clock);
        // the request is checked as if it were made again: without the mediation it would start
        MediationAdmissibility.check(
                standing().withoutPendingMediation(),
                new RequestMediation(
                        caseId,
                        null,
                        command.mediator(),
                        command.requestedOn(),
                        command.reference(),
                        request.windowOverrideReason()),
                role);
        request.requireConcludedAfter(command.requestedOn());
        var corrected = request.corrected(command.mediator(), command.requestedOn(), command.reference());
        requireChanged(request, corrected);
        // the conclusion date that stands: provisional (request + 90 days) until the seizure is notified (R612-2)
        record(new MediationRequestCorrected(
                caseId,
                command.entry(),
                request.number(),
                command.mediator(),
                command.requestedOn(),
                command.reference(),
                corrected.conclusionDueOn(),
                command.reason()));
        if (mediation.pending()) {
            var deadlines = new CaseDeadlines(deadlineManager, policy, clock);
            deadlines.cancel(DeadlineFamily.MEDIATOR_CONCLUSION);
            scheduleMediatorConclusion(deadlines);
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(
            RequestMediation command,
            @MetaDataValue(ActorMetaData.STAFF_ROLE) String role,
            Clock clock,
            DeadlineManager deadlineManager,
            ReminderPolicy policy) {
        Require.notAfter("requestedOn", command.requestedOn(), LocalDate.now(clock));
        var overrideReason = MediationAdmissibility.check(standing(), command, role);
        new PriorExaminationRule(caseId, mediation, courtActions.values())
                .check(command, role)
                .ifPresent(AggregateLifecycle::apply);
        var conclusionDueOn = LegalDeadlines.mediatorConclusionDue(command.requestedOn());
        var version = record(new MediationRequested(
                caseId,
                command.mediator(),
                command.requestedOn(),
                command.reference(),
                conclusionDueOn,
                overrideReason));
        var deadlines = new CaseDeadlines(deadlineManager, policy, clock);
        deadlines.cancel(DeadlineFamily.MEDIATION_TIME_LIMIT, DeadlineFamily.SUPPORT_FOLLOW_UP);
        scheduleMediatorConclusion(deadlines);
        return version;
    }

    @CommandHandler
    public long handle(
            RecordMediationOutcome command, Clock clock, DeadlineManager deadlineManager, ReminderPolicy policy) {
        Require.notAfter("concludedOn", command.concludedOn(), LocalDate.now(clock));
        allowed(CaseStep.MEDIATION_OUTCOME, command.concludedOn());
        mediation.requireConcludedAfterRequest(command.concludedOn());
        mediation.requireOutcomeNotFromAnswers(command.outcome());
        // no details: what the mediator found is confidential (L612-3), kept in a confidential note (ADR 24)
        var version = record(new MediationConcluded(caseId, command.outcome(), command.concludedOn(), null));
        mediationEnded(deadlineManager, policy, clock);
        return version;
    }

    /** The mediator proposed a solution with a last day to accept it (R612-4): reminded before that day. */
    @CommandHandler
    public long handle(
            RecordMediationProposal command, Clock clock, DeadlineManager deadlineManager, ReminderPolicy policy) {
        Require.notAfter("proposedOn", command.proposedOn(), LocalDate.now(clock));
        allowed(CaseStep.MEDIATION_PROPOSAL, command.proposedOn());
        mediation.requireProposable(command.proposedOn(), command.acceptBy());
        var version =
                record(new MediationProposalMade(caseId, mediation.number(), command.proposedOn(), command.acceptBy()));
        scheduleProposalAnswers(new CaseDeadlines(deadlineManager, policy, clock));
        return version;
    }

    /**
     * A party accepted or refused the proposal. The answers decide the outcome, recorded with the answer that
     * decides it as the existing outcome step records it: both accepted, an agreement; one refused, a failure.
     */
    @CommandHandler
    public long handle(
            RecordProposalAnswer command, Clock clock, DeadlineManager deadlineManager, ReminderPolicy policy) {
        Require.notAfter("answeredOn", command.answeredOn(), LocalDate.now(clock));
        allowed(CaseStep.PROPOSAL_ANSWER, command.answeredOn());
        var proposal = mediation.requireProposalAwaitingAnswers();
        proposal.requireAnswerable(command.party(), command.accepted(), command.answeredOn());
        apply(new MediationProposalAnswered(
                caseId,
                mediation.number(),
                command.party(),
                command.accepted(),
                command.answeredOn(),
                proposal.acceptBy()));
        var decided = mediation.proposal().outcome();
        if (decided.isPresent()) {
            // the answers on file say who accepted or refused; nothing confidential is added (ADR 24)
            apply(new MediationConcluded(caseId, decided.get(), command.answeredOn(), null));
            mediationEnded(deadlineManager, policy, clock);
        }
        return AggregateLifecycle.getVersion();
    }

    /** The mediator received the file: it has three weeks to reject the request (L612-2, last paragraph). */
    @CommandHandler
    public long handle(
            RecordMediationFileReceipt command, Clock clock, DeadlineManager deadlineManager, ReminderPolicy policy) {
        Require.notAfter("receivedOn", command.receivedOn(), LocalDate.now(clock));
        allowed(CaseStep.MEDIATION_FILE_RECEIPT, command.receivedOn());
        mediation.requireFileReceivable(command.receivedOn());
        var version = record(new MediationFileReceived(
                caseId, command.receivedOn(), LegalDeadlines.mediatorRejectionDue(command.receivedOn())));
        if (mediation.awaitingSeizureNotice()) {
            scheduleMediatorRejectionWindow(new CaseDeadlines(deadlineManager, policy, clock));
        }
        return version;
    }

    /** The mediator notified its seizure (R612-2): its 90 days (R612-5) run from that day. */
    @CommandHandler
    public long handle(
            RecordMediationSeizureNotice command, Clock clock, DeadlineManager deadlineManager, ReminderPolicy policy) {
        Require.notAfter("notifiedOn", command.notifiedOn(), LocalDate.now(clock));
        allowed(CaseStep.MEDIATION_SEIZURE_NOTICE, command.notifiedOn());
        mediation.requireSeizureNotifiable(command.notifiedOn());
        var version = record(new MediationSeizureNotified(
                caseId,
                command.notifiedOn(),
                command.reference(),
                LegalDeadlines.mediatorConclusionDue(command.notifiedOn())));
        var deadlines = new CaseDeadlines(deadlineManager, policy, clock);
        deadlines.cancel(DeadlineFamily.MEDIATOR_REJECTION_WINDOW, DeadlineFamily.MEDIATOR_CONCLUSION);
        scheduleMediatorConclusion(deadlines);
        limitationChanged(deadlines);
        return version;
    }

    /** The mediator extended its time to conclude (R612-5, al. 2): the reminder follows the new date. */
    @CommandHandler
    public long handle(
            RecordMediationExtension command, Clock clock, DeadlineManager deadlineManager, ReminderPolicy policy) {
        Require.notAfter("notifiedOn", command.notifiedOn(), LocalDate.now(clock));
        allowed(CaseStep.MEDIATION_EXTENSION, command.notifiedOn());
        mediation.requireExtensible(command.notifiedOn(), command.extendedUntil());
        var version = record(new MediationExtended(
                caseId, command.notifiedOn(), mediation.conclusionDueOn(), command.extendedUntil()));
        var deadlines = new CaseDeadlines(deadlineManager, policy, clock);
        deadlines.cancel(DeadlineFamily.MEDIATOR_CONCLUSION);
        scheduleMediatorConclusion(deadlines);
        return version;
    }

    @CommandHandler
    public long handle(RecordCourtAction command, Clock clock, DeadlineManager deadlineManager, ReminderPolicy policy) {
        Require.notAfter("filedOn", command.filedOn(), LocalDate.now(clock));
        allowed(CaseStep.COURT, command.filedOn());
        var claim = attempts.assess(caseId, courtActions.size() + 1, command);
        record(new CourtActionRecorded(
                caseId, command.court(), command.filedOn(), command.reference(), command.summary()));
        apply(claim);
        // the action interrupts the limitation period (Code civil, art. 2241): no more warnings
        new CaseDeadlines(deadlineManager, policy, clock)
                .cancel(DeadlineFamily.SUPPORT_FOLLOW_UP, DeadlineFamily.LIMITATION);
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(AddNote command, Clock clock) {
        allowed(CaseStep.NOTE, LocalDate.now(clock));
        return record(new NoteAdded(caseId, command.text()));
    }

    @CommandHandler
    public long handle(RecordConsumerMessage command, Clock clock) {
        // a message of the consumer reaches an open case, as a note of staff does
        allowed(CaseStep.NOTE, LocalDate.now(clock));
        return record(new ConsumerMessageReceived(caseId, command.message()));
    }

    @CommandHandler
    public long handle(CloseCase command, Clock clock, DeadlineManager deadlineManager, ReminderPolicy policy) {
        allowed(CaseStep.CLOSURE, LocalDate.now(clock));
        var version = record(new CaseClosed(
                caseId, command.resolution(), command.amountObtained(), LocalDate.now(clock), command.summary()));
        new CaseDeadlines(deadlineManager, policy, clock).cancelAll();
        return version;
    }

    @CommandHandler
    public long handle(ReopenCase command, Clock clock, DeadlineManager deadlineManager, ReminderPolicy policy) {
        allowed(CaseStep.REOPENING, LocalDate.now(clock));
        var version = record(new CaseReopened(caseId, LocalDate.now(clock), command.reason()));
        scheduleOutstanding(new CaseDeadlines(deadlineManager, policy, clock));
        return version;
    }

    @CommandHandler
    public long handle(AttachEvidence command, Clock clock) {
        allowed(CaseStep.EVIDENCE, LocalDate.now(clock));
        evidence.requireNew(command.documentId());
        return record(new EvidenceAttached(
                caseId,
                command.documentId(),
                command.fileName(),
                command.mediaType(),
                command.sizeInBytes(),
                command.sha256(),
                command.description()));
    }

    @CommandHandler
    public long handle(WithdrawEvidence command, Clock clock) {
        allowed(CaseStep.EVIDENCE, LocalDate.now(clock));
        var document = evidence.requireStanding(command.documentId());
        return record(new EvidenceWithdrawn(
                caseId, document.documentId(), document.fileName(), document.sha256(), command.reason()));
    }

    /** Erasure is the consumer's right whatever stands on the case, closed or not; it happens once. */
    @CommandHandler
    public long handle(RecordPersonalDataErasure command, Clock clock) {
        if (personalDataErased) {
            throw new StepRefused(CaseRule.PERSONAL_DATA_ALREADY_ERASED);
        }
        return record(new PersonalDataErased(caseId, consumer, LocalDate.now(clock), command.reason()));
    }

    /** The handler hands the case over, or a supervisor (or an administrator) does. */
    @CommandHandler
    public long handle(
            ReassignCase command,
            @MetaDataValue(ActorMetaData.STAFF_MEMBER) String staffMember,
            @MetaDataValue(ActorMetaData.STAFF_ROLE) String role,
            Clock clock) {
        if (branchStaff(role) && !handler.value().equals(staffMember)) {
            throw new StepRefused(CaseRule.REASSIGNMENT_BY_HANDLER_OR_SUPERVISOR);
        }
        if (command.handler().equals(handler)) {
            throw new StepRefused(CaseRule.HANDLER_UNCHANGED);
        }
        return record(new CaseHandlerAssigned(caseId, command.handler(), handler, LocalDate.now(clock)));
    }

    /**
     * A handler who can no longer handle the case (their account disabled) leaves it to the branch's supervisors'
     * queue, in the acting supervisor's or administrator's name (ADR 20). A case already handed to someone else, or
     * closed, stays as it is: answered with its version, nothing recorded.
     */
    @CommandHandler
    public long handle(
            QueueCaseForSupervisors command, @MetaDataValue(ActorMetaData.STAFF_ROLE) String role, Clock clock) {
        if (branchStaff(role)) {
            throw new StepRefused(CaseRule.REASSIGNMENT_BY_HANDLER_OR_SUPERVISOR);
        }
        if (closed || !handler.equals(command.handler())) {
            return AggregateLifecycle.getVersion();
        }
        return record(new CaseQueuedForSupervisors(
                caseId,
                branch,
                StaffMemberId.supervisorsQueue(branch),
                handler,
                command.reason(),
                LocalDate.now(clock)));
    }

    /** The consumer's contact details may change whatever stands on the case, until they are erased. */
    @CommandHandler
    public long handle(RecordConsumerDetailsUpdate command, Clock clock) {
        if (personalDataErased) {
            throw new StepRefused(CaseRule.PERSONAL_DATA_ALREADY_ERASED);
        }
        return record(new ConsumerDetailsUpdated(caseId, consumer, LocalDate.now(clock), command.changed()));
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
                recordAsSystem(silence(deadline.deadlineOn(), today));
            }
            return;
        }
        var reminder = new ReminderDue(caseId, deadline.kind(), deadline.deadlineOn(), deadline.remindOn(), today);
        if (stillMatters(deadline) && !remindersRecorded.contains(reminder.reminderKey())) {
            recordAsSystem(reminder);
        }
    }

    @EventSourcingHandler
    void on(FactsKnownDateRecorded event) {
        factsKnownOn = event.knownOn();
    }

    @EventSourcingHandler
    void on(ConciliationRequested event, @SequenceNumber long entry, @Timestamp Instant recordedAt) {
        attempts.conciliationRequested(
                event.conciliationNumber(), event.conciliator(), event.requestedOn(), event.reference());
        conciliationSteps.put(entry, new ConciliationStep(event.conciliationNumber(), false, null));
        entriesRecordedAt.put(entry, recordedAt);
    }

    @EventSourcingHandler
    void on(ConciliationConcluded event, @SequenceNumber long entry, @Timestamp Instant recordedAt) {
        attempts.conciliationConcluded(event.conciliationNumber(), event.outcome(), event.concludedOn());
        conciliationSteps.put(entry, new ConciliationStep(event.conciliationNumber(), true, event.details()));
        entriesRecordedAt.put(entry, recordedAt);
    }

    @EventSourcingHandler
    void on(ConciliationFirstMeetingHeld event) {
        attempts.conciliationFirstMeeting(event.conciliationNumber(), event.heldOn());
    }

    @EventSourcingHandler
    void on(ConciliationRequestCorrected event) {
        attempts.conciliationRequestCorrected(
                event.conciliationNumber(), event.conciliator(), event.requestedOn(), event.reference());
    }

    @EventSourcingHandler
    void on(ConciliationOutcomeCorrected event) {
        attempts.conciliationConcluded(event.conciliationNumber(), event.outcome(), event.concludedOn());
        conciliationSteps.put(
                event.correctedEntry(), new ConciliationStep(event.conciliationNumber(), true, event.details()));
    }

    @EventSourcingHandler
    void on(CourtClaimStated event, @SequenceNumber long entry, @Timestamp Instant recordedAt) {
        // recorded right after its action, in the same step
        courtClaims.put(
                entry,
                new StatedClaim(
                        event.actionNumber(),
                        entry - 1,
                        event.claim(),
                        event.basis(),
                        event.exemption(),
                        event.justification()));
        entriesRecordedAt.put(entry, recordedAt);
    }

    @EventSourcingHandler
    void on(CourtClaimCorrected event) {
        var stated = courtClaims.get(event.correctedEntry());
        courtClaims.put(
                event.correctedEntry(),
                new StatedClaim(
                        stated.actionNumber(),
                        stated.actionEntry(),
                        event.claim(),
                        event.basis(),
                        event.exemption(),
                        event.justification()));
    }

    @EventSourcingHandler
    void on(LetterReturned event, @SequenceNumber long entry, @Timestamp Instant recordedAt) {
        correspondence.returned(event.letterNumber(), event.reason(), event.firstPresentedOn());
        letterReturns.put(
                entry,
                new LetterReturn(event.letterNumber(), event.reason(), event.firstPresentedOn(), event.returnedOn()));
        entriesRecordedAt.put(entry, recordedAt);
    }

    @EventSourcingHandler
    void on(LetterReturnCorrected event) {
        correspondence.returned(event.letterNumber(), event.returnReason(), event.firstPresentedOn());
        letterReturns.put(
                event.correctedEntry(),
                new LetterReturn(
                        event.letterNumber(), event.returnReason(), event.firstPresentedOn(), event.returnedOn()));
    }

    @EventSourcingHandler
    void on(MediatorNamingChecked event) {
        correspondence.mediatorNamingChecked(event.responseNumber());
    }

    @EventSourcingHandler
    void on(CaseHandlerAssigned event) {
        handler = event.handler();
    }

    @EventSourcingHandler
    void on(CaseQueuedForSupervisors event) {
        handler = event.queue();
    }

    @EventSourcingHandler
    void on(PersonalDataErased event) {
        personalDataErased = true;
    }

    @EventSourcingHandler
    void on(ComplaintDetailsCorrected event) {
        details = new ComplaintDetails(event.category(), event.facts(), event.amountAtStake(), event.desiredOutcome());
    }

    @EventSourcingHandler
    void on(ComplaintFiled event, @SequenceNumber long entry, @Timestamp Instant recordedAt) {
        entriesRecordedAt.put(entry, recordedAt);
        details = new ComplaintDetails(event.category(), event.facts(), event.amountAtStake(), event.desiredOutcome());
        caseId = event.caseId();
        handler = event.filedBy();
        filedOn = event.filedOn();
        branch = event.branch();
        consumer = event.consumer();
        company = event.company();
    }

    @EventSourcingHandler
    void on(SupportContacted event, @SequenceNumber long entry, @Timestamp Instant recordedAt) {
        supportContacts.put(
                entry,
                new SupportContact(
                        event.channel(),
                        event.contactedOn(),
                        event.ticketReference(),
                        event.summary(),
                        event.outcome()));
        entriesRecordedAt.put(entry, recordedAt);
        writtenContactsChanged();
    }

    @EventSourcingHandler
    void on(SupportContactCorrected event) {
        supportContacts.put(
                event.correctedEntry(),
                new SupportContact(
                        event.channel(),
                        event.contactedOn(),
                        event.ticketReference(),
                        event.summary(),
                        event.outcome()));
        writtenContactsChanged();
    }

    @EventSourcingHandler
    void on(MediationProposalMade event) {
        mediation = mediation.withProposal(new MediationProposal(event.proposedOn(), event.acceptBy()));
    }

    @EventSourcingHandler
    void on(MediationProposalAnswered event) {
        mediation = mediation.withProposal(
                mediation.proposal().answered(event.party(), event.accepted(), event.answeredOn()));
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
        correspondence.sent(
                entry, event.letterNumber(), event.addressee(), event.sentOn(), event.method(), event.trackingNumber());
        entriesRecordedAt.put(entry, recordedAt);
    }

    @EventSourcingHandler
    void on(LetterDelivered event, @SequenceNumber long entry, @Timestamp Instant recordedAt) {
        correspondence.delivered(entry, event.letterNumber(), event.deliveredOn());
        entriesRecordedAt.put(entry, recordedAt);
    }

    @EventSourcingHandler
    void on(ResponseReceived event, @SequenceNumber long entry, @Timestamp Instant recordedAt) {
        correspondence.answered(
                entry, event.receivedOn(), event.channel(), event.summary(), event.assessment(), event.offer());
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
        correspondence.sendingCorrected(
                event.letterNumber(), event.addressee(), event.sentOn(), event.method(), event.trackingNumber());
    }

    @EventSourcingHandler
    void on(LetterDeliveryCorrected event) {
        correspondence.deliveryCorrected(event.letterNumber(), event.deliveredOn());
    }

    @EventSourcingHandler
    void on(ResponseCorrected event) {
        correspondence.answerCorrected(
                event.responseNumber(),
                event.receivedOn(),
                event.channel(),
                event.summary(),
                event.assessment(),
                event.offer());
    }

    @EventSourcingHandler
    void on(MediationRequested event, @SequenceNumber long entry, @Timestamp Instant recordedAt) {
        mediation = mediation == null
                ? new MediationHistory(
                        entry, event.mediator(), event.requestedOn(), event.reference(), event.windowOverrideReason())
                : mediation.next(
                        entry, event.mediator(), event.requestedOn(), event.reference(), event.windowOverrideReason());
        attempts.mediationRequested(mediation.number());
        entriesRecordedAt.put(entry, recordedAt);
    }

    @EventSourcingHandler
    void on(MediationFileReceived event) {
        mediation = mediation.fileReceived(event.receivedOn());
    }

    @EventSourcingHandler
    void on(MediationSeizureNotified event) {
        mediation = mediation.seizureNotified(event.notifiedOn(), event.conclusionDueOn());
        attempts.mediationSeized(mediation.number(), event.notifiedOn());
    }

    @EventSourcingHandler
    void on(MediationExtended event) {
        mediation = mediation.extended(event.conclusionDueOn());
    }

    @EventSourcingHandler
    void on(MediationConcluded event, @SequenceNumber long entry, @Timestamp Instant recordedAt) {
        mediation = mediation.concluded(entry, event.outcome(), event.concludedOn(), event.details());
        attempts.mediationConcluded(mediation.number(), event.outcome(), event.concludedOn());
        entriesRecordedAt.put(entry, recordedAt);
    }

    @EventSourcingHandler
    void on(MediationOutcomeCorrected event) {
        mediation = mediation.outcomeCorrected(event.outcome(), event.concludedOn(), event.details());
        attempts.mediationConcluded(event.mediationNumber(), event.outcome(), event.concludedOn());
    }

    @EventSourcingHandler
    void on(HelpCentreConsulted event, @SequenceNumber long entry, @Timestamp Instant recordedAt) {
        helpCentreConsultations.put(entry, new HelpCentreConsultation(event.consultedOn(), event.findings()));
        entriesRecordedAt.put(entry, recordedAt);
    }

    @EventSourcingHandler
    void on(HelpCentreConsultationCorrected event) {
        helpCentreConsultations.put(
                event.correctedEntry(), new HelpCentreConsultation(event.consultedOn(), event.findings()));
    }

    @EventSourcingHandler
    void on(CourtActionRecorded event, @SequenceNumber long entry, @Timestamp Instant recordedAt) {
        courtActions.put(entry, new CourtAction(event.court(), event.filedOn(), event.reference(), event.summary()));
        entriesRecordedAt.put(entry, recordedAt);
    }

    @EventSourcingHandler
    void on(CourtActionCorrected event) {
        courtActions.put(
                event.correctedEntry(),
                new CourtAction(event.court(), event.filedOn(), event.reference(), event.summary()));
    }

    @EventSourcingHandler
    void on(CaseClosureCorrected event) {
        closure = new Closure(
                closure.entry(), event.resolution(), event.amountObtained(), event.closedOn(), event.summary());
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

    /** The last day to bring the action as the case stands, null when unknown or while a mediation suspends it. */
    private LocalDate limitationEndsOn() {
        return factsKnownOn == null ? null : Limitation.endsOn(factsKnownOn, attempts.suspensions());
    }

    /** Warnings six months and one month before the limitation date, while no court action is on file. */
    private void limitationChanged(CaseDeadlines deadlines) {
        deadlines.cancel(DeadlineFamily.LIMITATION);
        scheduleLimitation(deadlines);
    }

    private void scheduleLimitation(CaseDeadlines deadlines) {
        var endsOn = limitationEndsOn();
        if (endsOn == null || !courtActions.isEmpty()) {
            return;
        }
        for (var remindOn : Limitation.warningsOn(endsOn)) {
            deadlines.schedule(DeadlineFamily.LIMITATION, ReminderKind.LIMITATION_APPROACHING, endsOn, remindOn);
        }
    }

    /** A conciliation's request or outcome, by its number; an outcome's details as they stand. */
    record ConciliationStep(int number, boolean outcome, String details) {}

    /** A court action's claim as it stands, with the action's number and entry. */
    record StatedClaim(
            int actionNumber,
            long actionEntry,
            CourtClaim claim,
            AmicableAttemptBasis basis,
            AmicableAttemptExemption exemption,
            String justification) {}

    /** A registered letter's return as it stands. */
    record LetterReturn(
            int letterNumber, LetterReturnReason reason, LocalDate firstPresentedOn, LocalDate returnedOn) {}

    /** An electronic registered letter's proof is dated on the day of the step it proves, in the case's zone. */
    private static void requireProofOnDay(String field, Instant at, LocalDate day, Clock clock) {
        var proofDay = at.atZone(clock.getZone()).toLocalDate();
        if (!proofDay.equals(day)) {
            throw new InvalidCaseData(field, RefusalText.of("check.proof-day", proofDay, day));
        }
    }

    /** What the filing says of the complaint, as it stands after corrections. */
    record ComplaintDetails(Category category, String facts, Money amountAtStake, String desiredOutcome) {}

    /** {@code expected}: the kind of entry the correction names ({@code entry.kind} of the refusals bundles). */
    private StepRefused unknownEntry(long entry, String expected) {
        return StepRefused.of(
                CaseRule.UNKNOWN_ENTRY, "not-this-kind", entry, caseId, RefusalText.of("entry." + expected));
    }

    private StepRefused unknownAddressee(String addressee) {
        return StepRefused.of(
                CaseRule.UNKNOWN_ADDRESSEE,
                "offices",
                addressee,
                company.headOffices().stream().map(office -> office.entity()).toList());
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
            throw new StepRefused(CaseRule.CORRECTION_CHANGES_NOTHING);
        }
    }

    /** A consultation of the company's online help centre as it stands after corrections. */
    record HelpCentreConsultation(LocalDate consultedOn, String findings) {}

    /** A court action as it stands after corrections. */
    record CourtAction(String court, LocalDate filedOn, String reference, String summary) {}

    /** The closure that stands, with its history entry, as it stands after corrections. */
    record Closure(long entry, Resolution resolution, Money amountObtained, LocalDate closedOn, String summary) {}

    /** A contact with customer support as it stands after corrections. */
    record SupportContact(
            ContactChannel channel, LocalDate contactedOn, String ticketReference, String summary, String outcome) {}

    /** The mediation ended: its own deadlines go, and the limitation it suspended runs again (art. 2238). */
    private void mediationEnded(DeadlineManager deadlineManager, ReminderPolicy policy, Clock clock) {
        var deadlines = new CaseDeadlines(deadlineManager, policy, clock);
        deadlines.cancel(
                DeadlineFamily.MEDIATOR_CONCLUSION,
                DeadlineFamily.MEDIATOR_REJECTION_WINDOW,
                DeadlineFamily.MEDIATION_PROPOSAL);
        limitationChanged(deadlines);
    }

    /**
     * The company let its window ending {@code dueOn} pass, stated {@code today} by staff or by the deadline that fell
     * due: mediation stays admissible for a year from the earliest written complaint (L612-2 4°).
     */
    private ResponseDeadlineExpired silence(LocalDate dueOn, LocalDate today) {
        return new ResponseDeadlineExpired(
                caseId,
                dueOn,
                today,
                correspondence.admissibleUntil(correspondence.writtenComplaint().orElseThrow()));
    }

    private boolean stillMatters(CaseDeadline deadline) {
        return switch (deadline.kind()) {
            case SUPPORT_FOLLOW_UP -> correspondence.writtenComplaint().isEmpty();
            case RESPONSE_DEADLINE_APPROACHING, RESPONSE_DEADLINE_EXPIRED ->
                correspondence.awaitingResponse()
                        && deadline.deadlineOn().equals(correspondence.responseDueOn(company));
            case MEDIATION_TIME_LIMIT_APPROACHING -> mediation == null;
            case MEDIATOR_CONCLUSION_OVERDUE ->
                mediation != null
                        && mediation.pending()
                        && deadline.deadlineOn().equals(mediation.conclusionDueOn());
            case MEDIATOR_REJECTION_WINDOW_PASSED -> mediation != null && mediation.awaitingSeizureNotice();
            case LIMITATION_APPROACHING ->
                courtActions.isEmpty() && deadline.deadlineOn().equals(limitationEndsOn());
            case MEDIATION_PROPOSAL_ANSWER_DUE ->
                mediation != null
                        && mediation.pending()
                        && mediation.proposal() != null
                        && mediation.proposal().awaitingAnswers()
                        && deadline.deadlineOn().equals(mediation.proposal().acceptBy());
        };
    }

    /** A reopened case takes up the deadlines still running, as its state says. */
    private void scheduleOutstanding(CaseDeadlines deadlines) {
        scheduleLimitation(deadlines);
        if (correspondence.writtenComplaint().isEmpty()) {
            if (!supportContacts.isEmpty()) {
                scheduleSupportFollowUp(deadlines);
            }
            if (mediation == null && correspondence.admissibleUntil().isPresent()) {
                scheduleMediationTimeLimit(deadlines);
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
            if (mediation.proposal() != null && mediation.proposal().awaitingAnswers()) {
                scheduleProposalAnswers(deadlines);
            }
        }
    }

    /** A warning before the last day to accept the proposal (R612-4), on the working day before when it is off. */
    private void scheduleProposalAnswers(CaseDeadlines deadlines) {
        var acceptBy = mediation.proposal().acceptBy();
        deadlines.schedule(
                DeadlineFamily.MEDIATION_PROPOSAL,
                ReminderKind.MEDIATION_PROPOSAL_ANSWER_DUE,
                acceptBy,
                deadlines.policy().proposalWarningOn(acceptBy));
    }

    /**
     * The follow-up runs from the latest contact while no letter is sent; a written contact may be the earliest
     * written complaint, which the one-year limit to seize the mediator runs from (L612-2 4°, ADR 18).
     */
    private void supportContactsChanged(CaseDeadlines deadlines) {
        if (correspondence.writtenComplaint().isEmpty()) {
            supportFollowUpChanged(deadlines);
        }
        mediationTimeLimitChanged(deadlines);
    }

    /** The follow-up runs from the latest contact with customer support as the contacts stand. */
    private void supportFollowUpChanged(CaseDeadlines deadlines) {
        deadlines.cancel(DeadlineFamily.SUPPORT_FOLLOW_UP);
        scheduleSupportFollowUp(deadlines);
    }

    private void scheduleSupportFollowUp(CaseDeadlines deadlines) {
        var lastContactOn = supportContacts.values().stream()
                .map(SupportContact::contactedOn)
                .max(LocalDate::compareTo)
                .orElseThrow();
        var remindOn = deadlines.policy().supportFollowUpOn(lastContactOn);
        deadlines.schedule(DeadlineFamily.SUPPORT_FOLLOW_UP, ReminderKind.SUPPORT_FOLLOW_UP, remindOn, remindOn);
    }

    /**
     * The one place where the response window follows the case, after any step that moves it or ends it: an
     * expiry recorded earlier that the case no longer supports is marked contradicted (in the acting staff member's
     * name), a contradicted one the case supports again is re-established (same name), and the window's deadlines
     * are rescheduled from the case as it stands.
     */
    private void responseWindowChanged(CaseDeadlines deadlines) {
        correspondence
                .expiryContradiction(company)
                .ifPresent(reason -> apply(new ResponseDeadlineExpiryContradicted(
                        caseId,
                        correspondence.expiredResponseDueOn(),
                        correspondence.responseDueOn(company),
                        reason,
                        reason == ExpiryContradiction.ANSWER_RECEIVED_IN_TIME ? correspondence.firstAnswerOn() : null,
                        deadlines.today())));
        if (correspondence.expiryHoldsAgain(company, deadlines.today())) {
            apply(new ResponseDeadlineExpiryReestablished(
                    caseId,
                    correspondence.responseDueOn(company),
                    correspondence.firstAnswerOn(),
                    correspondence.admissibleUntil(
                            correspondence.writtenComplaint().orElseThrow()),
                    deadlines.today()));
        }
        deadlines.cancel(DeadlineFamily.RESPONSE_WINDOW);
        if (correspondence.awaitingResponse()) {
            scheduleResponseWindow(deadlines);
        }
    }

    private void mediationTimeLimitChanged(CaseDeadlines deadlines) {
        deadlines.cancel(DeadlineFamily.MEDIATION_TIME_LIMIT);
        if (mediation == null && correspondence.admissibleUntil().isPresent()) {
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
        deadlines.schedule(
                DeadlineFamily.RESPONSE_WINDOW,
                ReminderKind.RESPONSE_DEADLINE_APPROACHING,
                dueOn,
                deadlines.policy().responseWarningOn(dueOn));
        if (deadlines.policy().silenceRecordedBySystem(dueOn, deadlines.today())) {
            deadlines.schedule(
                    DeadlineFamily.RESPONSE_WINDOW,
                    ReminderKind.RESPONSE_DEADLINE_EXPIRED,
                    dueOn,
                    deadlines.policy().responseExpiryOn(dueOn));
        }
    }

    private void scheduleMediationTimeLimit(CaseDeadlines deadlines) {
        var admissibleUntil = correspondence.admissibleUntil().orElseThrow();
        for (var remindOn : deadlines.policy().mediationLimitWarningsOn(admissibleUntil)) {
            deadlines.schedule(
                    DeadlineFamily.MEDIATION_TIME_LIMIT,
                    ReminderKind.MEDIATION_TIME_LIMIT_APPROACHING,
                    admissibleUntil,
                    remindOn);
        }
    }

    /** From the date that stands: provisional (request + 90 days), notified seizure + 90 days, or extended. */
    private void scheduleMediatorConclusion(CaseDeadlines deadlines) {
        var dueOn = mediation.conclusionDueOn();
        deadlines.schedule(
                DeadlineFamily.MEDIATOR_CONCLUSION,
                ReminderKind.MEDIATOR_CONCLUSION_OVERDUE,
                dueOn,
                deadlines.policy().mediatorOverdueOn(dueOn));
    }

    /** The day after the three weeks of L612-2, unless the seizure is notified or the mediation ends first. */
    private void scheduleMediatorRejectionWindow(CaseDeadlines deadlines) {
        var dueOn = LegalDeadlines.mediatorRejectionDue(mediation.fileReceivedOn());
        deadlines.schedule(
                DeadlineFamily.MEDIATOR_REJECTION_WINDOW,
                ReminderKind.MEDIATOR_REJECTION_WINDOW_PASSED,
                dueOn,
                LegalDeadlines.dayAfter(dueOn));
    }

    /** A contact with customer support made in writing is a written complaint too (L612-2 4°, ADR 18). */
    private void writtenContactsChanged() {
        correspondence.writtenContactsChanged(supportContacts.values().stream()
                .filter(contact -> contact.channel().isWritten())
                .map(SupportContact::contactedOn)
                .min(LocalDate::compareTo)
                .orElse(null));
    }

    /** Refuses a step the case does not allow now ({@link CaseStep}: the rules the case's page offers by). */
    private void allowed(CaseStep step, LocalDate on) {
        step.require(standing(), on);
    }

    /** The case as its steps depend on it: the same rules decide here and on the case's page. */
    private CaseStanding standing() {
        var complaint = correspondence.writtenComplaint();
        var pending = mediation != null && mediation.pending() ? mediation : null;
        var onRecord = EnumSet.noneOf(CaseStep.class);
        if (!helpCentreConsultations.isEmpty()) {
            onRecord.add(CaseStep.HELP_CENTRE);
        }
        if (!supportContacts.isEmpty()) {
            onRecord.add(CaseStep.SUPPORT_CONTACT);
        }
        if (!courtActions.isEmpty()) {
            onRecord.add(CaseStep.COURT);
        }
        if (closure != null) {
            onRecord.add(CaseStep.CLOSURE);
        }
        onRecord.addAll(correspondence.onRecord());
        if (!conciliationSteps.isEmpty()) {
            onRecord.add(CaseStep.CONCILIATION);
        }
        if (conciliationSteps.values().stream().anyMatch(ConciliationStep::outcome)) {
            onRecord.add(CaseStep.CONCILIATION_OUTCOME);
        }
        if (mediation != null) {
            onRecord.add(CaseStep.MEDIATION);
            if (!mediation.pending()) {
                onRecord.add(CaseStep.MEDIATION_OUTCOME);
            }
        }
        return new CaseStanding(
                caseId,
                company,
                closed,
                complaint.map(Correspondence.Letter::sentOn).orElse(null),
                correspondence.letterAwaitingReceipt(),
                correspondence.answered(),
                correspondence.responseDeadlineExpired(),
                complaint.map(any -> correspondence.responseDueOn(company)).orElse(null),
                complaint
                        .map(any -> correspondence.mediationPossibleFrom(company))
                        .orElse(null),
                complaint.map(correspondence::admissibleUntil).orElse(null),
                correspondence.earliestWrittenComplaintOn().orElse(null),
                pending == null ? null : pending.requestedOn(),
                pending == null ? null : pending.fileReceivedOn(),
                pending == null ? null : pending.seizureNotifiedOn(),
                attempts.pendingConciliationRequestedOn(),
                onRecord);
    }

    /**
     * Whether the actor is a branch's staff member, whose reach is their branch and their own cases; supervisors,
     * administrators and the system (no role: fired deadlines, bulk work) are not.
     */
    private static boolean branchStaff(String role) {
        return StaffRole.STAFF.name().equals(role);
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
