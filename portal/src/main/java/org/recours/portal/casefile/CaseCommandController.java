package org.recours.portal.casefile;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.Principal;
import org.recours.kernel.casefile.AddNote;
import org.recours.kernel.casefile.CloseCase;
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
import org.recours.kernel.casefile.Money;
import org.recours.kernel.casefile.RecordConciliationFirstMeeting;
import org.recours.kernel.casefile.RecordConciliationOutcome;
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
import org.recours.kernel.casefile.RecordProposalAnswer;
import org.recours.kernel.casefile.RecordResponse;
import org.recours.kernel.casefile.RecordResponseDeadlineExpiry;
import org.recours.kernel.casefile.RecordSupportContact;
import org.recours.kernel.casefile.ReopenCase;
import org.recours.kernel.casefile.RequestConciliation;
import org.recours.kernel.casefile.RequestMediation;
import org.recours.kernel.casefile.Require;
import org.recours.kernel.casefile.TrackingNumber;
import org.recours.query.confidential.ConfidentialNotes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The steps of a case over HTTP: each POST records one step and answers the case's new version. */
@RestController
@RequestMapping("/api/cases")
class CaseCommandController {

    private final ComplaintFiling filing;
    private final CaseSteps steps;
    private final ConfidentialNoteTaking confidentialNotes;

    CaseCommandController(ComplaintFiling filing, CaseSteps steps, ConfidentialNoteTaking confidentialNotes) {
        this.filing = filing;
        this.steps = steps;
        this.confidentialNotes = confidentialNotes;
    }

    @Operation(summary = "File a complaint (open a case)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<StepRecorded> file(@RequestBody CaseRequests.FileComplaint body, Principal principal) {
        var filed = filing.file(body, principal);
        return ResponseEntity.created(URI.create("/api/cases/" + filed.caseId()))
                .header(HttpHeaders.ETAG, "\"" + filed.version() + "\"")
                .body(filed);
    }

