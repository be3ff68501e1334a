package org.recours.query.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.CaseClosed;
import org.recours.kernel.casefile.CaseEvent;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.CaseReopened;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.CompanyProfile;
import org.recours.kernel.casefile.ComplaintDetailsCorrected;
import org.recours.kernel.casefile.ComplaintFiled;
import org.recours.kernel.casefile.ConsumerId;
import org.recours.kernel.casefile.ContactChannel;
import org.recours.kernel.casefile.ExpiryContradiction;
import org.recours.kernel.casefile.HeadOffice;
import org.recours.kernel.casefile.LetterDelivered;
import org.recours.kernel.casefile.LetterDeliveryCorrected;
import org.recours.kernel.casefile.LetterSendingCorrected;
import org.recours.kernel.casefile.LetterSent;
import org.recours.kernel.casefile.MediationConcluded;
import org.recours.kernel.casefile.MediationOutcome;
import org.recours.kernel.casefile.MediationRequested;
import org.recours.kernel.casefile.Money;
import org.recours.kernel.casefile.NoteAdded;
import org.recours.kernel.casefile.Resolution;
import org.recours.kernel.casefile.ResponseAssessment;
import org.recours.kernel.casefile.ResponseCorrected;
import org.recours.kernel.casefile.ResponseDeadlineExpired;
import org.recours.kernel.casefile.ResponseDeadlineExpiryContradicted;
import org.recours.kernel.casefile.ResponseReceived;
import org.recours.kernel.casefile.SendingMethod;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.casefile.SupportContacted;
import org.recours.kernel.casefile.TrackingNumber;
import org.recours.kernel.casefile.query.CaseFile;
import org.recours.kernel.casefile.query.CaseStatus;
import org.recours.kernel.casefile.query.FindCase;
import org.recours.query.QuerySideTestApplication;
import org.recours.testing.UsesPostgres;
import org.recours.testing.casefile.ReferenceCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Given the events of a case, then the case file shows where it stands, on the real PostgreSQL. */
@SpringBootTest(classes = QuerySideTestApplication.class)
@UsesPostgres
class CaseFileProjectionIT {

    private static final HeadOffice CLICHY = ReferenceCase.CLICHY;
    private static final CompanyProfile PRIME_VIDEO =
            ReferenceCase.primeVideo().onlyInClichy().withoutMediator().build();
    private static final AtomicLong CASES = new AtomicLong();

    @Autowired
    CaseFileProjection projection;

    @Autowired
    JdbcTemplate jdbc;

    CaseId caseId;
    long sequence;

    @BeforeEach
    void newCase() {
        caseId = new CaseId("RC-TEST-" + String.format("%04d", CASES.incrementAndGet()));
        sequence = 0;
    }

    @Test
    void aFiledComplaintIsACaseFileWithNoDeadlinesYet() {
        given(filed());

        var file = caseFile();
        assertThat(file.status()).isEqualTo(CaseStatus.FILED);
        assertThat(file.version()).isZero();
        assertThat(file.company().headOffices()).containsExactly(CLICHY);
        assertThat(file.amountAtStake()).isEqualTo(Money.euros("35.88"));
        assertThat(file.filedBy()).isEqualTo(new StaffMemberId("marie"));
        assertThat(file.legalDates()).isEqualTo(CaseFile.LegalDates.NONE);
        assertThat(jdbc.queryForObject("SELECT branch FROM case_file WHERE case_id = ?", String.class, caseId.value()))
                .isEqualTo("paris-11");
    }

