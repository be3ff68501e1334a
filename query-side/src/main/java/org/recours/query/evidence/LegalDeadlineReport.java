package org.recours.query.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.recours.kernel.casefile.FrenchDate;
import org.recours.kernel.casefile.query.CaseFile;

/** Each legal time limit of the case and whether it was met, missed, or still runs on the day of the export. */
final class LegalDeadlineReport {

    record Line(String rule, String verdict) {}

    private LegalDeadlineReport() {}

    static List<Line> of(CaseFile file, LocalDate today) {
        var lines = new ArrayList<Line>();
        if (file.legalDates().responseDueOn() != null) {
            correspondence(file, today, lines);
        }
        CourtStageReport.lines(file, today, lines);
        return lines;
    }

    private static void correspondence(CaseFile file, LocalDate today, List<Line> lines) {
        var dates = file.legalDates();
        lines.add(new Line(
                "Réponse de l'entreprise attendue au plus tard le " + FrenchDate.of(dates.responseDueOn())
                        + " (délai de " + file.company().responseWindowMonths() + " mois après la réclamation écrite)",
                responseVerdict(file, today)));
        var firstMediation = file.mediations().stream().findFirst();
        lines.add(new Line(
                "Saisine du médiateur possible jusqu'au " + FrenchDate.of(dates.mediationAdmissibleUntil())
                        + " (Code de la consommation, art. L612-2)",
                firstMediation
                        .map(m -> m.requestedOn().isAfter(dates.mediationAdmissibleUntil())
                                ? "dépassé"
                                : "respecté : médiation demandée le " + FrenchDate.of(m.requestedOn()))
                        .orElse(
                                today.isAfter(dates.mediationAdmissibleUntil())
                                        ? "dépassé : médiation irrecevable, reste la " + "voie judiciaire"
                                        : "en cours, aucune médiation demandée")));
        var earliest = dates.earliestWrittenComplaint();
        if (earliest != null && earliest.channel() != null) {
            lines.add(new Line(
                    "Délai d'un an compté de la réclamation écrite la plus ancienne : contact écrit avec le "
                            + "service client (" + earliest.channel().labelFr() + ") du " + FrenchDate.of(earliest.on())
                            + " (Code de la consommation, art. L612-2 4°)",
                    "date prudente retenue"));
        }
        for (int n = 1; n <= file.responses().size(); n++) {
            if (file.responses().get(n - 1).mediatorNotNamed()) {
                lines.add(new Line(
                        "Réponse n° " + n + " de l'entreprise : rejet de la réclamation sans désignation "
                                + "du médiateur de la consommation (Code de la consommation, art. L616-1)",
                        "manquement de l'entreprise"));
            }
        }
        for (var mediation : file.mediations()) {
            if (mediation.proposal() != null) {
                var proposal = mediation.proposal();
                lines.add(new Line(
                        "Proposition du médiateur du " + FrenchDate.of(proposal.proposedOn())
                                + " à accepter ou refuser au plus tard le " + FrenchDate.of(proposal.acceptBy())
                                + " (Code de la consommation, art. R612-4)",
                        proposalVerdict(proposal, today)));
            }
            if (mediation.fileReceivedOn() != null) {
                lines.add(new Line(
                        "Rejet éventuel de la demande par le médiateur au plus tard le "
                                + FrenchDate.of(mediation.rejectionDueOn()) + " (trois semaines après la réception du "
                                + "dossier le " + FrenchDate.of(mediation.fileReceivedOn())
                                + ", Code de la consommation, art. L612-2)",
                        rejectionVerdict(mediation, today)));
            }
            lines.add(new Line(
                    conclusionLabel(mediation),
                    mediation.concludedOn() != null
                            ? (mediation.concludedOn().isAfter(mediation.conclusionDueOn())
                                            ? "dépassé : conclusion le "
                                            : "respecté : conclusion le ")
                                    + FrenchDate.of(mediation.concludedOn())
                            : today.isAfter(mediation.conclusionDueOn())
                                    ? "dépassé : aucune conclusion enregistrée"
                                    : "en cours"));
        }
    }

    /** The mediator's last day as it stands: provisional before the notice, from the notice, or extended. */
    static String conclusionLabel(CaseFile.Mediation mediation) {
        var label = "Conclusion du médiateur (" + mediation.mediator() + ") attendue au plus tard le "
                + FrenchDate.of(mediation.conclusionDueOn());
        if (mediation.conclusionDueProvisional()) {
            return label + " — date provisoire : 90 jours après la demande du " + FrenchDate.of(mediation.requestedOn())
                    + ", en attendant la notification de la saisine (Code de la consommation, art. R612-2 et R612-5)";
        }
        var notified = " (90 jours après la notification de la saisine du "
                + FrenchDate.of(mediation.seizureNotifiedOn()) + ", Code de la consommation, art. R612-2 et R612-5";
        return label
                + (mediation.extendedOn() == null
                        ? notified + ")"
                        : " — prolongé le " + FrenchDate.of(mediation.extendedOn()) + " jusqu'au "
                                + FrenchDate.of(mediation.conclusionDueOn()) + notified + ", al. 2)");
    }

    /** What the parties answered; the content of the proposal is confidential (L612-3) and not here. */
    private static String proposalVerdict(CaseFile.Proposal proposal, LocalDate today) {
        if (Boolean.FALSE.equals(proposal.consumerAccepted()) || Boolean.FALSE.equals(proposal.companyAccepted())) {
            return "refusée"
                    + (Boolean.FALSE.equals(proposal.consumerAccepted())
                            ? " par le consommateur le " + FrenchDate.of(proposal.consumerAnsweredOn())
                            : "")
                    + (Boolean.FALSE.equals(proposal.companyAccepted())
                            ? " par le professionnel le " + FrenchDate.of(proposal.companyAnsweredOn())
                            : "");
        }
        if (Boolean.TRUE.equals(proposal.consumerAccepted()) && Boolean.TRUE.equals(proposal.companyAccepted())) {
            return "acceptée par les deux parties";
        }
        return today.isAfter(proposal.acceptBy()) ? "échu : réponse manquante" : "en attente de réponse";
    }

    private static String rejectionVerdict(CaseFile.Mediation mediation, LocalDate today) {
        if (mediation.seizureNotifiedOn() != null) {
            return "sans objet : saisine notifiée le " + FrenchDate.of(mediation.seizureNotifiedOn());
        }
        if ("INADMISSIBLE".equals(mediation.outcome())) {
            return (mediation.lateRejection() ? "dépassé : rejet tardif notifié le " : "respecté : rejet notifié le ")
                    + FrenchDate.of(mediation.concludedOn());
        }
        return today.isAfter(mediation.rejectionDueOn())
                ? "échu : ni notification de la saisine ni rejet enregistrés"
                : "en cours";
    }

    private static String responseVerdict(CaseFile file, LocalDate today) {
        var dueOn = file.legalDates().responseDueOn();
        var first = file.responses().stream().map(CaseFile.Response::receivedOn).min(LocalDate::compareTo);
        if (first.isPresent()) {
            return first.get().isAfter(dueOn)
                    ? "dépassé : réponse tardive reçue le " + FrenchDate.of(first.get())
                    : "respecté : réponse reçue le " + FrenchDate.of(first.get());
        }
        if (file.legalDates().responseDeadlineExpired()) {
            return "dépassé : aucune réponse de l'entreprise";
        }
        if (today.isAfter(dueOn)) {
            return "échu : aucune réponse enregistrée, silence de l'entreprise pas encore constaté";
        }
        return "en cours";
    }
}
