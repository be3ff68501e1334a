package org.recours.query.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.SampleEvents.CASE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.CaseEvent;
import org.recours.kernel.casefile.ComplaintFiled;
import org.recours.kernel.casefile.LetterSent;
import org.recours.kernel.casefile.MediationConcluded;
import org.recours.kernel.casefile.MediationExtended;
import org.recours.kernel.casefile.MediationFileReceived;
import org.recours.kernel.casefile.MediationOutcome;
import org.recours.kernel.casefile.MediationRequested;
import org.recours.kernel.casefile.MediationSeizureNotified;
import org.recours.query.casefile.CaseFileDocument;
import org.recours.testing.casefile.SampleEvents;

/**
 * The exports' "délai respecté / dépassé" for the mediator: the reference mediation is requested on 5 March 2027
 * (provisional last day 3 June), the file reaches the mediator on 8 March (rejection until 29 March), the seizure is
 * notified on 15 March (last day 13 June, R612-5 from R612-2).
 */
class LegalDeadlineReportTest {

    private static final MediationFileReceived FILE_RECEIVED = SampleEvents.of(MediationFileReceived.class);
    private static final MediationSeizureNotified NOTIFIED = SampleEvents.of(MediationSeizureNotified.class);

    @Test
    void beforeTheNotificationTheMediatorsLastDayIsShownAsProvisional() {
        var line = mediatorLine(LocalDate.of(2027, 3, 20), FILE_RECEIVED);

        assertThat(line.rule())
                .contains(
                        "au plus tard le 3 juin 2027",
                        "date provisoire",
                        "90 jours après la demande du 5 mars 2027",
                        "R612-2");
        assertThat(line.verdict()).isEqualTo("en cours");
    }

    @Test
    void aConclusionWithinNinetyDaysOfTheNotificationIsOnTimeThoughLaterThanNinetyDaysAfterTheRequest() {
        var line = mediatorLine(
                LocalDate.of(2027, 6, 20),
                FILE_RECEIVED,
                NOTIFIED,
                new MediationConcluded(CASE, MediationOutcome.PROPOSAL_REFUSED, LocalDate.of(2027, 6, 13), "Refus"));

        assertThat(line.rule())
                .contains(
                        "au plus tard le 13 juin 2027", "90 jours après la notification de la saisine du 15 mars 2027")
                .doesNotContain("provisoire");
        assertThat(line.verdict()).isEqualTo("respecté : conclusion le 13 juin 2027");
    }

    @Test
    void theDayAfterTheNinetiethDayFromTheNotificationTheMediatorIsLate() {
        assertThat(mediatorLine(LocalDate.of(2027, 6, 13), FILE_RECEIVED, NOTIFIED)
                        .verdict())
                .isEqualTo("en cours");
        assertThat(mediatorLine(LocalDate.of(2027, 6, 14), FILE_RECEIVED, NOTIFIED)
                        .verdict())
                .isEqualTo("dépassé : aucune conclusion enregistrée");
    }

    @Test
    void anExtensionIsNamedAndFollowed() {
        var line = mediatorLine(
                LocalDate.of(2027, 7, 15), FILE_RECEIVED, NOTIFIED, SampleEvents.of(MediationExtended.class));

        assertThat(line.rule()).contains("prolongé le 1er juin 2027 jusqu'au 31 juillet 2027", "al. 2");
        assertThat(line.verdict()).isEqualTo("en cours");
    }

    @Test
    void aRejectionAfterTheThreeWeeksIsFlaggedAsLate() {
        var lines = report(
                LocalDate.of(2027, 4, 2),
                FILE_RECEIVED,
                new MediationConcluded(CASE, MediationOutcome.INADMISSIBLE, LocalDate.of(2027, 3, 30), "Irrecevable"));

        var rejection = lines.stream()
                .filter(line -> line.rule().startsWith("Rejet éventuel"))
                .findFirst()
                .orElseThrow();
        assertThat(rejection.rule()).contains("29 mars 2027", "8 mars 2027", "L612-2");
        assertThat(rejection.verdict()).isEqualTo("dépassé : rejet tardif notifié le 30 mars 2027");
    }

    @Test
    void aRejectionOnTheLastDayOfTheThreeWeeksIsOnTime() {
        var lines = report(
                LocalDate.of(2027, 4, 2),
                FILE_RECEIVED,
                new MediationConcluded(CASE, MediationOutcome.INADMISSIBLE, LocalDate.of(2027, 3, 29), "Irrecevable"));

        assertThat(lines).anyMatch(line -> line.verdict().equals("respecté : rejet notifié le 29 mars 2027"));
    }

    @Test
    void theProposalsLastDayIsReportedWithTheAnswersNotItsContent() {
        var proposed = new org.recours.kernel.casefile.MediationProposalMade(
                CASE, 1, LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 24));
        assertThat(proposalLine(LocalDate.of(2027, 5, 24), proposed).verdict()).isEqualTo("en attente de réponse");
        assertThat(proposalLine(LocalDate.of(2027, 5, 25), proposed).verdict()).isEqualTo("échu : réponse manquante");
        var refused = proposalLine(
                LocalDate.of(2027, 5, 25),
                proposed,
                new org.recours.kernel.casefile.MediationProposalAnswered(
                        CASE,
                        1,
                        org.recours.kernel.casefile.MediationParty.COMPANY,
                        false,
                        LocalDate.of(2027, 5, 20),
                        LocalDate.of(2027, 5, 24)));
        assertThat(refused.rule()).contains("3 mai 2027", "24 mai 2027", "R612-4");
        assertThat(refused.verdict()).isEqualTo("refusée par le professionnel le 20 mai 2027");
    }

    @Test
    void aRejectionNamingNoMediatorIsReportedAsTheCompanysBreach() {
        var lines = report(
                LocalDate.of(2027, 4, 2),
                SampleEvents.of(org.recours.kernel.casefile.ResponseReceived.class),
                new org.recours.kernel.casefile.MediatorNamingChecked(CASE, 1, false, null, LocalDate.of(2027, 3, 1)));

        assertThat(lines)
                .anyMatch(
                        line -> line.rule().contains("L616-1") && line.verdict().equals("manquement de l'entreprise"));
    }

    private static LegalDeadlineReport.Line proposalLine(LocalDate today, CaseEvent... mediationSteps) {
        return report(today, mediationSteps).stream()
                .filter(line -> line.rule().startsWith("Proposition"))
                .findFirst()
                .orElseThrow();
    }

    private static LegalDeadlineReport.Line mediatorLine(LocalDate today, CaseEvent... mediationSteps) {
        return report(today, mediationSteps).stream()
                .filter(line -> line.rule().startsWith("Conclusion du médiateur"))
                .findFirst()
                .orElseThrow();
    }

    private static List<LegalDeadlineReport.Line> report(LocalDate today, CaseEvent... mediationSteps) {
        var history = new ArrayList<CaseEvent>(List.of(
                SampleEvents.of(ComplaintFiled.class),
                SampleEvents.of(LetterSent.class),
                SampleEvents.of(MediationRequested.class)));
        history.addAll(List.of(mediationSteps));
        var document = new CaseFileDocument();
        for (int sequence = 0; sequence < history.size(); sequence++) {
            document.apply(history.get(sequence), sequence, "marie", Instant.parse("2027-03-05T09:00:00Z"));
        }
        return LegalDeadlineReport.of(document.toCaseFile(java.util.Map.of()), today);
    }
}