    @Test
    void theLetterAndItsReceiptSetTheResponseDeadlineAndTheMediationWindow() {
        given(
                filed(),
                new SupportContacted(caseId, ContactChannel.CHAT, LocalDate.of(2026, 12, 1), "D-1", "Demande", "Refus"),
                new LetterSent(
                        caseId,
                        1,
                        CLICHY,
                        LocalDate.of(2026, 12, 29),
                        SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT,
                        new TrackingNumber("1A12345678901"),
                        LocalDate.of(2027, 2, 28),
                        LocalDate.of(2027, 12, 29)),
                new LetterDelivered(caseId, 1, LocalDate.of(2026, 12, 31), LocalDate.of(2027, 2, 28)));

        var file = caseFile();
        assertThat(file.status()).isEqualTo(CaseStatus.LETTER_DELIVERED);
        assertThat(file.letters())
                .containsExactly(new CaseFile.Letter(
                        1,
                        "Amazon Digital France SAS",
                        CLICHY.asOneLine(),
                        "REGISTERED_WITH_ACKNOWLEDGEMENT",
                        "1A12345678901",
                        LocalDate.of(2026, 12, 29),
                        LocalDate.of(2026, 12, 31)));
        assertThat(file.legalDates())
                .as("the company has 28 February in full: mediation from 1 March")
                .isEqualTo(new CaseFile.LegalDates(
                        LocalDate.of(2027, 2, 28),
                        false,
                        LocalDate.of(2027, 3, 1),
                        LocalDate.of(2027, 12, 29),
                        new CaseFile.WrittenComplaint(LocalDate.of(2026, 12, 29), null, 1)));
    }

    /** Issue 12, situation 2: the answer received in time, entered after the recorded silence, supersedes it. */
    @Test
    void anAnswerInTimeEnteredAfterTheExpiryPutsTheCaseBackToAnswered() {
        given(
                filed(),
                letterSent(LocalDate.of(2026, 12, 29)),
                new LetterDelivered(caseId, 1, LocalDate.of(2026, 12, 31), LocalDate.of(2027, 2, 28)),
                new ResponseDeadlineExpired(
                        caseId, LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 12, 29)),
                new ResponseReceived(
                        caseId,
                        LocalDate.of(2027, 2, 10),
                        ContactChannel.POSTAL_MAIL,
                        "Refus",
                        ResponseAssessment.REJECTED,
                        null));
        assertThat(caseFile().status())
                .as("a late entry alone does not undo the silence")
                .isEqualTo(CaseStatus.RESPONSE_OVERDUE);

        given(new ResponseDeadlineExpiryContradicted(
                caseId,
                LocalDate.of(2027, 2, 28),
                LocalDate.of(2027, 2, 28),
                ExpiryContradiction.ANSWER_RECEIVED_IN_TIME,
                LocalDate.of(2027, 2, 10),
                LocalDate.of(2027, 3, 20)));

