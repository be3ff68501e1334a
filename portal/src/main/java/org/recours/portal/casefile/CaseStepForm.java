package org.recours.portal.casefile;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recours.kernel.casefile.AddNote;
import org.recours.kernel.casefile.AmicableAttemptExemption;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.CaseStep;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.CloseCase;
import org.recours.kernel.casefile.CompanyProfile;
import org.recours.kernel.casefile.ConciliationOutcome;
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
import org.recours.kernel.casefile.CourtClaim;
import org.recours.kernel.casefile.LetterReturnReason;
import org.recours.kernel.casefile.MediationOutcome;
import org.recours.kernel.casefile.MediationParty;
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
import org.recours.kernel.casefile.Resolution;
import org.recours.kernel.casefile.ResponseAssessment;
import org.recours.kernel.casefile.SendingMethod;
import org.recours.kernel.casefile.StaffRole;
import org.recours.kernel.casefile.TrackingNumber;
import org.recours.kernel.casefile.query.CaseFile;
import org.recours.portal.web.FormField;
import org.recours.portal.web.FormValues;
import org.recours.query.evidence.Chronology;

/**
 * Each step staff record on a case's page: its form's fields (labels as message codes {@code step.NAME.field}), and
 * the command the filled form becomes.
 */
enum CaseStepForm {
    HELP_CENTRE(
            "centre-aide",
            List.of(
                    FormField.date("consultedOn", "step.HELP_CENTRE.consultedOn"),
                    FormField.longText("findings", "step.HELP_CENTRE.findings", true)),
            (id, version, form) -> new RecordHelpCentreConsultation(
                    id, version, form.date("consultedOn", "step.HELP_CENTRE.consultedOn"), form.text("findings"))),
    SUPPORT_CONTACT(
            "service-client",
            List.of(
                    FormField.choice("channel", "step.channel", ContactChannel.class, "channel"),
                    FormField.date("contactedOn", "step.SUPPORT_CONTACT.contactedOn"),
                    FormField.text("ticketReference", "step.SUPPORT_CONTACT.ticketReference", false),
                    FormField.longText("summary", "step.SUPPORT_CONTACT.summary", true),
                    FormField.longText("outcome", "step.SUPPORT_CONTACT.outcome", true)),
            (id, version, form) -> new RecordSupportContact(
                    id,
                    version,
                    form.choice("channel", "step.channel", ContactChannel.class),
                    form.date("contactedOn", "step.SUPPORT_CONTACT.contactedOn"),
                    form.text("ticketReference"),
                    form.text("summary"),
                    form.text("outcome"))),
    LETTER(
            "courrier",
            List.of(
                    FormField.text("addressee", "step.LETTER.addressee", true).withHint("step.LETTER.addressee.hint"),
                    FormField.date("sentOn", "step.LETTER.sentOn"),
                    FormField.choice("method", "step.LETTER.method", SendingMethod.class, "method"),
                    FormField.text("trackingNumber", "step.LETTER.trackingNumber", false)
                            .withHint("step.LETTER.trackingNumber.hint"),
                    FormField.text("depositTime", "step.LETTER.depositTime", false)
                            .withHint("step.LRE.time.hint")),
            (id, version, form) -> new RecordLetterSent(
                    id,
                    version,
                    form.text("addressee"),
                    form.date("sentOn", "step.LETTER.sentOn"),
                    form.choice("method", "step.LETTER.method", SendingMethod.class),
                    form.text("trackingNumber") == null ? null : new TrackingNumber(form.text("trackingNumber")),
                    form.optionalTimeOn(
                            "depositTime",
                            "step.LETTER.depositTime",
                            form.date("sentOn", "step.LETTER.sentOn"),
                            Chronology.PARIS))),
    DELIVERY(
            "accuse-reception",
            List.of(
                    FormField.date("deliveredOn", "step.DELIVERY.deliveredOn"),
                    FormField.text("receiptTime", "step.DELIVERY.receiptTime", false)
                            .withHint("step.LRE.time.hint")),
            (id, version, form) -> new RecordLetterDelivery(
                    id,
                    version,
                    null,
                    form.date("deliveredOn", "step.DELIVERY.deliveredOn"),
                    form.optionalTimeOn(
                            "receiptTime",
                            "step.DELIVERY.receiptTime",
                            form.date("deliveredOn", "step.DELIVERY.deliveredOn"),
                            Chronology.PARIS))),
    LETTER_RETURN(
            "courrier-retourne",
            List.of(
                    FormField.choice("reason", "step.LETTER_RETURN.reason", LetterReturnReason.class, "return-reason"),
                    FormField.date("firstPresentedOn", "step.LETTER_RETURN.firstPresentedOn"),
                    FormField.date("returnedOn", "step.LETTER_RETURN.returnedOn")),
            (id, version, form) -> new RecordLetterReturn(
                    id,
                    version,
                    null,
                    form.choice("reason", "step.LETTER_RETURN.reason", LetterReturnReason.class),
                    form.date("firstPresentedOn", "step.LETTER_RETURN.firstPresentedOn"),
                    form.date("returnedOn", "step.LETTER_RETURN.returnedOn"))),
    RESPONSE(
            "reponse",
            List.of(
                    FormField.date("receivedOn", "step.RESPONSE.receivedOn"),
                    FormField.choice("channel", "step.channel", ContactChannel.class, "channel"),
                    FormField.longText("summary", "step.RESPONSE.summary", true),
                    FormField.choice("assessment", "step.RESPONSE.assessment", ResponseAssessment.class, "assessment"),
                    FormField.longText("offer", "step.RESPONSE.offer", false)),
            (id, version, form) -> new RecordResponse(
                    id,
                    version,
                    form.date("receivedOn", "step.RESPONSE.receivedOn"),
                    form.choice("channel", "step.channel", ContactChannel.class),
                    form.text("summary"),
                    form.choice("assessment", "step.RESPONSE.assessment", ResponseAssessment.class),
                    form.text("offer"))),
    SILENCE("silence-constate", List.of(), (id, version, form) -> new RecordResponseDeadlineExpiry(id, version)),
    MEDIATOR_NAMING(
            "designation-mediateur",
            List.of(
                    FormField.text("responseNumber", "step.MEDIATOR_NAMING.responseNumber", true)
                            .withHint("step.MEDIATOR_NAMING.responseNumber.hint"),
                    FormField.choice("named", "step.MEDIATOR_NAMING.named", MediatorNamed.class, "mediator-named"),
                    FormField.text("mediator", "step.MEDIATOR_NAMING.mediator", false)),
            (id, version, form) -> new RecordMediatorNaming(
                    id,
                    version,
                    form.number("responseNumber", "step.MEDIATOR_NAMING.responseNumber"),
                    form.choice("named", "step.MEDIATOR_NAMING.named", MediatorNamed.class) == MediatorNamed.NAMED,
                    form.text("mediator"))),
    MEDIATION(
            "mediation",
            List.of(
                    FormField.text("mediator", "step.MEDIATION.mediator", true),
                    FormField.date("requestedOn", "step.MEDIATION.requestedOn"),
                    FormField.text("reference", "step.MEDIATION.reference", false),
                    FormField.longText("windowOverrideReason", "step.MEDIATION.windowOverrideReason", false),
                    FormField.longText("examinationOverrideReason", "step.MEDIATION.examinationOverrideReason", false)
                            .withHint("step.MEDIATION.examinationOverrideReason.hint")),
            (id, version, form) -> new RequestMediation(
                    id,
                    version,
                    form.text("mediator"),
                    form.date("requestedOn", "step.MEDIATION.requestedOn"),
                    form.text("reference"),
                    form.text("windowOverrideReason"),
                    form.text("examinationOverrideReason"))),
    MEDIATION_FILE_RECEIPT(
            "mediation-dossier-recu",
            List.of(FormField.date("receivedOn", "step.MEDIATION_FILE_RECEIPT.receivedOn")),
            (id, version, form) -> new RecordMediationFileReceipt(
                    id, version, form.date("receivedOn", "step.MEDIATION_FILE_RECEIPT.receivedOn"))),
    MEDIATION_SEIZURE_NOTICE(
            "mediation-saisine-notifiee",
            List.of(
                    FormField.date("notifiedOn", "step.MEDIATION_SEIZURE_NOTICE.notifiedOn"),
                    FormField.text("reference", "step.MEDIATION_SEIZURE_NOTICE.reference", false)),
            (id, version, form) -> new RecordMediationSeizureNotice(
                    id,
                    version,
                    form.date("notifiedOn", "step.MEDIATION_SEIZURE_NOTICE.notifiedOn"),
                    form.text("reference"))),
    MEDIATION_EXTENSION(
            "mediation-prolongation",
            List.of(
                    FormField.date("notifiedOn", "step.MEDIATION_EXTENSION.notifiedOn"),
                    FormField.date("extendedUntil", "step.MEDIATION_EXTENSION.extendedUntil")),
            (id, version, form) -> new RecordMediationExtension(
                    id,
                    version,
                    form.date("notifiedOn", "step.MEDIATION_EXTENSION.notifiedOn"),
                    form.date("extendedUntil", "step.MEDIATION_EXTENSION.extendedUntil"))),
    MEDIATION_PROPOSAL(
            "mediation-proposition",
            List.of(
                    FormField.date("proposedOn", "step.MEDIATION_PROPOSAL.proposedOn"),
                    FormField.date("acceptBy", "step.MEDIATION_PROPOSAL.acceptBy"),
                    FormField.longText("content", "step.MEDIATION_PROPOSAL.content", false)
                            .withHint("step.MEDIATION_PROPOSAL.content.hint")),
            (id, version, form) -> new RecordMediationProposal(
                    id,
                    version,
                    form.date("proposedOn", "step.MEDIATION_PROPOSAL.proposedOn"),
                    form.date("acceptBy", "step.MEDIATION_PROPOSAL.acceptBy"))),
    PROPOSAL_ANSWER(
            "mediation-reponse-proposition",
            List.of(
                    FormField.choice("party", "step.PROPOSAL_ANSWER.party", MediationParty.class, "mediation-party"),
                    FormField.choice("answer", "step.PROPOSAL_ANSWER.answer", ProposalAnswer.class, "proposal-answer"),
                    FormField.date("answeredOn", "step.PROPOSAL_ANSWER.answeredOn")),
            (id, version, form) -> new RecordProposalAnswer(
                    id,
                    version,
                    form.choice("party", "step.PROPOSAL_ANSWER.party", MediationParty.class),
                    form.choice("answer", "step.PROPOSAL_ANSWER.answer", ProposalAnswer.class)
                            == ProposalAnswer.ACCEPTED,
                    form.date("answeredOn", "step.PROPOSAL_ANSWER.answeredOn"))),
    MEDIATION_OUTCOME(
            "issue-mediation",
            List.of(
                    FormField.choice(
                            "outcome", "step.MEDIATION_OUTCOME.outcome", MediationOutcome.class, "mediation-outcome"),
                    FormField.date("concludedOn", "step.MEDIATION_OUTCOME.concludedOn"),
                    FormField.longText("details", "step.MEDIATION_OUTCOME.details", false)
                            .withHint("step.MEDIATION_OUTCOME.details.hint")),
            (id, version, form) -> new RecordMediationOutcome(
                    id,
                    version,
                    form.choice("outcome", "step.MEDIATION_OUTCOME.outcome", MediationOutcome.class),
                    form.date("concludedOn", "step.MEDIATION_OUTCOME.concludedOn"))),
    CONCILIATION(
            "conciliation",
            List.of(
                    FormField.text("conciliator", "step.CONCILIATION.conciliator", true),
                    FormField.date("requestedOn", "step.CONCILIATION.requestedOn"),
                    FormField.text("reference", "step.CONCILIATION.reference", false)),
            (id, version, form) -> new RequestConciliation(
                    id,
                    version,
                    form.text("conciliator"),
                    form.date("requestedOn", "step.CONCILIATION.requestedOn"),
                    form.text("reference"))),
    CONCILIATION_OUTCOME(
            "issue-conciliation",
            List.of(
                    FormField.choice(
                            "outcome",
                            "step.CONCILIATION_OUTCOME.outcome",
                            ConciliationOutcome.class,
                            "conciliation-outcome"),
                    FormField.date("concludedOn", "step.CONCILIATION_OUTCOME.concludedOn"),
                    FormField.longText("details", "step.CONCILIATION_OUTCOME.details", true)),
            (id, version, form) -> new RecordConciliationOutcome(
                    id,
                    version,
                    form.choice("outcome", "step.CONCILIATION_OUTCOME.outcome", ConciliationOutcome.class),
                    form.date("concludedOn", "step.CONCILIATION_OUTCOME.concludedOn"),
                    form.text("details"))),
    CONCILIATION_FIRST_MEETING(
            "conciliation-premiere-reunion",
            List.of(FormField.date("heldOn", "step.CONCILIATION_FIRST_MEETING.heldOn")
                    .withHint("step.CONCILIATION_FIRST_MEETING.heldOn.hint")),
            (id, version, form) -> new RecordConciliationFirstMeeting(
                    id, version, form.date("heldOn", "step.CONCILIATION_FIRST_MEETING.heldOn"))),
    COURT(
            "justice",
            List.of(
                    FormField.text("court", "step.COURT.court", true),
                    FormField.date("filedOn", "step.COURT.filedOn"),
                    FormField.text("reference", "step.COURT.reference", false),
                    FormField.longText("summary", "step.COURT.summary", true),
                    FormField.choice("claimKind", "step.COURT.claimKind", ClaimKind.class, "claim-kind"),
                    FormField.amount("claimAmount", "step.COURT.claimAmount")
                            .optional()
                            .withHint("step.COURT.claimAmount.hint"),
                    FormField.longText("participatoryProcedure", "step.COURT.participatoryProcedure", false),
                    FormField.choice("exemption", "step.COURT.exemption", AmicableAttemptExemption.class, "exemption")
                            .optional(),
                    FormField.longText("exemptionDetails", "step.COURT.exemptionDetails", false),
                    FormField.longText("filedAnywayReason", "step.COURT.filedAnywayReason", false)
                            .withHint("step.COURT.filedAnywayReason.hint")),
            (id, version, form) -> new RecordCourtAction(
                    id,
                    version,
                    form.text("court"),
                    form.date("filedOn", "step.COURT.filedOn"),
                    form.text("reference"),
                    form.text("summary"),
                    form.choice("claimKind", "step.COURT.claimKind", ClaimKind.class) == ClaimKind.SUM
                            ? CourtClaim.ofSum(new Money(form.amount("claimAmount", "step.COURT.claimAmount")))
                            : CourtClaim.notASum(),
                    form.text("participatoryProcedure"),
                    form.optionalChoice("exemption", "step.COURT.exemption", AmicableAttemptExemption.class),
                    form.text("exemptionDetails"),
                    form.text("filedAnywayReason"))),
    FACTS_KNOWN(
            "faits-connus",
            List.of(
                    FormField.date("knownOn", "step.FACTS_KNOWN.knownOn").withHint("step.FACTS_KNOWN.knownOn.hint"),
                    FormField.longText("reason", "step.FACTS_KNOWN.reason", false)
                            .withHint("step.FACTS_KNOWN.reason.hint")),
            (id, version, form) -> new RecordFactsKnownDate(
                    id, version, form.date("knownOn", "step.FACTS_KNOWN.knownOn"), form.text("reason"))),
    NOTE(
            "note",
            List.of(FormField.longText("text", "step.NOTE", true)),
            (id, version, form) -> new AddNote(id, version, form.text("text"))),
    CLOSURE(
            "cloture",
            List.of(
                    FormField.choice("resolution", "step.CLOSURE.resolution", Resolution.class, "resolution"),
                    FormField.amount("amountObtained", "step.CLOSURE.amountObtained"),
                    FormField.longText("summary", "step.CLOSURE.summary", true)),
            (id, version, form) -> new CloseCase(
                    id,
                    version,
                    form.choice("resolution", "step.CLOSURE.resolution", Resolution.class),
                    new Money(form.amount("amountObtained", "step.CLOSURE.amountObtained")),
                    form.text("summary"))),
    REOPENING(
            "reouverture",
            List.of(FormField.longText("reason", "step.REOPENING.reason", true)),
            (id, version, form) -> new ReopenCase(id, version, form.text("reason"))),
    CORRECT_COMPLAINT(
            "correction-reclamation",
            List.of(
                    FormField.text("entry", "step.CORRECTION.entry", true)
                            .withHint("step.CORRECT_COMPLAINT.entry.hint"),
                    FormField.choice("category", "filing.category", Category.class, "category"),
                    FormField.longText("facts", "filing.facts", true),
                    FormField.amount("amountAtStake", "filing.amountAtStake"),
                    FormField.longText("desiredOutcome", "filing.desiredOutcome", true),
                    FormField.longText("reason", "step.CORRECTION.reason", true)),
            (id, version, form) -> new CorrectComplaintDetails(
                    id,
                    version,
                    form.number("entry", "step.CORRECTION.entry"),
                    form.choice("category", "filing.category", Category.class),
                    form.text("facts"),
                    new Money(form.amount("amountAtStake", "filing.amountAtStake")),
                    form.text("desiredOutcome"),
                    form.text("reason"))),
    CORRECT_LETTER(
            "correction-courrier",
            List.of(
                    FormField.text("entry", "step.CORRECTION.entry", true).withHint("step.CORRECTION.entry.hint"),
                    FormField.text("addressee", "step.LETTER.addressee", true).withHint("step.LETTER.addressee.hint"),
                    FormField.date("sentOn", "step.LETTER.sentOn"),
                    FormField.choice("method", "step.LETTER.method", SendingMethod.class, "method"),
                    FormField.text("trackingNumber", "step.LETTER.trackingNumber", false)
                            .withHint("step.LETTER.trackingNumber.hint"),
                    FormField.longText("reason", "step.CORRECTION.reason", true)),
            (id, version, form) -> new CorrectLetterSending(
                    id,
                    version,
                    form.number("entry", "step.CORRECTION.entry"),
                    form.text("addressee"),
                    form.date("sentOn", "step.LETTER.sentOn"),
                    form.choice("method", "step.LETTER.method", SendingMethod.class),
                    form.text("trackingNumber") == null ? null : new TrackingNumber(form.text("trackingNumber")),
                    form.text("reason"))),
    CORRECT_DELIVERY(
            "correction-accuse-reception",
            List.of(
                    FormField.text("entry", "step.CORRECTION.entry", true).withHint("step.CORRECTION.entry.hint"),
                    FormField.date("deliveredOn", "step.DELIVERY.deliveredOn"),
                    FormField.longText("reason", "step.CORRECTION.reason", true)),
            (id, version, form) -> new CorrectLetterDelivery(
                    id,
                    version,
                    form.number("entry", "step.CORRECTION.entry"),
                    form.date("deliveredOn", "step.DELIVERY.deliveredOn"),
                    form.text("reason"))),
    CORRECT_RESPONSE(
            "correction-reponse",
            List.of(
                    FormField.text("entry", "step.CORRECTION.entry", true).withHint("step.CORRECTION.entry.hint"),
                    FormField.date("receivedOn", "step.RESPONSE.receivedOn"),
                    FormField.choice("channel", "step.channel", ContactChannel.class, "channel"),
                    FormField.longText("summary", "step.RESPONSE.summary", true),
                    FormField.choice("assessment", "step.RESPONSE.assessment", ResponseAssessment.class, "assessment"),
                    FormField.longText("offer", "step.RESPONSE.offer", false),
                    FormField.longText("reason", "step.CORRECTION.reason", true)),
            (id, version, form) -> new CorrectResponse(
                    id,
                    version,
                    form.number("entry", "step.CORRECTION.entry"),
                    form.date("receivedOn", "step.RESPONSE.receivedOn"),
                    form.choice("channel", "step.channel", ContactChannel.class),
                    form.text("summary"),
                    form.choice("assessment", "step.RESPONSE.assessment", ResponseAssessment.class),
                    form.text("offer"),
                    form.text("reason"))),
    CORRECT_SUPPORT_CONTACT(
            "correction-service-client",
            List.of(
                    FormField.text("entry", "step.CORRECTION.entry", true).withHint("step.CORRECTION.entry.hint"),
                    FormField.choice("channel", "step.channel", ContactChannel.class, "channel"),
                    FormField.date("contactedOn", "step.SUPPORT_CONTACT.contactedOn"),
                    FormField.text("ticketReference", "step.SUPPORT_CONTACT.ticketReference", false),
                    FormField.longText("summary", "step.SUPPORT_CONTACT.summary", true),
                    FormField.longText("outcome", "step.SUPPORT_CONTACT.outcome", true),
                    FormField.longText("reason", "step.CORRECTION.reason", true)),
            (id, version, form) -> new CorrectSupportContact(
                    id,
                    version,
                    form.number("entry", "step.CORRECTION.entry"),
                    form.choice("channel", "step.channel", ContactChannel.class),
                    form.date("contactedOn", "step.SUPPORT_CONTACT.contactedOn"),
                    form.text("ticketReference"),
                    form.text("summary"),
                    form.text("outcome"),
                    form.text("reason"))),
    CORRECT_MEDIATION(
            "correction-mediation",
            List.of(
                    FormField.text("entry", "step.CORRECTION.entry", true)
                            .withHint("step.CORRECT_MEDIATION.entry.hint"),
                    FormField.text("mediator", "step.MEDIATION.mediator", true),
                    FormField.date("requestedOn", "step.MEDIATION.requestedOn"),
                    FormField.text("reference", "step.MEDIATION.reference", false),
                    FormField.longText("reason", "step.CORRECTION.reason", true)),
            (id, version, form) -> new CorrectMediationRequest(
                    id,
                    version,
                    form.number("entry", "step.CORRECTION.entry"),
                    form.text("mediator"),
                    form.date("requestedOn", "step.MEDIATION.requestedOn"),
                    form.text("reference"),
                    form.text("reason"))),
    CORRECT_HELP_CENTRE(
            "correction-centre-aide",
            List.of(
                    FormField.text("entry", "step.CORRECTION.entry", true).withHint("step.CORRECTION.entry.hint"),
                    FormField.date("consultedOn", "step.HELP_CENTRE.consultedOn"),
                    FormField.longText("findings", "step.HELP_CENTRE.findings", true),
                    FormField.longText("reason", "step.CORRECTION.reason", true)),
            (id, version, form) -> new CorrectHelpCentreConsultation(
                    id,
                    version,
                    form.number("entry", "step.CORRECTION.entry"),
                    form.date("consultedOn", "step.HELP_CENTRE.consultedOn"),
                    form.text("findings"),
                    form.text("reason"))),
    CORRECT_MEDIATION_OUTCOME(
            "correction-issue-mediation",
            List.of(
                    FormField.text("entry", "step.CORRECTION.entry", true).withHint("step.CORRECTION.entry.hint"),
                    FormField.choice(
                            "outcome", "step.MEDIATION_OUTCOME.outcome", MediationOutcome.class, "mediation-outcome"),
                    FormField.date("concludedOn", "step.MEDIATION_OUTCOME.concludedOn"),
                    FormField.longText("details", "step.MEDIATION_OUTCOME.details", false)
                            .withHint("step.MEDIATION_OUTCOME.details.hint"),
                    FormField.longText("reason", "step.CORRECTION.reason", true)),
            (id, version, form) -> new CorrectMediationOutcome(
                    id,
                    version,
                    form.number("entry", "step.CORRECTION.entry"),
                    form.choice("outcome", "step.MEDIATION_OUTCOME.outcome", MediationOutcome.class),
                    form.date("concludedOn", "step.MEDIATION_OUTCOME.concludedOn"),
                    form.text("reason"))),
    CORRECT_COURT(
            "correction-justice",
            List.of(
                    FormField.text("entry", "step.CORRECTION.entry", true).withHint("step.CORRECTION.entry.hint"),
                    FormField.text("court", "step.COURT.court", true),
                    FormField.date("filedOn", "step.COURT.filedOn"),
                    FormField.text("reference", "step.COURT.reference", false),
                    FormField.longText("summary", "step.COURT.summary", true),
                    FormField.longText("reason", "step.CORRECTION.reason", true)),
            (id, version, form) -> new CorrectCourtAction(
                    id,
                    version,
                    form.number("entry", "step.CORRECTION.entry"),
                    form.text("court"),
                    form.date("filedOn", "step.COURT.filedOn"),
                    form.text("reference"),
                    form.text("summary"),
                    form.text("reason"))),
    CORRECT_COURT_CLAIM(
            "correction-demande-justice",
            List.of(
                    FormField.text("entry", "step.CORRECTION.entry", true)
                            .withHint("step.CORRECT_COURT_CLAIM.entry.hint"),
                    FormField.choice("claimKind", "step.COURT.claimKind", ClaimKind.class, "claim-kind"),
                    FormField.amount("claimAmount", "step.COURT.claimAmount")
                            .optional()
                            .withHint("step.COURT.claimAmount.hint"),
                    FormField.longText("participatoryProcedure", "step.COURT.participatoryProcedure", false),
                    FormField.choice("exemption", "step.COURT.exemption", AmicableAttemptExemption.class, "exemption")
                            .optional(),
                    FormField.longText("exemptionDetails", "step.COURT.exemptionDetails", false),
                    FormField.longText("filedAnywayReason", "step.COURT.filedAnywayReason", false)
                            .withHint("step.COURT.filedAnywayReason.hint"),
                    FormField.longText("reason", "step.CORRECTION.reason", true)),
            (id, version, form) -> new CorrectCourtClaim(
                    id,
                    version,
                    form.number("entry", "step.CORRECTION.entry"),
                    form.choice("claimKind", "step.COURT.claimKind", ClaimKind.class) == ClaimKind.SUM
                            ? CourtClaim.ofSum(new Money(form.amount("claimAmount", "step.COURT.claimAmount")))
                            : CourtClaim.notASum(),
                    form.text("participatoryProcedure"),
                    form.optionalChoice("exemption", "step.COURT.exemption", AmicableAttemptExemption.class),
                    form.text("exemptionDetails"),
                    form.text("filedAnywayReason"),
                    form.text("reason"))),
    CORRECT_CONCILIATION(
            "correction-conciliation",
            List.of(
                    FormField.text("entry", "step.CORRECTION.entry", true).withHint("step.CORRECTION.entry.hint"),
                    FormField.text("conciliator", "step.CONCILIATION.conciliator", true),
                    FormField.date("requestedOn", "step.CONCILIATION.requestedOn"),
                    FormField.text("reference", "step.CONCILIATION.reference", false),
                    FormField.longText("reason", "step.CORRECTION.reason", true)),
            (id, version, form) -> new CorrectConciliationRequest(
                    id,
                    version,
                    form.number("entry", "step.CORRECTION.entry"),
                    form.text("conciliator"),
                    form.date("requestedOn", "step.CONCILIATION.requestedOn"),
                    form.text("reference"),
                    form.text("reason"))),
    CORRECT_CONCILIATION_OUTCOME(
            "correction-issue-conciliation",
            List.of(
                    FormField.text("entry", "step.CORRECTION.entry", true).withHint("step.CORRECTION.entry.hint"),
                    FormField.choice(
                            "outcome",
                            "step.CONCILIATION_OUTCOME.outcome",
                            ConciliationOutcome.class,
                            "conciliation-outcome"),
                    FormField.date("concludedOn", "step.CONCILIATION_OUTCOME.concludedOn"),
                    FormField.longText("details", "step.CONCILIATION_OUTCOME.details", true),
                    FormField.longText("reason", "step.CORRECTION.reason", true)),
            (id, version, form) -> new CorrectConciliationOutcome(
                    id,
                    version,
                    form.number("entry", "step.CORRECTION.entry"),
                    form.choice("outcome", "step.CONCILIATION_OUTCOME.outcome", ConciliationOutcome.class),
                    form.date("concludedOn", "step.CONCILIATION_OUTCOME.concludedOn"),
                    form.text("details"),
                    form.text("reason"))),
    CORRECT_LETTER_RETURN(
            "correction-courrier-retourne",
            List.of(
                    FormField.text("entry", "step.CORRECTION.entry", true).withHint("step.CORRECTION.entry.hint"),
                    FormField.choice("reason", "step.LETTER_RETURN.reason", LetterReturnReason.class, "return-reason"),
                    FormField.date("firstPresentedOn", "step.LETTER_RETURN.firstPresentedOn"),
                    FormField.date("returnedOn", "step.LETTER_RETURN.returnedOn"),
                    FormField.longText("correctionReason", "step.CORRECTION.reason", true)),
            (id, version, form) -> new CorrectLetterReturn(
                    id,
                    version,
                    form.number("entry", "step.CORRECTION.entry"),
                    form.choice("reason", "step.LETTER_RETURN.reason", LetterReturnReason.class),
                    form.date("firstPresentedOn", "step.LETTER_RETURN.firstPresentedOn"),
                    form.date("returnedOn", "step.LETTER_RETURN.returnedOn"),
                    form.text("correctionReason"))),
    CORRECT_CLOSURE(
            "correction-cloture",
            List.of(
                    FormField.text("entry", "step.CORRECTION.entry", true).withHint("step.CORRECTION.entry.hint"),
                    FormField.choice("resolution", "step.CLOSURE.resolution", Resolution.class, "resolution"),
                    FormField.amount("amountObtained", "step.CLOSURE.amountObtained"),
                    FormField.date("closedOn", "step.CORRECT_CLOSURE.closedOn"),
                    FormField.longText("summary", "step.CLOSURE.summary", true),
                    FormField.longText("reason", "step.CORRECTION.reason", true)),
            (id, version, form) -> new CorrectCaseClosure(
                    id,
                    version,
                    form.number("entry", "step.CORRECTION.entry"),
                    form.choice("resolution", "step.CLOSURE.resolution", Resolution.class),
                    new Money(form.amount("amountObtained", "step.CLOSURE.amountObtained")),
                    form.date("closedOn", "step.CORRECT_CLOSURE.closedOn"),
                    form.text("summary"),
                    form.text("reason")));

