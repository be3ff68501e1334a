package org.recours.portal.casefile;

import java.util.List;
import org.recours.kernel.casefile.AddNote;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.CloseCase;
import org.recours.kernel.casefile.ContactChannel;
import org.recours.kernel.casefile.MediationOutcome;
import org.recours.kernel.casefile.Money;
import org.recours.kernel.casefile.RecordCourtAction;
import org.recours.kernel.casefile.RecordHelpCentreConsultation;
import org.recours.kernel.casefile.RecordLetterDelivery;
import org.recours.kernel.casefile.RecordLetterSent;
import org.recours.kernel.casefile.RecordMediationOutcome;
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

/** Each step staff record on a case's page: its form's fields, and the command the filled form becomes. */
enum CaseStepForm {

    HELP_CENTRE("centre-aide", "Consultation du centre d'aide en ligne", List.of(
            FormField.date("consultedOn", "Consulté le"),
            FormField.longText("findings", "Ce que le consommateur y a trouvé", true)),
            (id, version, form) -> new RecordHelpCentreConsultation(id, version,
                    form.date("consultedOn", "Consulté le"), form.text("findings"))),
    SUPPORT_CONTACT("service-client", "Contact avec le service client", List.of(
            FormField.choice("channel", "Canal", ContactChannel.class, ContactChannel::labelFr),
            FormField.date("contactedOn", "Date du contact"),
            FormField.text("ticketReference", "Numéro de ticket", false),
            FormField.longText("summary", "Ce qui a été dit", true),
            FormField.longText("outcome", "Résultat", true)),
            (id, version, form) -> new RecordSupportContact(id, version,
                    form.choice("channel", "Canal", ContactChannel.class), form.date("contactedOn", "Date du contact"),
                    form.text("ticketReference"), form.text("summary"), form.text("outcome"))),
    LETTER("courrier", "Envoi de la réclamation écrite au siège", List.of(
            FormField.text("addressee", "Destinataire (entité du siège)", true)
                    .withHint("par exemple Amazon Digital France SAS"),
            FormField.date("sentOn", "Envoyé le"),
            FormField.choice("method", "Mode d'envoi", SendingMethod.class, SendingMethod::labelFr),
            FormField.text("trackingNumber", "Numéro de suivi du recommandé", false)
                    .withHint("tel qu'imprimé sur le récépissé, par exemple 1A 123 456 7890 1")),
            (id, version, form) -> new RecordLetterSent(id, version, form.text("addressee"),
                    form.date("sentOn", "Envoyé le"), form.choice("method", "Mode d'envoi", SendingMethod.class),
                    form.text("trackingNumber") == null ? null : new TrackingNumber(form.text("trackingNumber")))),
    DELIVERY("accuse-reception", "Accusé de réception du courrier", List.of(
            FormField.date("deliveredOn", "Reçu par l'entreprise le")),
            (id, version, form) -> new RecordLetterDelivery(id, version, null,
                    form.date("deliveredOn", "Reçu par l'entreprise le"))),
    RESPONSE("reponse", "Réponse de l'entreprise", List.of(
            FormField.date("receivedOn", "Reçue le"),
            FormField.choice("channel", "Canal", ContactChannel.class, ContactChannel::labelFr),
            FormField.longText("summary", "Ce que répond l'entreprise", true),
            FormField.choice("assessment", "Appréciation", ResponseAssessment.class, ResponseAssessment::labelFr),
            FormField.longText("offer", "Proposition éventuelle", false)),
            (id, version, form) -> new RecordResponse(id, version, form.date("receivedOn", "Reçue le"),
                    form.choice("channel", "Canal", ContactChannel.class), form.text("summary"),
                    form.choice("assessment", "Appréciation", ResponseAssessment.class), form.text("offer"))),
    MEDIATION("mediation", "Saisine du médiateur de la consommation", List.of(
            FormField.text("mediator", "Médiateur", true),
            FormField.date("requestedOn", "Saisi le"),
            FormField.text("reference", "Référence du dossier chez le médiateur", false),
            FormField.longText("windowOverrideReason", "Motif de saisine anticipée (superviseurs)", false)),
            (id, version, form) -> new RequestMediation(id, version, form.text("mediator"),
                    form.date("requestedOn", "Saisi le"), form.text("reference"), form.text("windowOverrideReason"))),
    MEDIATION_OUTCOME("issue-mediation", "Issue de la médiation", List.of(
            FormField.choice("outcome", "Issue", MediationOutcome.class, MediationOutcome::labelFr),
            FormField.date("concludedOn", "Terminée le"),
            FormField.longText("details", "Détails", true)),
            (id, version, form) -> new RecordMediationOutcome(id, version,
                    form.choice("outcome", "Issue", MediationOutcome.class), form.date("concludedOn", "Terminée le"),
                    form.text("details"))),
    COURT("justice", "Action en justice", List.of(
            FormField.text("court", "Juridiction", true),
            FormField.date("filedOn", "Introduite le"),
            FormField.text("reference", "Numéro de rôle (RG)", false),
            FormField.longText("summary", "Objet", true)),
            (id, version, form) -> new RecordCourtAction(id, version, form.text("court"),
                    form.date("filedOn", "Introduite le"), form.text("reference"), form.text("summary"))),
    NOTE("note", "Note", List.of(
            FormField.longText("text", "Note", true)),
            (id, version, form) -> new AddNote(id, version, form.text("text"))),
    CLOSURE("cloture", "Clôture du dossier", List.of(
            FormField.choice("resolution", "Issue pour le consommateur", Resolution.class, Resolution::labelFr),
            FormField.amount("amountObtained", "Montant obtenu"),
            FormField.longText("summary", "Résumé", true)),
            (id, version, form) -> new CloseCase(id, version,
                    form.choice("resolution", "Issue pour le consommateur", Resolution.class),
                    new Money(form.amount("amountObtained", "Montant obtenu")), form.text("summary"))),
    REOPENING("reouverture", "Réouverture du dossier", List.of(
            FormField.longText("reason", "Motif", true)),
            (id, version, form) -> new ReopenCase(id, version, form.text("reason")));

    interface CommandBuilder {
        Object build(CaseId caseId, Long expectedVersion, FormValues form);
    }

    private final String slug;
    private final String title;
    private final List<FormField> fields;
    private final CommandBuilder builder;

    CaseStepForm(String slug, String title, List<FormField> fields, CommandBuilder builder) {
        this.slug = slug;
        this.title = title;
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

    public String title() {
        return title;
    }

    public List<FormField> fields() {
        return fields;
    }

    Object command(CaseId caseId, Long expectedVersion, FormValues form) {
        return builder.build(caseId, expectedVersion, form);
    }
}
