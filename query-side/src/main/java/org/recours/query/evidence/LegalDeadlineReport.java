package org.recours.query.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.recours.kernel.casefile.FrenchDate;
import org.recours.kernel.casefile.query.CaseFile;

/** Each legal time limit of the case and whether it was met, missed, or still runs on the day of the export. */
final class LegalDeadlineReport {

    record Line(String rule, String verdict) {
    }

    private LegalDeadlineReport() {
    }

    static List<Line> of(CaseFile file, LocalDate today) {
        var lines = new ArrayList<Line>();
        var dates = file.legalDates();
        if (dates.responseDueOn() == null) {
            return lines;
        }
        lines.add(new Line("Réponse de l'entreprise attendue au plus tard le " + FrenchDate.of(dates.responseDueOn())
                + " (délai de " + file.company().responseWindowMonths() + " mois après la réclamation écrite)",
                responseVerdict(file, today)));
        var firstMediation = file.mediations().stream().findFirst();
        lines.add(new Line("Saisine du médiateur possible jusqu'au " + FrenchDate.of(dates.mediationAdmissibleUntil())
                + " (Code de la consommation, art. L612-2)", firstMediation
                .map(m -> m.requestedOn().isAfter(dates.mediationAdmissibleUntil()) ? "dépassé"
                        : "respecté : médiation demandée le " + FrenchDate.of(m.requestedOn()))
                .orElse(today.isAfter(dates.mediationAdmissibleUntil()) ? "dépassé : médiation irrecevable, reste la "
                        + "voie judiciaire" : "en cours, aucune médiation demandée")));
        for (var mediation : file.mediations()) {
            lines.add(new Line("Conclusion du médiateur (" + mediation.mediator() + ") attendue au plus tard le "
                    + FrenchDate.of(mediation.conclusionDueOn()) + " (art. R612-5)", mediation.concludedOn() != null
                    ? (mediation.concludedOn().isAfter(mediation.conclusionDueOn()) ? "dépassé : conclusion le "
                    : "respecté : conclusion le ") + FrenchDate.of(mediation.concludedOn())
                    : today.isAfter(mediation.conclusionDueOn()) ? "dépassé : aucune conclusion enregistrée"
                    : "en cours"));
        }
        return lines;
    }

    private static String responseVerdict(CaseFile file, LocalDate today) {
        var dueOn = file.legalDates().responseDueOn();
        var first = file.responses().stream().map(CaseFile.Response::receivedOn).min(LocalDate::compareTo);
        if (first.isPresent()) {
            return first.get().isAfter(dueOn) ? "dépassé : réponse tardive reçue le " + FrenchDate.of(first.get())
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