    interface CommandBuilder {
        Object build(CaseId caseId, Long expectedVersion, FormValues form);
    }

    private final String slug;
    private final List<FormField> fields;
    private final CommandBuilder builder;

    CaseStepForm(String slug, List<FormField> fields, CommandBuilder builder) {
        this.slug = slug;
        this.fields = fields;
        this.builder = builder;
    }

    static CaseStepForm bySlug(String slug) {
        for (var form : values()) {
            if (form.slug.equals(slug)) {
                return form;
            }
        }
        return null;
    }

    public String slug() {
        return slug;
    }

    /** The message code of the step's name, which is its form's title and its link on the case's page. */
    public String title() {
        return "step." + name();
    }

    public List<FormField> fields() {
        return fields;
    }

    /** The rules that say whether the case allows this step now ({@link CaseStep}, shared with the case). */
    CaseStep step() {
        return CaseStep.valueOf(name());
    }

    /**
     * The form's fields for this case and this member: a letter's addressee is a choice among the company's head
     * offices; the reason to seize the mediator before the company's window has ended is a supervisor's only.
     */
    List<FormField> fields(CaseFile file, StaffRole role) {
        var offices = new LinkedHashMap<String, String>();
        file.company()
                .headOffices()
                .forEach(office -> offices.put(
                        office.entity(),
                        office.entity() + " — " + office.street() + ", " + office.postalCode() + " " + office.city()));
        return fields.stream()
                .filter(field -> !field.name().equals("windowOverrideReason") || role.canOverrideDeadlines())
                .map(field -> field.name().equals("addressee")
                        ? FormField.choice("addressee", field.label(), offices)
                        : field)
                .toList();
    }

    /**
     * What Recours already knows for a new entry: the company's only head office, and its consumer mediator as the
     * company directory names it now ({@code directory}), or else as it stood when the case was filed.
     */
    Map<String, String> known(CaseFile file, Optional<CompanyProfile> directory) {
        var known = new HashMap<String, String>();
        if (file.company().headOffices().size() == 1) {
            known.put("addressee", file.company().headOffices().get(0).entity());
        }
        directory
                .map(CompanyProfile::consumerMediator)
                .or(() -> Optional.ofNullable(file.company().consumerMediator()))
                .ifPresent(mediator -> known.put("mediator", mediator));
        return known;
    }

    Object command(CaseId caseId, Long expectedVersion, FormValues form) {
        return builder.build(caseId, expectedVersion, form);
    }
}
