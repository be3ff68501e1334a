package org.recours.query.evidence;

import java.time.LocalDate;
import java.util.List;
import org.recours.kernel.casefile.AmicableAttemptExemption;
import org.recours.kernel.casefile.FrenchDate;
import org.recours.kernel.casefile.LetterReturnReason;
import org.recours.kernel.casefile.query.CaseFile;

/**
 * The exports' lines for the court stage (ADR 19): letters the post returned, the limitation of the action
 * (Code civil, art. 2224, 2238) and each court action's standing under Code de procédure civile, art. 750-1.
 */
final class CourtStageReport {

    private CourtStageReport() {}

    static void lines(CaseFile file, LocalDate today, List<LegalDeadlineReport.Line> lines) {
        for (var letter : file.letters()) {
            if (letter.returnReason() != null) {
                lines.add(new LegalDeadlineReport.Line(
                        "Courrier n° " + letter.number() + " retourné : "
                                + LetterReturnReason.valueOf(letter.returnReason())
                                        .labelFr() + ", présenté le "
                                + FrenchDate.of(letter.firstPresentedOn()),
                        "vaut réclamation écrite : le délai de réponse " + "court de la première présentation"));
            }
        }
        lines.add(limitation(file, today));
        for (var action : file.courtActions()) {
            lines.add(new LegalDeadlineReport.Line(
                    "Action en justice du " + FrenchDate.of(action.filedOn())
                            + " devant " + action.court() + " : tentative amiable préalable (Code de procédure civile, "
                            + "art. 750-1)",
                    priorAttempt(action)));
        }
    }

    private static LegalDeadlineReport.Line limitation(CaseFile file, LocalDate today) {
        var limitation = file.limitation();
        var rule = " (cinq ans après la connaissance des faits, Code civil, art. 2224 ; suspendue par la médiation "
                + "ou la conciliation, art. 2238)";
        if (limitation == null) {
            return new LegalDeadlineReport.Line(
                    "Prescription de l'action" + rule, "inconnue : date de connaissance des faits non renseignée");
        }
        if (limitation.endsOn() == null) {
            return new LegalDeadlineReport.Line(
                    "Prescription de l'action, faits connus le " + FrenchDate.of(limitation.factsKnownOn()) + rule,
                    "suspendue depuis le "
                            + FrenchDate.of(limitation.suspendedSince())
                            + (suspendedByConciliation(file)
                                    ? " par la conciliation en cours (depuis sa première réunion)"
                                    : " par la médiation en cours"));
        }
        var label = "Action à introduire au plus tard le " + FrenchDate.of(limitation.endsOn()) + ", faits connus le "
                + FrenchDate.of(limitation.factsKnownOn()) + rule;
        var filed =
                file.courtActions().stream().map(CaseFile.CourtAction::filedOn).min(LocalDate::compareTo);
        if (filed.isPresent()) {
            return new LegalDeadlineReport.Line(
                    label,
                    (filed.get().isAfter(limitation.endsOn()) ? "dépassé" : "respecté") + " : action introduite le "
                            + FrenchDate.of(filed.get()));
        }
        return new LegalDeadlineReport.Line(
                label,
                today.isAfter(limitation.endsOn())
                        ? "dépassé : action prescrite, aucune action en justice enregistrée"
                        : "en cours");
    }

    /** Whether the running suspension began with a conciliation's first meeting (ADR 24) rather than a mediation. */
    private static boolean suspendedByConciliation(CaseFile file) {
        return file.conciliations().stream()
                .anyMatch(c -> c.concludedOn() == null
                        && c.firstMeetingOn() != null
                        && c.firstMeetingOn().equals(file.limitation().suspendedSince()));
    }

    private static String priorAttempt(CaseFile.CourtAction action) {
        if (action.attemptBasis() == null) {
            return "non renseigné : demande enregistrée avant que Recours ne la demande";
        }
        var claim = action.claim().monetary()
                ? "paiement de " + action.claim().amount()
                : "demande autre qu'une somme d'argent";
        return claim + " — "
                + switch (action.attemptBasis()) {
                    case "NOT_REQUIRED" -> "aucune tentative exigée";
                    case "CONCILIATION" -> "conciliation terminée le " + FrenchDate.of(action.attemptEndedOn());
                    case "MEDIATION" -> "médiation terminée le " + FrenchDate.of(action.attemptEndedOn());
                    case "PARTICIPATORY_PROCEDURE" -> "procédure participative : " + action.justification();
                    case "EXEMPTION" ->
                        "dispense (al. 2, "
                                + AmicableAttemptExemption.valueOf(action.exemption())
                                        .paragraph()
                                + " : "
                                + AmicableAttemptExemption.valueOf(action.exemption())
                                        .labelFr() + ") : "
                                + action.justification();
                    default ->
                        "RISQUE D'IRRECEVABILITÉ : aucune tentative amiable ni dispense ; introduite quand même, "
                                + "motif : " + action.justification();
                };
    }
}