        var file = caseFile();
        assertThat(file.status()).isEqualTo(CaseStatus.RESPONSE_RECEIVED);
        assertThat(file.legalDates())
                .isEqualTo(new CaseFile.LegalDates(
                        LocalDate.of(2027, 2, 28),
                        false,
                        LocalDate.of(2027, 2, 10),
                        LocalDate.of(2027, 12, 29),
                        new CaseFile.WrittenComplaint(LocalDate.of(2026, 12, 29), null, 1)));
    }

    @Test
    void aWindowMovedPastTheRecordedExpiryPutsTheCaseBackToWaiting() {
        given(
                filed(),
                letterSent(LocalDate.of(2027, 3, 2)),
                new ResponseDeadlineExpired(
                        caseId, LocalDate.of(2027, 5, 2), LocalDate.of(2027, 5, 3), LocalDate.of(2028, 3, 2)),
                new LetterDelivered(caseId, 1, LocalDate.of(2027, 3, 4), LocalDate.of(2027, 5, 4)),
                new ResponseDeadlineExpiryContradicted(
                        caseId,
                        LocalDate.of(2027, 5, 2),
                        LocalDate.of(2027, 5, 4),
                        ExpiryContradiction.WINDOW_MOVED,
                        null,
                        LocalDate.of(2027, 5, 3)));

        var file = caseFile();
        assertThat(file.status()).isEqualTo(CaseStatus.LETTER_DELIVERED);
        assertThat(file.legalDates())
                .isEqualTo(new CaseFile.LegalDates(
                        LocalDate.of(2027, 5, 4),
                        false,
                        LocalDate.of(2027, 5, 5),
                        LocalDate.of(2028, 3, 2),
                        new CaseFile.WrittenComplaint(LocalDate.of(2027, 3, 2), null, 1)));
    }

    @Test
    void aCorrectedComplaintShowsItsNewAmountAndFacts() {
        given(
                filed(),
                new ComplaintDetailsCorrected(
                        caseId,
                        0,
                        Category.ADS_IN_PAID_SUBSCRIPTION,
                        "Publicités depuis février",
                        Money.euros("47.76"),
                        "Remboursement de 24 mois",
                        "Relevés bancaires"));

        var file = caseFile();
        assertThat(file.amountAtStake()).isEqualTo(Money.euros("47.76"));
        assertThat(file.facts()).isEqualTo("Publicités depuis février");
        assertThat(file.desiredOutcome()).isEqualTo("Remboursement de 24 mois");
    }

    @Test
    void correctionsShowTheCorrectedStepAndItsRecomputedDates() {
        var tracking = new TrackingNumber("1A12345678902");
        given(
                filed(),
                letterSent(LocalDate.of(2027, 3, 2)),
                new LetterDelivered(caseId, 1, LocalDate.of(2027, 3, 4), LocalDate.of(2027, 5, 4)),
                new ResponseReceived(
                        caseId,
                        LocalDate.of(2027, 5, 12),
                        ContactChannel.EMAIL,
                        "Refus",
                        ResponseAssessment.REJECTED,
                        null),
                new LetterSendingCorrected(
                        caseId,
                        1,
                        1,
                        CLICHY,
                        LocalDate.of(2027, 3, 1),
                        SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT,
                        tracking,
                        LocalDate.of(2027, 5, 4),
                        LocalDate.of(2028, 3, 1),
                        "Date du récépissé"),
                new LetterDeliveryCorrected(
                        caseId, 2, 1, LocalDate.of(2027, 3, 3), LocalDate.of(2027, 5, 3), "Avis de réception relu"),
                new ResponseCorrected(
                        caseId,
                        3,
                        1,
                        LocalDate.of(2027, 4, 30),
                        ContactChannel.POSTAL_MAIL,
                        "Refus motivé",
                        ResponseAssessment.REJECTED,
                        "Un mois offert",
                        "Date du courrier"));

        var file = caseFile();
        assertThat(file.letters())
                .containsExactly(new CaseFile.Letter(
                        1,
                        "Amazon Digital France SAS",
                        CLICHY.asOneLine(),
                        "REGISTERED_WITH_ACKNOWLEDGEMENT",
                        "1A12345678902",
                        LocalDate.of(2027, 3, 1),
                        LocalDate.of(2027, 3, 3)));
        assertThat(file.responses())
                .containsExactly(new CaseFile.Response(
                        caseId,
                        LocalDate.of(2027, 4, 30),
                        ContactChannel.POSTAL_MAIL,
                        "Refus motivé",
                        ResponseAssessment.REJECTED,
                        "Un mois offert"));
        assertThat(file.legalDates())
                .isEqualTo(new CaseFile.LegalDates(
                        LocalDate.of(2027, 5, 3),
                        false,
                        LocalDate.of(2027, 4, 30),
                        LocalDate.of(2028, 3, 1),
                        new CaseFile.WrittenComplaint(LocalDate.of(2027, 3, 1), null, 1)));
    }

    @Test
    void anEarlyAnswerOpensMediationFromTheDayItArrived() {
        given(
                filed(),
                letterSent(LocalDate.of(2027, 1, 10)),
                new ResponseReceived(
                        caseId,
                        LocalDate.of(2027, 1, 20),
                        ContactChannel.EMAIL,
                        "Refus",
                        ResponseAssessment.REJECTED,
                        null));

        var file = caseFile();
        assertThat(file.status()).isEqualTo(CaseStatus.RESPONSE_RECEIVED);
        assertThat(file.legalDates().mediationPossibleFrom()).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(file.legalDates().responseDueOn()).isEqualTo(LocalDate.of(2027, 3, 10));
    }

    @Test
    void anExpiredDeadlineThenAMediationShowTheCaseInMediation() {
        given(
                filed(),
                letterSent(LocalDate.of(2027, 1, 10)),
                new ResponseDeadlineExpired(
                        caseId, LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 10), LocalDate.of(2028, 1, 10)));
        assertThat(caseFile().status()).isEqualTo(CaseStatus.RESPONSE_OVERDUE);
        assertThat(caseFile().legalDates().responseDeadlineExpired()).isTrue();

        given(new MediationRequested(
                caseId, "Médiateur du e-commerce", LocalDate.of(2027, 3, 12), "M-1", LocalDate.of(2027, 6, 10), null));
        assertThat(caseFile().status()).isEqualTo(CaseStatus.IN_MEDIATION);

        given(new MediationConcluded(caseId, MediationOutcome.AGREEMENT, LocalDate.of(2027, 5, 2), "Remboursé"));
        var mediation = caseFile().mediations().get(0);
        assertThat(caseFile().status()).isEqualTo(CaseStatus.MEDIATION_CONCLUDED);
        assertThat(mediation.outcome()).isEqualTo("AGREEMENT");
        assertThat(mediation.conclusionDueOn()).isEqualTo(LocalDate.of(2027, 6, 10));
    }

    @Test
    void reopeningAClosedCaseBringsBackWhereItStood() {
        given(
                filed(),
                letterSent(LocalDate.of(2027, 1, 10)),
                new CaseClosed(caseId, Resolution.ABANDONED, Money.ZERO, LocalDate.of(2027, 1, 20), "Sans nouvelles"));
        assertThat(caseFile().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(caseFile().closure().resolution()).isEqualTo(Resolution.ABANDONED);

        given(new CaseReopened(caseId, LocalDate.of(2027, 2, 1), "Le consommateur a rappelé"));

        assertThat(caseFile().status()).isEqualTo(CaseStatus.LETTER_SENT);
        assertThat(caseFile().closure()).isNull();
        assertThat(caseFile().reopenings()).hasSize(1);
    }

    @Test
    void notesNameWhoWroteThemAndWhen() {
        given(filed());
        var at = Instant.parse("2027-01-05T09:30:00Z");
        projection.on(new NoteAdded(caseId, "Appel du consommateur"), ++sequence, at, "lucas");

        assertThat(caseFile().notes()).containsExactly(new CaseFile.Note("Appel du consommateur", "lucas", at));
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        given(filed());
        var note = new NoteAdded(caseId, "Une seule fois");
        projection.on(note, 1, Instant.now(), "marie");
        projection.on(note, 1, Instant.now(), "marie");
        projection.on(filed(), 0, Instant.now(), "marie");

        assertThat(caseFile().notes()).hasSize(1);
        assertThat(caseFile().version()).isEqualTo(1);
    }

    @Test
    void anUnknownCaseIsAnsweredWithNothing() {
        assertThat(projection.handle(new FindCase(new CaseId("RC-ZZZZ-ZZZZ")))).isNull();
    }

    private void given(CaseEvent... events) {
        for (var event : events) {
            projection.on(
                    event,
                    event instanceof ComplaintFiled ? 0 : ++sequence,
                    Instant.parse("2027-01-01T10:00:00Z").plusSeconds(sequence),
                    "marie");
        }
    }

    private CaseFile caseFile() {
        return projection.handle(new FindCase(caseId));
    }

    private ComplaintFiled filed() {
        return new ComplaintFiled(
                caseId,
                new ConsumerId(java.util.UUID.randomUUID()),
                PRIME_VIDEO,
                Category.ADS_IN_PAID_SUBSCRIPTION,
                "Publicités dans l'abonnement payant",
                Money.euros("35.88"),
                "Remboursement",
                new BranchId("paris-11"),
                new StaffMemberId("marie"),
                LocalDate.of(2026, 11, 25));
    }

    private LetterSent letterSent(LocalDate sentOn) {
        return new LetterSent(
                caseId,
                1,
                CLICHY,
                sentOn,
                SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT,
                new TrackingNumber("1A12345678901"),
                sentOn.plusMonths(2),
                sentOn.plusYears(1));
    }
}