    @Operation(summary = "Record a consultation of the company's help centre")
    @PostMapping("/{caseId}/help-centre-consultations")
    ResponseEntity<StepRecorded> helpCentre(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.HelpCentreConsultation body,
            Principal principal) {
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) -> new RecordHelpCentreConsultation(id, version, body.consultedOn(), body.findings()));
    }

    @Operation(summary = "Record a contact with the company's customer support")
    @PostMapping("/{caseId}/support-contacts")
    ResponseEntity<StepRecorded> supportContact(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.SupportContact body,
            Principal principal) {
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) -> new RecordSupportContact(
                        id,
                        version,
                        body.channel(),
                        body.contactedOn(),
                        body.ticketReference(),
                        body.summary(),
                        body.outcome()));
    }

    @Operation(summary = "Record the formal complaint letter sent to the head office")
    @PostMapping("/{caseId}/letters")
    ResponseEntity<StepRecorded> letter(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.Letter body,
            Principal principal) {
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) -> new RecordLetterSent(
                        id,
                        version,
                        body.addressee(),
                        body.sentOn(),
                        body.method(),
                        body.trackingNumber() == null || body.trackingNumber().isBlank()
                                ? null
                                : new TrackingNumber(body.trackingNumber()),
                        body.depositedAt()));
    }

    @Operation(summary = "Record a letter's delivery (acknowledgement of receipt)")
    @PostMapping("/{caseId}/letters/{letterNumber}/delivery")
    ResponseEntity<StepRecorded> delivery(
            @PathVariable String caseId,
            @PathVariable int letterNumber,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.Delivery body,
            Principal principal) {
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) ->
                        new RecordLetterDelivery(id, version, letterNumber, body.deliveredOn(), body.receivedAt()));
    }

    /**
     * The post returned the letter unclaimed ("pli avisé et non réclamé") or refused: it still counts as the written
     * complaint, and the company's response window runs from its first presentation.
     */
    @Operation(summary = "Record a registered letter returned unclaimed or refused")
    @PostMapping("/{caseId}/letters/{letterNumber}/return")
    ResponseEntity<StepRecorded> letterReturn(
            @PathVariable String caseId,
            @PathVariable int letterNumber,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.LetterReturn body,
            Principal principal) {
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) -> new RecordLetterReturn(
                        id, version, letterNumber, body.reason(), body.firstPresentedOn(), body.returnedOn()));
    }

    /** When the consumer knew the facts (Code civil, art. 2224): the limitation date follows; a change needs a reason. */
    @Operation(summary = "Record when the consumer knew the facts (limitation)")
    @PostMapping("/{caseId}/facts-known")
    ResponseEntity<StepRecorded> factsKnown(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.FactsKnown body,
            Principal principal) {
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) -> new RecordFactsKnownDate(id, version, body.knownOn(), body.reason()));
    }

    /** A conciliateur de justice is asked to attempt a conciliation (CPC art. 750-1); one at a time. */
    @Operation(summary = "Request a conciliation (conciliateur de justice)")
    @PostMapping("/{caseId}/conciliations")
    ResponseEntity<StepRecorded> conciliation(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.Conciliation body,
            Principal principal) {
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) ->
                        new RequestConciliation(id, version, body.conciliator(), body.requestedOn(), body.reference()));
    }

    /**
     * The first meeting of the latest conciliation: the limitation is suspended from that day to the conciliation's
     * end, then runs again for at least six months (Code civil, art. 2238).
     */
    @Operation(summary = "Record the conciliation's first meeting")
    @PostMapping("/{caseId}/conciliation/first-meeting")
    ResponseEntity<StepRecorded> conciliationFirstMeeting(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.ConciliationFirstMeeting body,
            Principal principal) {
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) -> new RecordConciliationFirstMeeting(id, version, body.heldOn()));
    }

    /** How the conciliation under way ended (the conciliator's record): an attempt under CPC art. 750-1. */
    @Operation(summary = "Record the conciliation's outcome")
    @PostMapping("/{caseId}/conciliation/outcome")
    ResponseEntity<StepRecorded> conciliationOutcome(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.ConciliationOutcomeRecord body,
            Principal principal) {
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) ->
                        new RecordConciliationOutcome(id, version, body.outcome(), body.concludedOn(), body.details()));
    }

    @Operation(summary = "Record the company's answer")
    @PostMapping("/{caseId}/responses")
    ResponseEntity<StepRecorded> response(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.Response body,
            Principal principal) {
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) -> new RecordResponse(
                        id,
                        version,
                        body.receivedOn(),
                        body.channel(),
                        body.summary(),
                        body.assessment(),
                        body.offer()));
    }

    @Operation(summary = "State that the company's response window ended in silence")
    @PostMapping("/{caseId}/response-deadline-expiry")
    ResponseEntity<StepRecorded> responseDeadlineExpiry(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Principal principal) {
        return steps.record(caseId, ifMatch, principal, RecordResponseDeadlineExpiry::new);
    }

    /** A correction names the history entry it corrects ({@code entry}) and says why ({@code reason}). */
    @Operation(summary = "Correct a letter's sending")
    @PostMapping("/{caseId}/corrections/letter-sending")
    ResponseEntity<StepRecorded> correctLetter(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.LetterCorrection body,
            Principal principal) {
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) -> new CorrectLetterSending(
                        id,
                        version,
                        body.entry(),
                        body.addressee(),
                        body.sentOn(),
                        body.method(),
                        body.trackingNumber() == null || body.trackingNumber().isBlank()
                                ? null
                                : new TrackingNumber(body.trackingNumber()),
                        body.reason()));
    }

    @Operation(summary = "Correct the complaint as filed")
    @PostMapping("/{caseId}/corrections/complaint")
    ResponseEntity<StepRecorded> correctComplaint(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.ComplaintCorrection body,
            Principal principal) {
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) -> new CorrectComplaintDetails(
                        id,
                        version,
                        body.entry(),
                        body.category(),
                        body.facts(),
                        body.amountAtStake() == null ? null : new Money(body.amountAtStake()),
                        body.desiredOutcome(),
                        body.reason()));
    }

    @Operation(summary = "Correct a letter's delivery")
    @PostMapping("/{caseId}/corrections/letter-delivery")
    ResponseEntity<StepRecorded> correctDelivery(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.DeliveryCorrection body,
            Principal principal) {
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) ->
                        new CorrectLetterDelivery(id, version, body.entry(), body.deliveredOn(), body.reason()));
    }

    @Operation(summary = "Correct the company's answer")
    @PostMapping("/{caseId}/corrections/response")
    ResponseEntity<StepRecorded> correctResponse(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.ResponseCorrection body,
            Principal principal) {
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) -> new CorrectResponse(
                        id,
                        version,
                        body.entry(),
                        body.receivedOn(),
                        body.channel(),
                        body.summary(),
                        body.assessment(),
                        body.offer(),
                        body.reason()));
    }

    @Operation(summary = "Correct a support contact")
    @PostMapping("/{caseId}/corrections/support-contact")
    ResponseEntity<StepRecorded> correctSupportContact(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.SupportContactCorrection body,
            Principal principal) {
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) -> new CorrectSupportContact(
                        id,
                        version,
                        body.entry(),
                        body.channel(),
                        body.contactedOn(),
                        body.ticketReference(),
                        body.summary(),
                        body.outcome(),
                        body.reason()));
    }

    @Operation(summary = "Correct the mediation request")
    @PostMapping("/{caseId}/corrections/mediation-request")
    ResponseEntity<StepRecorded> correctMediationRequest(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.MediationRequestCorrection body,
            Principal principal) {
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) -> new CorrectMediationRequest(
                        id,
                        version,
                        body.entry(),
                        body.mediator(),
                        body.requestedOn(),
                        body.reference(),
                        body.reason()));
    }

    @Operation(summary = "Correct a help-centre consultation")
    @PostMapping("/{caseId}/corrections/help-centre-consultation")
    ResponseEntity<StepRecorded> correctHelpCentreConsultation(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.HelpCentreCorrection body,
            Principal principal) {
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) -> new CorrectHelpCentreConsultation(
                        id, version, body.entry(), body.consultedOn(), body.findings(), body.reason()));
    }

    @Operation(summary = "Correct the mediation's outcome")
    @PostMapping("/{caseId}/corrections/mediation-outcome")
    ResponseEntity<StepRecorded> correctMediationOutcome(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.MediationOutcomeCorrection body,
            Principal principal) {
        var details = ConfidentialNoteTaking.optional("details", body.details());
        var recorded = steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) -> new CorrectMediationOutcome(
                        id, version, body.entry(), body.outcome(), body.concludedOn(), body.reason()));
        keepDetails(caseId, recorded, details, principal);
        return recorded;
    }

    /** The outcome's details go into a confidential note on the entry just recorded (L612-3, ADR 24). */
    private void keepDetails(
            String caseId, ResponseEntity<StepRecorded> recorded, String details, Principal principal) {
        if (details != null) {
            confidentialNotes.keepOnRecorded(
                    CaseSteps.existingCaseId(caseId),
                    recorded.getBody().version(),
                    ConfidentialNotes.Subject.OUTCOME,
                    details,
                    principal);
        }
    }

    @Operation(summary = "Correct the court action")
    @PostMapping("/{caseId}/corrections/court-action")
    ResponseEntity<StepRecorded> correctCourtAction(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.CourtActionCorrection body,
            Principal principal) {
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) -> new CorrectCourtAction(
                        id,
                        version,
                        body.entry(),
                        body.court(),
                        body.filedOn(),
                        body.reference(),
                        body.summary(),
                        body.reason()));
    }

    /** The claim of a court action, named by its entry, assessed again under CPC art. 750-1 (ADR 24). */
    @Operation(summary = "Correct a court action's claim")
    @PostMapping("/{caseId}/corrections/court-claim")
    ResponseEntity<StepRecorded> correctCourtClaim(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.CourtClaimCorrection body,
            Principal principal) {
        var claim = Require.present("claim", body.claim()).toClaim();
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) -> new CorrectCourtClaim(
                        id,
                        version,
                        body.entry(),
                        claim,
                        body.participatoryProcedure(),
                        body.exemption(),
                        body.exemptionDetails(),
                        body.filedAnywayReason(),
                        body.reason()));
    }

    @Operation(summary = "Correct a conciliation's request")
    @PostMapping("/{caseId}/corrections/conciliation")
    ResponseEntity<StepRecorded> correctConciliation(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.ConciliationCorrection body,
            Principal principal) {
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) -> new CorrectConciliationRequest(
                        id,
                        version,
                        body.entry(),
                        body.conciliator(),
                        body.requestedOn(),
                        body.reference(),
                        body.reason()));
    }

    @Operation(summary = "Correct a conciliation's outcome")
    @PostMapping("/{caseId}/corrections/conciliation-outcome")
    ResponseEntity<StepRecorded> correctConciliationOutcome(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.ConciliationOutcomeCorrection body,
            Principal principal) {
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) -> new CorrectConciliationOutcome(
                        id, version, body.entry(), body.outcome(), body.concludedOn(), body.details(), body.reason()));
    }

    /** A returned registered letter's return, named by its entry: its first presentation moves the window. */
    @Operation(summary = "Correct a registered letter's return")
    @PostMapping("/{caseId}/corrections/letter-return")
    ResponseEntity<StepRecorded> correctLetterReturn(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.LetterReturnCorrection body,
            Principal principal) {
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) -> new CorrectLetterReturn(
                        id,
                        version,
                        body.entry(),
                        body.returnReason(),
                        body.firstPresentedOn(),
                        body.returnedOn(),
                        body.reason()));
    }

    @Operation(summary = "Correct the case's closure")
    @PostMapping("/{caseId}/corrections/closure")
    ResponseEntity<StepRecorded> correctClosure(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.ClosureCorrection body,
            Principal principal) {
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) -> new CorrectCaseClosure(
                        id,
                        version,
                        body.entry(),
                        body.resolution(),
                        body.amountObtained() == null ? null : new Money(body.amountObtained()),
                        body.closedOn(),
                        body.summary(),
                        body.reason()));
    }

    @Operation(summary = "Request consumer mediation")
    @PostMapping("/{caseId}/mediations")
    ResponseEntity<StepRecorded> mediation(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.Mediation body,
            Principal principal) {
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) -> new RequestMediation(
                        id,
                        version,
                        body.mediator(),
                        body.requestedOn(),
                        body.reference(),
                        body.windowOverrideReason(),
                        body.examinationOverrideReason()));
    }

    /**
     * Whether the company's answer n° {@code responseNumber}, rejecting the complaint in whole or in part, named its
     * consumer mediator (Code de la consommation, art. L616-1). Not named: the case shows the breach and the next
     * letter asks for it.
     */
    @Operation(summary = "Record whether a rejecting answer named the mediator")
    @PostMapping("/{caseId}/responses/{responseNumber}/mediator-naming")
    ResponseEntity<StepRecorded> mediatorNaming(
            @PathVariable String caseId,
            @PathVariable int responseNumber,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.MediatorNaming body,
            Principal principal) {
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) -> new RecordMediatorNaming(id, version, responseNumber, body.named(), body.mediator()));
    }

    /**
     * The mediator proposed a solution with a last day to accept it (R612-4); what it proposes is confidential
     * (L612-3): record it in the case's confidential notes, not here.
     */
    @Operation(summary = "Record the mediator's proposal")
    @PostMapping("/{caseId}/mediation/proposal")
    ResponseEntity<StepRecorded> mediationProposal(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.MediationProposal body,
            Principal principal) {
        var recorded = steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) -> new RecordMediationProposal(id, version, body.proposedOn(), body.acceptBy()));
        if (body.content() != null && !body.content().isBlank()) {
            confidentialNotes.keepOnRecorded(
                    CaseSteps.existingCaseId(caseId),
                    recorded.getBody().version(),
                    ConfidentialNotes.Subject.PROPOSAL,
                    body.content(),
                    principal);
        }
        return recorded;
    }

    /**
     * A party accepted or refused the proposal (R612-4). The answer that decides the outcome records it too: both
     * accepted, an agreement; one refused, the proposal refused.
     */
    @Operation(summary = "Record a party's answer to the proposal")
    @PostMapping("/{caseId}/mediation/proposal/answers")
    ResponseEntity<StepRecorded> proposalAnswer(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.ProposalAnswer body,
            Principal principal) {
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) ->
                        new RecordProposalAnswer(id, version, body.party(), body.accepted(), body.answeredOn()));
    }

    /**
     * How the mediation ended. Its {@code details}, confidential (L612-3), are kept as a confidential note on the
     * recorded entry, outside the history and the exports (ADR 24).
     */
    @Operation(summary = "Record the mediation's outcome")
    @PostMapping("/{caseId}/mediation-outcome")
    ResponseEntity<StepRecorded> mediationOutcome(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.MediationOutcomeRecord body,
            Principal principal) {
        var details = ConfidentialNoteTaking.optional("details", body.details());
        var recorded = steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) -> new RecordMediationOutcome(id, version, body.outcome(), body.concludedOn()));
        keepDetails(caseId, recorded, details, principal);
        return recorded;
    }

    /** The mediator received the file (L612-2: it has three weeks from then to reject the request). */
    @Operation(summary = "Record that the mediator received the file")
    @PostMapping("/{caseId}/mediation/file-receipt")
    ResponseEntity<StepRecorded> mediationFileReceipt(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.MediationFileReceipt body,
            Principal principal) {
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) -> new RecordMediationFileReceipt(id, version, body.receivedOn()));
    }

    /** The mediator notified its seizure (R612-2): its 90 days (R612-5) run from {@code notifiedOn}. */
    @Operation(summary = "Record the mediator's notification of seizure")
    @PostMapping("/{caseId}/mediation/seizure-notice")
    ResponseEntity<StepRecorded> mediationSeizureNotice(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.MediationSeizureNotice body,
            Principal principal) {
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) -> new RecordMediationSeizureNotice(id, version, body.notifiedOn(), body.reference()));
    }

    /** The mediator extended its time for a complex dispute (R612-5 al. 2), notified on {@code notifiedOn}. */
    @Operation(summary = "Record the extension of the mediator's 90 days")
    @PostMapping("/{caseId}/mediation/extension")
    ResponseEntity<StepRecorded> mediationExtension(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.MediationExtension body,
            Principal principal) {
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) -> new RecordMediationExtension(id, version, body.notifiedOn(), body.extendedUntil()));
    }

    @Operation(summary = "Record a court action")
    @PostMapping("/{caseId}/court-actions")
    ResponseEntity<StepRecorded> courtAction(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.CourtAction body,
            Principal principal) {
        var claim = Require.present("claim", body.claim()).toClaim();
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) -> new RecordCourtAction(
                        id,
                        version,
                        body.court(),
                        body.filedOn(),
                        body.reference(),
                        body.summary(),
                        claim,
                        body.participatoryProcedure(),
                        body.exemption(),
                        body.exemptionDetails(),
                        body.filedAnywayReason()));
    }

    @Operation(summary = "Add a note to the case")
    @PostMapping("/{caseId}/notes")
    ResponseEntity<StepRecorded> note(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.Note body,
            Principal principal) {
        return steps.record(caseId, ifMatch, principal, (id, version) -> new AddNote(id, version, body.text()));
    }

    @Operation(summary = "Close the case")
    @PostMapping("/{caseId}/closure")
    ResponseEntity<StepRecorded> close(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.Closure body,
            Principal principal) {
        return steps.record(
                caseId,
                ifMatch,
                principal,
                (id, version) -> new CloseCase(
                        id, version, body.resolution(), new Money(body.amountObtained()), body.summary()));
    }

    @Operation(summary = "Reopen a closed case")
    @PostMapping("/{caseId}/reopening")
    ResponseEntity<StepRecorded> reopen(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CaseRequests.Reopening body,
            Principal principal) {
        return steps.record(caseId, ifMatch, principal, (id, version) -> new ReopenCase(id, version, body.reason()));
    }
}
