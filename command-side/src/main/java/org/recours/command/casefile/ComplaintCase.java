package org.recours.command.casefile;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.recours.kernel.casefile.ActorMetaData;
import org.recours.kernel.casefile.AddNote;
import org.recours.kernel.casefile.AttachEvidence;
import org.recours.kernel.casefile.EvidenceAttached;
import org.recours.kernel.casefile.EvidenceWithdrawn;
import org.recours.kernel.casefile.WithdrawEvidence;
import org.recours.kernel.casefile.CaseClosed;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.CaseReopened;
import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.FrenchDate;
import org.recours.kernel.casefile.CloseCase;
import org.recours.kernel.casefile.CompanyProfile;
import org.recours.kernel.casefile.ComplaintFiled;
import org.recours.kernel.casefile.CourtActionRecorded;
import org.recours.kernel.casefile.FileComplaint;
import org.recours.kernel.casefile.HelpCentreConsulted;
import org.recours.kernel.casefile.LetterDelivered;
import org.recours.kernel.casefile.LetterSent;
import org.recours.kernel.casefile.MediationConcluded;
import org.recours.kernel.casefile.MediationRequested;
import org.recours.kernel.casefile.NoteAdded;
import org.recours.kernel.casefile.RecordCourtAction;
import org.recours.kernel.casefile.RecordHelpCentreConsultation;
import org.recours.kernel.casefile.RecordLetterDelivery;
import org.recours.kernel.casefile.RecordLetterSent;
import org.recours.kernel.casefile.RecordMediationOutcome;
import org.recours.kernel.casefile.RecordResponse;
import org.recours.kernel.casefile.RecordResponseDeadlineExpiry;
import org.recours.kernel.casefile.RecordSupportContact;
import org.recours.kernel.casefile.ReopenCase;
import org.recours.kernel.casefile.Require;
import org.recours.kernel.casefile.RequestMediation;
import org.recours.kernel.casefile.ResponseDeadlineExpired;
import org.recours.kernel.casefile.ResponseReceived;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.casefile.StepRefused;
import org.recours.kernel.casefile.SupportContacted;
import org.recours.kernel.law.LegalDeadlines;

/**
 * A consumer's complaint against a company, from filing to closure. Command handlers check the rules and decide
 * the events; event sourcing handlers only move the state. Every handler answers the case's new version.
 */
public class ComplaintCase {

    @AggregateIdentifier
    private CaseId caseId;
    private CompanyProfile company;
    private final Correspondence correspondence = new Correspondence();
    private final EvidenceFile evidence = new EvidenceFile();
    private MediationHistory mediation;
    private boolean closed;

    protected ComplaintCase() {
        // for Axon, which rebuilds the case from its events
    }

