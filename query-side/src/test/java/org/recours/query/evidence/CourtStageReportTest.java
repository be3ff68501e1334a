package org.recours.query.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.SampleEvents.CASE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.AmicableAttemptBasis;
import org.recours.kernel.casefile.CaseEvent;
import org.recours.kernel.casefile.ComplaintFiled;
import org.recours.kernel.casefile.CourtActionRecorded;
import org.recours.kernel.casefile.CourtClaim;
import org.recours.kernel.casefile.CourtClaimStated;
import org.recours.kernel.casefile.FactsKnownDateRecorded;
import org.recours.kernel.casefile.LetterSent;
import org.recours.kernel.casefile.MediationConcluded;
import org.recours.kernel.casefile.MediationOutcome;
import org.recours.kernel.casefile.MediationRequested;
import org.recours.kernel.casefile.MediationSeizureNotified;
import org.recours.kernel.casefile.Money;
import org.recours.query.casefile.CaseFileDocument;
import org.recours.testing.casefile.SampleEvents;

/**
 * The exports' court-stage lines: the limitation of the action (facts known on 10 February 2027: last day 10
 * February 2032, suspended by the reference mediation, notified on 15 March 2027) and each court action under
 * CPC art. 750-1.
 */
class CourtStageReportTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 9, 1);
    private static final FactsKnownDateRecorded KNOWN =
            new FactsKnownDateRecorded(CASE, LocalDate.of(2027, 2, 10), null, LocalDate.of(2032, 2, 10), null);

    @Test
    void aCaseWithoutTheDayTheFactsWereKnownSaysTheLimitationIsUnknown() {
        assertThat(line(report(), "Prescription").verdict())
                .isEqualTo("inconnue : date de connaissance des faits non renseignée");
    }

    @Test
    void theLimitationDateRunsFiveYearsFromTheFactsAndIsFrozenWhileAMediationRuns() {
        assertThat(line(report(KNOWN), "Action à introduire").rule()).contains("10 février 2032", "art. 2224");
        assertThat(line(report(KNOWN, SampleEvents.of(MediationSeizureNotified.class)), "Prescription")
                        .verdict())
                .isEqualTo("suspendue depuis le 15 mars 2027 par la médiation en cours");
    }

    @Test
    void theMediationsLengthIsAddedOnceItEnds() {
        var lines = report(
                KNOWN,
                SampleEvents.of(MediationSeizureNotified.class),
                new MediationConcluded(CASE, MediationOutcome.PROPOSAL_REFUSED, LocalDate.of(2027, 5, 14), "Refus"));

        // 60 days from 15 March to 14 May 2027
        assertThat(line(lines, "Action à introduire").rule()).contains("au plus tard le 10 avril 2032");
    }

    @Test
    void anActionFiledWithoutAnAttemptShowsTheRiskAndWhy() {
        var lines = report(
                KNOWN,
                new CourtActionRecorded(
                        CASE, "Tribunal judiciaire de Nanterre", LocalDate.of(2027, 8, 30), null, "Remboursement"),
                new CourtClaimStated(
                        CASE,
                        1,
                        CourtClaim.ofSum(Money.euros("5000.00")),
                        AmicableAttemptBasis.NONE,
                        null,
                        null,
                        "Avocat pressé",
                        true));

        assertThat(line(lines, "Action en justice du 30 août 2027").verdict())
                .startsWith("paiement de 5 000,00 € — RISQUE D'IRRECEVABILITÉ")
                .endsWith("motif : Avocat pressé");
        assertThat(line(lines, "Action à introduire").verdict())
                .isEqualTo("respecté : action introduite le 30 août 2027");
    }

    private static LegalDeadlineReport.Line line(List<LegalDeadlineReport.Line> lines, String start) {
        return lines.stream()
                .filter(line -> line.rule().startsWith(start))
                .findFirst()
                .orElseThrow();
    }

    private static List<LegalDeadlineReport.Line> report(CaseEvent... steps) {
        var history = new ArrayList<CaseEvent>(List.of(
                SampleEvents.of(ComplaintFiled.class),
                SampleEvents.of(LetterSent.class),
                SampleEvents.of(MediationRequested.class)));
        history.addAll(List.of(steps));
        var document = new CaseFileDocument();
        for (int sequence = 0; sequence < history.size(); sequence++) {
            document.apply(history.get(sequence), sequence, "marie", Instant.parse("2027-03-05T09:00:00Z"));
        }
        return LegalDeadlineReport.of(document.toCaseFile(java.util.Map.of()), TODAY);
    }
}
