package org.recours.portal.casefile;

import java.util.List;
import org.recours.kernel.casefile.AddNote;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.CloseCase;
import org.recours.kernel.casefile.ContactChannel;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.CorrectComplaintDetails;
import org.recours.kernel.casefile.CorrectLetterDelivery;
import org.recours.kernel.casefile.CorrectLetterSending;
import org.recours.kernel.casefile.CorrectResponse;
import org.recours.kernel.casefile.CorrectCaseClosure;
import org.recours.kernel.casefile.CorrectCourtAction;
import org.recours.kernel.casefile.CorrectHelpCentreConsultation;
import org.recours.kernel.casefile.CorrectMediationOutcome;
import org.recours.kernel.casefile.CorrectMediationRequest;
import org.recours.kernel.casefile.CorrectSupportContact;
import org.recours.kernel.casefile.RecordResponseDeadlineExpiry;
import org.recours.kernel.casefile.MediationOutcome;
import org.recours.kernel.casefile.MediationParty;
import org.recours.kernel.casefile.RecordMediationProposal;
import org.recours.kernel.casefile.RecordProposalAnswer;
import org.recours.kernel.casefile.RecordMediatorNaming;
import org.recours.kernel.casefile.Money;
import org.recours.kernel.casefile.RecordCourtAction;
import org.recours.kernel.casefile.RecordHelpCentreConsultation;
import org.recours.kernel.casefile.RecordLetterDelivery;
import org.recours.kernel.casefile.RecordLetterSent;
import org.recours.kernel.casefile.RecordMediationExtension;
import org.recours.kernel.casefile.RecordMediationFileReceipt;
import org.recours.kernel.casefile.RecordMediationOutcome;
import org.recours.kernel.casefile.RecordMediationSeizureNotice;
import org.recours.kernel.casefile.RecordResponse;
import org.recours.kernel.casefile.RecordSupportContact;
import org.recours.kernel.casefile.ReopenCase;
import org.recours.kernel.casefile.RequestMediation;
import org.recours.kernel.casefile.Resolution;
import org.recours.kernel.casefile.ResponseAssessment;
import org.recours.kernel.casefile.SendingMethod;
import org.recours.kernel.casefile.TrackingNumber;
import org.recours.portal.web.FormField;
import org.recours.portal.web.FormValues;

/**
 * Each step staff record on a case's page: its form's fields (labels as message codes {@code step.NAME.field}), and
 * the command the filled form becomes.
 */
enum CaseStepForm {