    @CommandHandler
    public ComplaintCase(FileComplaint command, @MetaDataValue(ActorMetaData.STAFF_MEMBER) String staffMember,
                         Clock clock) {
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
    public long handle(RecordSupportContact command, Clock clock) {
        requireOpen();
        Require.notAfter("contactedOn", command.contactedOn(), LocalDate.now(clock));
        return record(new SupportContacted(caseId, command.channel(), command.contactedOn(),
                command.ticketReference(), command.summary(), command.outcome()));
    }

    @CommandHandler
    public long handle(RecordLetterSent command, Clock clock) {
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
        return record(new LetterSent(caseId, letter.number(), addressee, command.sentOn(), command.method(),
                trackingNumber, correspondence.responseDueOn(letter, company), correspondence.admissibleUntil(letter)));
    }

    @CommandHandler
    public long handle(RecordLetterDelivery command, Clock clock) {
        requireOpen();
        Require.notAfter("deliveredOn", command.deliveredOn(), LocalDate.now(clock));
        var letter = correspondence.awaitingReceipt(command.letterNumber());
        if (command.deliveredOn().isBefore(letter.sentOn())) {
            throw new StepRefused(CaseRule.DATE_OUT_OF_ORDER, "Le courrier n° " + letter.number()
                    + " ne peut pas avoir été reçu (" + FrenchDate.of(command.deliveredOn()) + ") avant son envoi (" + FrenchDate.of(letter.sentOn())
                    + ").");
        }
        var delivered = letter.deliveredOn(command.deliveredOn());
        return record(new LetterDelivered(caseId, letter.number(), command.deliveredOn(),
                correspondence.responseDueOn(delivered, company)));
    }

    @CommandHandler
    public long handle(RecordResponse command, Clock clock) {
        requireOpen();
        Require.notAfter("receivedOn", command.receivedOn(), LocalDate.now(clock));
        var complaint = correspondence.writtenComplaint().orElseThrow(() -> new StepRefused(
                CaseRule.WRITTEN_COMPLAINT_REQUIRED,
                "Enregistrez d'abord la réclamation écrite à laquelle l'entreprise répond."));
        if (command.receivedOn().isBefore(complaint.sentOn())) {
            throw new StepRefused(CaseRule.DATE_OUT_OF_ORDER, "La réponse (" + FrenchDate.of(command.receivedOn())
                    + ") ne peut pas précéder la réclamation écrite (" + FrenchDate.of(complaint.sentOn()) + ").");
        }
        return record(new ResponseReceived(caseId, command.receivedOn(), command.channel(), command.summary(),
                command.assessment(), command.offer()));
    }

    @CommandHandler
    public long handle(RecordResponseDeadlineExpiry command, Clock clock) {
        requireOpen();
        var today = LocalDate.now(clock);
        var dueOn = correspondence.requireResponseOverdue(today, company);
        return record(new ResponseDeadlineExpired(caseId, dueOn, today,
                correspondence.admissibleUntil(correspondence.writtenComplaint().orElseThrow())));
    }

    @CommandHandler
    public long handle(RequestMediation command, @MetaDataValue(ActorMetaData.STAFF_ROLE) String role, Clock clock) {
        requireOpen();
        var today = LocalDate.now(clock);
        Require.notAfter("requestedOn", command.requestedOn(), today);
        if (mediation != null) {
            mediation.requireNonePending();
        }
        var overrideReason = new MediationAdmissibility(correspondence, company).check(command, role);
        return record(new MediationRequested(caseId, command.mediator(), command.requestedOn(), command.reference(),
                LegalDeadlines.mediatorConclusionDue(command.requestedOn()), overrideReason));
    }

    @CommandHandler
    public long handle(RecordMediationOutcome command, Clock clock) {
        requireOpen();
        Require.notAfter("concludedOn", command.concludedOn(), LocalDate.now(clock));
        if (mediation == null) {
            throw new StepRefused(CaseRule.NO_PENDING_MEDIATION, CaseRule.NO_PENDING_MEDIATION.explanation());
        }
        mediation.requirePendingSince(command.concludedOn());
        return record(new MediationConcluded(caseId, command.outcome(), command.concludedOn(), command.details()));
    }

    @CommandHandler
    public long handle(RecordCourtAction command, Clock clock) {
        requireOpen();
        Require.notAfter("filedOn", command.filedOn(), LocalDate.now(clock));
        return record(new CourtActionRecorded(caseId, command.court(), command.filedOn(), command.reference(),
                command.summary()));
    }

    @CommandHandler
    public long handle(AddNote command) {
        requireOpen();
        return record(new NoteAdded(caseId, command.text()));
    }

    @CommandHandler
    public long handle(CloseCase command, Clock clock) {
        requireOpen();
        return record(new CaseClosed(caseId, command.resolution(), command.amountObtained(), LocalDate.now(clock),
                command.summary()));
    }

    @CommandHandler
    public long handle(ReopenCase command, Clock clock) {
        if (!closed) {
            throw new StepRefused(CaseRule.CASE_NOT_CLOSED, "Le dossier " + caseId + " est ouvert : "
                    + CaseRule.CASE_NOT_CLOSED.explanation());
        }
        return record(new CaseReopened(caseId, LocalDate.now(clock), command.reason()));
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

    @EventSourcingHandler
    void on(ComplaintFiled event) {
        caseId = event.caseId();
        company = event.company();
    }

    @EventSourcingHandler
    void on(LetterSent event) {
        correspondence.sent(event.letterNumber(), event.sentOn());
    }

    @EventSourcingHandler
    void on(LetterDelivered event) {
        correspondence.delivered(event.letterNumber(), event.deliveredOn());
    }

    @EventSourcingHandler
    void on(ResponseReceived event) {
        correspondence.answered(event.receivedOn());
    }

    @EventSourcingHandler
    void on(ResponseDeadlineExpired event) {
        correspondence.deadlineExpired();
    }

    @EventSourcingHandler
    void on(MediationRequested event) {
        mediation = new MediationHistory(event.requestedOn());
    }

    @EventSourcingHandler
    void on(MediationConcluded event) {
        mediation = mediation.concluded();
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
    void on(CaseClosed event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(CaseReopened event) {
        closed = false;
    }

    private void requireOpen() {
        if (closed) {
            throw new StepRefused(CaseRule.CASE_CLOSED, "Le dossier " + caseId + " est clos : "
                    + CaseRule.CASE_CLOSED.explanation() + " Rouvrez-le d'abord.");
        }
    }

    private static long record(Object event) {
        apply(event);
        return AggregateLifecycle.getVersion();
    }
}