    HELP_CENTRE("centre-aide", List.of(
            FormField.date("consultedOn", "step.HELP_CENTRE.consultedOn"),
            FormField.longText("findings", "step.HELP_CENTRE.findings", true)),
            (id, version, form) -> new RecordHelpCentreConsultation(id, version,
                    form.date("consultedOn", "step.HELP_CENTRE.consultedOn"), form.text("findings"))),
    SUPPORT_CONTACT("service-client", List.of(
            FormField.choice("channel", "step.channel", ContactChannel.class, "channel"),
            FormField.date("contactedOn", "step.SUPPORT_CONTACT.contactedOn"),
            FormField.text("ticketReference", "step.SUPPORT_CONTACT.ticketReference", false),
            FormField.longText("summary", "step.SUPPORT_CONTACT.summary", true),
            FormField.longText("outcome", "step.SUPPORT_CONTACT.outcome", true)),
            (id, version, form) -> new RecordSupportContact(id, version,
                    form.choice("channel", "step.channel", ContactChannel.class),
                    form.date("contactedOn", "step.SUPPORT_CONTACT.contactedOn"),
                    form.text("ticketReference"), form.text("summary"), form.text("outcome"))),
    LETTER("courrier", List.of(
            FormField.text("addressee", "step.LETTER.addressee", true).withHint("step.LETTER.addressee.hint"),
            FormField.date("sentOn", "step.LETTER.sentOn"),
            FormField.choice("method", "step.LETTER.method", SendingMethod.class, "method"),
            FormField.text("trackingNumber", "step.LETTER.trackingNumber", false)
                    .withHint("step.LETTER.trackingNumber.hint")),
            (id, version, form) -> new RecordLetterSent(id, version, form.text("addressee"),
                    form.date("sentOn", "step.LETTER.sentOn"),
                    form.choice("method", "step.LETTER.method", SendingMethod.class),
                    form.text("trackingNumber") == null ? null : new TrackingNumber(form.text("trackingNumber")))),
    DELIVERY("accuse-reception", List.of(
            FormField.date("deliveredOn", "step.DELIVERY.deliveredOn")),
            (id, version, form) -> new RecordLetterDelivery(id, version, null,
                    form.date("deliveredOn", "step.DELIVERY.deliveredOn"))),
    RESPONSE("reponse", List.of(
            FormField.date("receivedOn", "step.RESPONSE.receivedOn"),
            FormField.choice("channel", "step.channel", ContactChannel.class, "channel"),
            FormField.longText("summary", "step.RESPONSE.summary", true),
            FormField.choice("assessment", "step.RESPONSE.assessment", ResponseAssessment.class, "assessment"),
            FormField.longText("offer", "step.RESPONSE.offer", false)),
            (id, version, form) -> new RecordResponse(id, version, form.date("receivedOn", "step.RESPONSE.receivedOn"),
                    form.choice("channel", "step.channel", ContactChannel.class),
                    form.text("summary"),
                    form.choice("assessment", "step.RESPONSE.assessment", ResponseAssessment.class),
                    form.text("offer"))),
    SILENCE("silence-constate", List.of(),
            (id, version, form) -> new RecordResponseDeadlineExpiry(id, version)),
    MEDIATOR_NAMING("designation-mediateur", List.of(
            FormField.text("responseNumber", "step.MEDIATOR_NAMING.responseNumber", true)
                    .withHint("step.MEDIATOR_NAMING.responseNumber.hint"),
            FormField.choice("named", "step.MEDIATOR_NAMING.named", MediatorNamed.class, "mediator-named"),
            FormField.text("mediator", "step.MEDIATOR_NAMING.mediator", false)),
            (id, version, form) -> new RecordMediatorNaming(id, version,
                    form.number("responseNumber", "step.MEDIATOR_NAMING.responseNumber"),
                    form.choice("named", "step.MEDIATOR_NAMING.named", MediatorNamed.class) == MediatorNamed.NAMED,
                    form.text("mediator"))),
    MEDIATION("mediation", List.of(
            FormField.text("mediator", "step.MEDIATION.mediator", true),
            FormField.date("requestedOn", "step.MEDIATION.requestedOn"),
            FormField.text("reference", "step.MEDIATION.reference", false),
            FormField.longText("windowOverrideReason", "step.MEDIATION.windowOverrideReason", false),
            FormField.longText("examinationOverrideReason", "step.MEDIATION.examinationOverrideReason", false)
                    .withHint("step.MEDIATION.examinationOverrideReason.hint")),
            (id, version, form) -> new RequestMediation(id, version, form.text("mediator"),
                    form.date("requestedOn", "step.MEDIATION.requestedOn"), form.text("reference"),
                    form.text("windowOverrideReason"), form.text("examinationOverrideReason"))),
    MEDIATION_FILE_RECEIPT("mediation-dossier-recu", List.of(
            FormField.date("receivedOn", "step.MEDIATION_FILE_RECEIPT.receivedOn")),
            (id, version, form) -> new RecordMediationFileReceipt(id, version,
                    form.date("receivedOn", "step.MEDIATION_FILE_RECEIPT.receivedOn"))),
    MEDIATION_SEIZURE_NOTICE("mediation-saisine-notifiee", List.of(
            FormField.date("notifiedOn", "step.MEDIATION_SEIZURE_NOTICE.notifiedOn"),
            FormField.text("reference", "step.MEDIATION_SEIZURE_NOTICE.reference", false)),
            (id, version, form) -> new RecordMediationSeizureNotice(id, version,
                    form.date("notifiedOn", "step.MEDIATION_SEIZURE_NOTICE.notifiedOn"), form.text("reference"))),
    MEDIATION_EXTENSION("mediation-prolongation", List.of(
            FormField.date("notifiedOn", "step.MEDIATION_EXTENSION.notifiedOn"),
            FormField.date("extendedUntil", "step.MEDIATION_EXTENSION.extendedUntil")),
            (id, version, form) -> new RecordMediationExtension(id, version,
                    form.date("notifiedOn", "step.MEDIATION_EXTENSION.notifiedOn"),
                    form.date("extendedUntil", "step.MEDIATION_EXTENSION.extendedUntil"))),
    MEDIATION_PROPOSAL("mediation-proposition", List.of(
            FormField.date("proposedOn", "step.MEDIATION_PROPOSAL.proposedOn"),
            FormField.date("acceptBy", "step.MEDIATION_PROPOSAL.acceptBy"),
            FormField.longText("content", "step.MEDIATION_PROPOSAL.content", false)
                    .withHint("step.MEDIATION_PROPOSAL.content.hint")),
            (id, version, form) -> new RecordMediationProposal(id, version,
                    form.date("proposedOn", "step.MEDIATION_PROPOSAL.proposedOn"),
                    form.date("acceptBy", "step.MEDIATION_PROPOSAL.acceptBy"))),
    PROPOSAL_ANSWER("mediation-reponse-proposition", List.of(
            FormField.choice("party", "step.PROPOSAL_ANSWER.party", MediationParty.class, "mediation-party"),
            FormField.choice("answer", "step.PROPOSAL_ANSWER.answer", ProposalAnswer.class, "proposal-answer"),
            FormField.date("answeredOn", "step.PROPOSAL_ANSWER.answeredOn")),
            (id, version, form) -> new RecordProposalAnswer(id, version,
                    form.choice("party", "step.PROPOSAL_ANSWER.party", MediationParty.class),
                    form.choice("answer", "step.PROPOSAL_ANSWER.answer", ProposalAnswer.class)
                            == ProposalAnswer.ACCEPTED,
                    form.date("answeredOn", "step.PROPOSAL_ANSWER.answeredOn"))),
    MEDIATION_OUTCOME("issue-mediation", List.of(
            FormField.choice("outcome", "step.MEDIATION_OUTCOME.outcome", MediationOutcome.class,
                    "mediation-outcome"),
            FormField.date("concludedOn", "step.MEDIATION_OUTCOME.concludedOn"),
            FormField.longText("details", "step.MEDIATION_OUTCOME.details", true)
                    .withHint("step.MEDIATION_OUTCOME.details.hint")),
            (id, version, form) -> new RecordMediationOutcome(id, version,
                    form.choice("outcome", "step.MEDIATION_OUTCOME.outcome", MediationOutcome.class),
                    form.date("concludedOn", "step.MEDIATION_OUTCOME.concludedOn"), form.text("details"))),
    COURT("justice", List.of(
            FormField.text("court", "step.COURT.court", true),
            FormField.date("filedOn", "step.COURT.filedOn"),
            FormField.text("reference", "step.COURT.reference", false),
            FormField.longText("summary", "step.COURT.summary", true)),
            (id, version, form) -> new RecordCourtAction(id, version, form.text("court"),
                    form.date("filedOn", "step.COURT.filedOn"), form.text("reference"), form.text("summary"))),
    NOTE("note", List.of(
            FormField.longText("text", "step.NOTE", true)),
            (id, version, form) -> new AddNote(id, version, form.text("text"))),
    CLOSURE("cloture", List.of(
            FormField.choice("resolution", "step.CLOSURE.resolution", Resolution.class, "resolution"),
            FormField.amount("amountObtained", "step.CLOSURE.amountObtained"),
            FormField.longText("summary", "step.CLOSURE.summary", true)),
            (id, version, form) -> new CloseCase(id, version,
                    form.choice("resolution", "step.CLOSURE.resolution", Resolution.class),
                    new Money(form.amount("amountObtained", "step.CLOSURE.amountObtained")), form.text("summary"))),
    REOPENING("reouverture", List.of(
            FormField.longText("reason", "step.REOPENING.reason", true)),
            (id, version, form) -> new ReopenCase(id, version, form.text("reason"))),
    CORRECT_COMPLAINT("correction-reclamation", List.of(
            FormField.text("entry", "step.CORRECTION.entry", true).withHint("step.CORRECT_COMPLAINT.entry.hint"),
            FormField.choice("category", "filing.category", Category.class, "category"),
            FormField.longText("facts", "filing.facts", true),
            FormField.amount("amountAtStake", "filing.amountAtStake"),
            FormField.longText("desiredOutcome", "filing.desiredOutcome", true),
            FormField.longText("reason", "step.CORRECTION.reason", true)),
            (id, version, form) -> new CorrectComplaintDetails(id, version,
                    form.number("entry", "step.CORRECTION.entry"),
                    form.choice("category", "filing.category", Category.class), form.text("facts"),
                    new Money(form.amount("amountAtStake", "filing.amountAtStake")), form.text("desiredOutcome"),
                    form.text("reason"))),
    CORRECT_LETTER("correction-courrier", List.of(
            FormField.text("entry", "step.CORRECTION.entry", true).withHint("step.CORRECTION.entry.hint"),
            FormField.text("addressee", "step.LETTER.addressee", true).withHint("step.LETTER.addressee.hint"),
            FormField.date("sentOn", "step.LETTER.sentOn"),
            FormField.choice("method", "step.LETTER.method", SendingMethod.class, "method"),
            FormField.text("trackingNumber", "step.LETTER.trackingNumber", false)
                    .withHint("step.LETTER.trackingNumber.hint"),
            FormField.longText("reason", "step.CORRECTION.reason", true)),
            (id, version, form) -> new CorrectLetterSending(id, version,
                    form.number("entry", "step.CORRECTION.entry"), form.text("addressee"),
                    form.date("sentOn", "step.LETTER.sentOn"),
                    form.choice("method", "step.LETTER.method", SendingMethod.class),
                    form.text("trackingNumber") == null ? null : new TrackingNumber(form.text("trackingNumber")),
                    form.text("reason"))),
    CORRECT_DELIVERY("correction-accuse-reception", List.of(
            FormField.text("entry", "step.CORRECTION.entry", true).withHint("step.CORRECTION.entry.hint"),
            FormField.date("deliveredOn", "step.DELIVERY.deliveredOn"),
            FormField.longText("reason", "step.CORRECTION.reason", true)),
            (id, version, form) -> new CorrectLetterDelivery(id, version,
                    form.number("entry", "step.CORRECTION.entry"),
                    form.date("deliveredOn", "step.DELIVERY.deliveredOn"), form.text("reason"))),
    CORRECT_RESPONSE("correction-reponse", List.of(
            FormField.text("entry", "step.CORRECTION.entry", true).withHint("step.CORRECTION.entry.hint"),
            FormField.date("receivedOn", "step.RESPONSE.receivedOn"),
            FormField.choice("channel", "step.channel", ContactChannel.class, "channel"),
            FormField.longText("summary", "step.RESPONSE.summary", true),
            FormField.choice("assessment", "step.RESPONSE.assessment", ResponseAssessment.class, "assessment"),
            FormField.longText("offer", "step.RESPONSE.offer", false),
            FormField.longText("reason", "step.CORRECTION.reason", true)),
            (id, version, form) -> new CorrectResponse(id, version, form.number("entry", "step.CORRECTION.entry"),
                    form.date("receivedOn", "step.RESPONSE.receivedOn"),
                    form.choice("channel", "step.channel", ContactChannel.class), form.text("summary"),
                    form.choice("assessment", "step.RESPONSE.assessment", ResponseAssessment.class),
                    form.text("offer"), form.text("reason"))),
    CORRECT_SUPPORT_CONTACT("correction-service-client", List.of(
            FormField.text("entry", "step.CORRECTION.entry", true).withHint("step.CORRECTION.entry.hint"),
            FormField.choice("channel", "step.channel", ContactChannel.class, "channel"),
            FormField.date("contactedOn", "step.SUPPORT_CONTACT.contactedOn"),
            FormField.text("ticketReference", "step.SUPPORT_CONTACT.ticketReference", false),
            FormField.longText("summary", "step.SUPPORT_CONTACT.summary", true),
            FormField.longText("outcome", "step.SUPPORT_CONTACT.outcome", true),
            FormField.longText("reason", "step.CORRECTION.reason", true)),
            (id, version, form) -> new CorrectSupportContact(id, version,
                    form.number("entry", "step.CORRECTION.entry"),
                    form.choice("channel", "step.channel", ContactChannel.class),
                    form.date("contactedOn", "step.SUPPORT_CONTACT.contactedOn"), form.text("ticketReference"),
                    form.text("summary"), form.text("outcome"), form.text("reason"))),
    CORRECT_MEDIATION("correction-mediation", List.of(
            FormField.text("entry", "step.CORRECTION.entry", true).withHint("step.CORRECT_MEDIATION.entry.hint"),
            FormField.text("mediator", "step.MEDIATION.mediator", true),
            FormField.date("requestedOn", "step.MEDIATION.requestedOn"),
            FormField.text("reference", "step.MEDIATION.reference", false),
            FormField.longText("reason", "step.CORRECTION.reason", true)),
            (id, version, form) -> new CorrectMediationRequest(id, version,
                    form.number("entry", "step.CORRECTION.entry"), form.text("mediator"),
                    form.date("requestedOn", "step.MEDIATION.requestedOn"), form.text("reference"),
                    form.text("reason"))),
    CORRECT_HELP_CENTRE("correction-centre-aide", List.of(
            FormField.text("entry", "step.CORRECTION.entry", true).withHint("step.CORRECTION.entry.hint"),
            FormField.date("consultedOn", "step.HELP_CENTRE.consultedOn"),
            FormField.longText("findings", "step.HELP_CENTRE.findings", true),
            FormField.longText("reason", "step.CORRECTION.reason", true)),
            (id, version, form) -> new CorrectHelpCentreConsultation(id, version,
                    form.number("entry", "step.CORRECTION.entry"),
                    form.date("consultedOn", "step.HELP_CENTRE.consultedOn"), form.text("findings"),
                    form.text("reason"))),
    CORRECT_MEDIATION_OUTCOME("correction-issue-mediation", List.of(
            FormField.text("entry", "step.CORRECTION.entry", true).withHint("step.CORRECTION.entry.hint"),
            FormField.choice("outcome", "step.MEDIATION_OUTCOME.outcome", MediationOutcome.class,
                    "mediation-outcome"),
            FormField.date("concludedOn", "step.MEDIATION_OUTCOME.concludedOn"),
            FormField.longText("details", "step.MEDIATION_OUTCOME.details", true),
            FormField.longText("reason", "step.CORRECTION.reason", true)),
            (id, version, form) -> new CorrectMediationOutcome(id, version,
                    form.number("entry", "step.CORRECTION.entry"),
                    form.choice("outcome", "step.MEDIATION_OUTCOME.outcome", MediationOutcome.class),
                    form.date("concludedOn", "step.MEDIATION_OUTCOME.concludedOn"), form.text("details"),
                    form.text("reason"))),
    CORRECT_COURT("correction-justice", List.of(
            FormField.text("entry", "step.CORRECTION.entry", true).withHint("step.CORRECTION.entry.hint"),
            FormField.text("court", "step.COURT.court", true),
            FormField.date("filedOn", "step.COURT.filedOn"),
            FormField.text("reference", "step.COURT.reference", false),
            FormField.longText("summary", "step.COURT.summary", true),
            FormField.longText("reason", "step.CORRECTION.reason", true)),
            (id, version, form) -> new CorrectCourtAction(id, version,
                    form.number("entry", "step.CORRECTION.entry"), form.text("court"),
                    form.date("filedOn", "step.COURT.filedOn"), form.text("reference"), form.text("summary"),
                    form.text("reason"))),
    CORRECT_CLOSURE("correction-cloture", List.of(
            FormField.text("entry", "step.CORRECTION.entry", true).withHint("step.CORRECTION.entry.hint"),
            FormField.choice("resolution", "step.CLOSURE.resolution", Resolution.class, "resolution"),
            FormField.amount("amountObtained", "step.CLOSURE.amountObtained"),
            FormField.date("closedOn", "step.CORRECT_CLOSURE.closedOn"),
            FormField.longText("summary", "step.CLOSURE.summary", true),
            FormField.longText("reason", "step.CORRECTION.reason", true)),
            (id, version, form) -> new CorrectCaseClosure(id, version,
                    form.number("entry", "step.CORRECTION.entry"),
                    form.choice("resolution", "step.CLOSURE.resolution", Resolution.class),
                    new Money(form.amount("amountObtained", "step.CLOSURE.amountObtained")),
                    form.date("closedOn", "step.CORRECT_CLOSURE.closedOn"), form.text("summary"),
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

    Object command(CaseId caseId, Long expectedVersion, FormValues form) {
        return builder.build(caseId, expectedVersion, form);
    }
}
