package org.recours.command.casefile;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.recours.testing.casefile.ReferenceCase.FEVAD;
import static org.recours.testing.casefile.ReferenceCase.primeVideo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.ActorMetaData;
import org.recours.kernel.casefile.AddNote;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.CaseClosed;
import org.recours.kernel.casefile.CaseClosureCorrected;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.CaseReopened;
import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.CompanyProfile;
import org.recours.kernel.casefile.ComplaintDetailsCorrected;
import org.recours.kernel.casefile.ComplaintFiled;
import org.recours.kernel.casefile.ConsumerId;
import org.recours.kernel.casefile.ContactChannel;
import org.recours.kernel.casefile.CorrectCaseClosure;
import org.recours.kernel.casefile.CorrectComplaintDetails;
import org.recours.kernel.casefile.CorrectCourtAction;
import org.recours.kernel.casefile.CorrectHelpCentreConsultation;
import org.recours.kernel.casefile.CorrectLetterDelivery;
import org.recours.kernel.casefile.CorrectLetterSending;
import org.recours.kernel.casefile.CorrectMediationOutcome;
import org.recours.kernel.casefile.CorrectMediationRequest;
import org.recours.kernel.casefile.CorrectResponse;
import org.recours.kernel.casefile.CorrectSupportContact;
import org.recours.kernel.casefile.CourtActionCorrected;
import org.recours.kernel.casefile.CourtActionRecorded;
import org.recours.kernel.casefile.ExpiryContradiction;
import org.recours.kernel.casefile.HeadOffice;
import org.recours.kernel.casefile.HelpCentreConsultationCorrected;
import org.recours.kernel.casefile.HelpCentreConsulted;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.LetterDelivered;
import org.recours.kernel.casefile.LetterDeliveryCorrected;
import org.recours.kernel.casefile.LetterSendingCorrected;
import org.recours.kernel.casefile.LetterSent;
import org.recours.kernel.casefile.MediationConcluded;
import org.recours.kernel.casefile.MediationOutcome;
import org.recours.kernel.casefile.MediationOutcomeCorrected;
import org.recours.kernel.casefile.MediationRequestCorrected;
import org.recours.kernel.casefile.MediationRequested;
import org.recours.kernel.casefile.Money;
import org.recours.kernel.casefile.RecordLetterDelivery;
import org.recours.kernel.casefile.RecordLetterSent;
import org.recours.kernel.casefile.RecordResponse;
import org.recours.kernel.casefile.RecordResponseDeadlineExpiry;
import org.recours.kernel.casefile.ReminderKind;
import org.recours.kernel.casefile.RequestMediation;
import org.recours.kernel.casefile.Resolution;
import org.recours.kernel.casefile.ResponseAssessment;
import org.recours.kernel.casefile.ResponseCorrected;
import org.recours.kernel.casefile.ResponseDeadlineExpired;
import org.recours.kernel.casefile.ResponseDeadlineExpiryContradicted;
import org.recours.kernel.casefile.ResponseDeadlineExpiryReestablished;
import org.recours.kernel.casefile.ResponseReceived;
import org.recours.kernel.casefile.SendingMethod;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.casefile.StaffRole;
import org.recours.kernel.casefile.StepRefused;
import org.recours.kernel.casefile.SupportContactCorrected;
import org.recours.kernel.casefile.SupportContacted;
import org.recours.kernel.casefile.TrackingNumber;
import org.recours.testing.casefile.ReferenceCase;
import org.recours.testing.time.MovableClock;

/**
 * Steps entered late, in any order, and corrected: the case states only what is true when it states it, a later
 * step contradicts a recorded silence visibly, and a window's last day belongs to the company (issue 12, ADR 13).
 * History entries are numbered from 0 (the filing): entry 1 is the written complaint in every scenario here.
 */
class ComplaintCaseLateEntriesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final CaseId CASE = ReferenceCase.CASE;
    private static final HeadOffice CLICHY = ReferenceCase.CLICHY;
    private static final HeadOffice LUXEMBOURG = ReferenceCase.LUXEMBOURG;
    private static final CompanyProfile PRIME_VIDEO = companyAnsweringWithin(2);
    private static final TrackingNumber TRACKING = new TrackingNumber("1A12345678901");
    private static final Map<String, String> AS_STAFF = actor("marie", StaffRole.STAFF);
    private static final Map<String, String> AS_SUPERVISOR = actor("paul", StaffRole.SUPERVISOR);

    private final MovableClock clock = MovableClock.stoppedAt(noon(LocalDate.of(2027, 3, 2)));
    private FixtureConfiguration<ComplaintCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = ComplaintCaseFixture.on(clock);
    }

    @Nested
    class ALetterThenItsReceipt {

        @Test
        void enteredOnTimeTheSilenceIsScheduledForTheDayAfterTheWindowCountedFromReceipt() {
            var case_ = fixture.given(filed(PRIME_VIDEO)).andGivenCommands(send(LocalDate.of(2027, 3, 2)));
            clock.setTo(noon(LocalDate.of(2027, 3, 9)));

            case_.when(deliver(LocalDate.of(2027, 3, 4)), AS_STAFF)
                    .expectEvents(new LetterDelivered(CASE, 1, LocalDate.of(2027, 3, 4), LocalDate.of(2027, 5, 4)))
                    .expectScheduledDeadline(
                            eightAm(LocalDate.of(2027, 5, 5)),
                            new CaseDeadline(
                                    ReminderKind.RESPONSE_DEADLINE_EXPIRED,
                                    LocalDate.of(2027, 5, 4),
                                    LocalDate.of(2027, 5, 5)))
                    .expectNoScheduledDeadline(
                            eightAm(LocalDate.of(2027, 5, 3)),
                            new CaseDeadline(
                                    ReminderKind.RESPONSE_DEADLINE_EXPIRED,
                                    LocalDate.of(2027, 5, 2),
                                    LocalDate.of(2027, 5, 3)));
        }

        /** Issue 12, situation 1: the letter and its receipt entered ten seconds apart, months late. */
        @Test
        void enteredAfterTheWindowEndedNothingIsStatedByTheSystem() {
            clock.setTo(noon(LocalDate.of(2027, 6, 10)));
            var case_ = fixture.given(filed(PRIME_VIDEO)).andGivenCommands(send(LocalDate.of(2027, 3, 2)));
            clock.setTo(noon(LocalDate.of(2027, 6, 10)).plusSeconds(10));

            case_.when(deliver(LocalDate.of(2027, 3, 4)), AS_STAFF)
                    .expectEvents(new LetterDelivered(CASE, 1, LocalDate.of(2027, 3, 4), LocalDate.of(2027, 5, 4)))
                    .expectNoScheduledDeadlineWithName(
                            eightAm(LocalDate.of(2027, 5, 3)), DeadlineFamily.RESPONSE_WINDOW.storedName())
                    .expectNoScheduledDeadlineWithName(
                            eightAm(LocalDate.of(2027, 5, 5)), DeadlineFamily.RESPONSE_WINDOW.storedName())
                    .expectNoScheduledDeadlineWithName(
                            noon(LocalDate.of(2027, 6, 10)), DeadlineFamily.RESPONSE_WINDOW.storedName());
        }

        @Test
        void staffThenConfirmTheSilenceWhichIsRecordedAsTheirs() {
            clock.setTo(noon(LocalDate.of(2027, 6, 10)));

            fixture.given(filed(PRIME_VIDEO))
                    .andGivenCommands(send(LocalDate.of(2027, 3, 2)), deliver(LocalDate.of(2027, 3, 4)))
                    .when(new RecordResponseDeadlineExpiry(CASE, null), AS_STAFF)
                    .expectEvents(new ResponseDeadlineExpired(
                            CASE, LocalDate.of(2027, 5, 4), LocalDate.of(2027, 6, 10), LocalDate.of(2028, 3, 2)));
        }

        /** The receipt, entered after the silence was recorded from the sending date, moves the last day past it. */
        @Test
        void aReceiptEnteredAfterTheSilenceWasRecordedContradictsItAndLeavesTheNewEndToStaff() {
            clock.setTo(noon(LocalDate.of(2027, 5, 5)));

            fixture.given(
                            filed(PRIME_VIDEO),
                            complaintSent(LocalDate.of(2027, 3, 2), PRIME_VIDEO),
                            new ResponseDeadlineExpired(
                                    CASE, LocalDate.of(2027, 5, 2), LocalDate.of(2027, 5, 3), LocalDate.of(2028, 3, 2)))
                    .when(deliver(LocalDate.of(2027, 3, 10)), AS_STAFF)
                    .expectEvents(
                            new LetterDelivered(CASE, 1, LocalDate.of(2027, 3, 10), LocalDate.of(2027, 5, 10)),
                            new ResponseDeadlineExpiryContradicted(
                                    CASE,
                                    LocalDate.of(2027, 5, 2),
                                    LocalDate.of(2027, 5, 10),
                                    ExpiryContradiction.WINDOW_MOVED,
                                    null,
                                    LocalDate.of(2027, 5, 5)))
                    .expectNoScheduledDeadline(
                            eightAm(LocalDate.of(2027, 5, 11)),
                            new CaseDeadline(
                                    ReminderKind.RESPONSE_DEADLINE_EXPIRED,
                                    LocalDate.of(2027, 5, 10),
                                    LocalDate.of(2027, 5, 11)));
        }

        /** A deadline scheduled from the sending date, firing once the receipt is on file, states nothing false. */
        @Test
        void aFiredDeadlineReReadsTheCaseAsItStandsWhenItFires() {
            var case_ = fixture.given(filed(PRIME_VIDEO))
                    .andGivenCommands(send(LocalDate.of(2027, 3, 2)))
                    .andGiven(new LetterDelivered(CASE, 1, LocalDate.of(2027, 3, 4), LocalDate.of(2027, 5, 4)));
            clock.setTo(eightAm(LocalDate.of(2027, 5, 3)));

            case_.whenTimeAdvancesTo(eightAm(LocalDate.of(2027, 5, 3)))
                    .expectTriggeredDeadlinesOfType(CaseDeadline.class, CaseDeadline.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class AnAnswerEnteredAfterTheSystemRecordedTheSilence {

        private final LetterSent sent = new LetterSent(
                CASE,
                1,
                CLICHY,
                LocalDate.of(2026, 12, 29),
                SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT,
                TRACKING,
                LocalDate.of(2027, 2, 28),
                LocalDate.of(2027, 12, 29));
        private final LetterDelivered delivered =
                new LetterDelivered(CASE, 1, LocalDate.of(2026, 12, 31), LocalDate.of(2027, 2, 28));
        private final ResponseDeadlineExpired expired = new ResponseDeadlineExpired(
                CASE, LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 12, 29));

        /** Issue 12, situation 2. */
        @Test
        void receivedInTimeContradictsTheRecordedExpiry() {
            clock.setTo(noon(LocalDate.of(2027, 3, 20)));

            fixture.given(filed(PRIME_VIDEO), sent, delivered, expired)
                    .when(answer(LocalDate.of(2027, 2, 10)), AS_STAFF)
                    .expectEvents(
                            answered(LocalDate.of(2027, 2, 10)),
                            new ResponseDeadlineExpiryContradicted(
                                    CASE,
                                    LocalDate.of(2027, 2, 28),
                                    LocalDate.of(2027, 2, 28),
                                    ExpiryContradiction.ANSWER_RECEIVED_IN_TIME,
                                    LocalDate.of(2027, 2, 10),
                                    LocalDate.of(2027, 3, 20)));
        }

        @Test
        void receivedOnTheLastDayStillCameInTime() {
            clock.setTo(noon(LocalDate.of(2027, 3, 20)));

            fixture.given(filed(PRIME_VIDEO), sent, delivered, expired)
                    .when(answer(LocalDate.of(2027, 2, 28)), AS_STAFF)
                    .expectEvents(
                            answered(LocalDate.of(2027, 2, 28)),
                            new ResponseDeadlineExpiryContradicted(
                                    CASE,
                                    LocalDate.of(2027, 2, 28),
                                    LocalDate.of(2027, 2, 28),
                                    ExpiryContradiction.ANSWER_RECEIVED_IN_TIME,
                                    LocalDate.of(2027, 2, 28),
                                    LocalDate.of(2027, 3, 20)));
        }

        @Test
        void receivedLateLeavesTheSilenceStanding() {
            clock.setTo(noon(LocalDate.of(2027, 3, 20)));

            fixture.given(filed(PRIME_VIDEO), sent, delivered, expired)
                    .when(answer(LocalDate.of(2027, 3, 1)), AS_STAFF)
                    .expectEvents(answered(LocalDate.of(2027, 3, 1)));
        }

        @Test
        void theContradictedExpiryCannotBeConfirmedAgainSinceTheCompanyAnswered() {
            clock.setTo(noon(LocalDate.of(2027, 3, 20)));

            fixture.given(
                            filed(PRIME_VIDEO),
                            sent,
                            delivered,
                            expired,
                            answered(LocalDate.of(2027, 2, 10)),
                            new ResponseDeadlineExpiryContradicted(
                                    CASE,
                                    LocalDate.of(2027, 2, 28),
                                    LocalDate.of(2027, 2, 28),
                                    ExpiryContradiction.ANSWER_RECEIVED_IN_TIME,
                                    LocalDate.of(2027, 2, 10),
                                    LocalDate.of(2027, 3, 20)))
                    .when(new RecordResponseDeadlineExpiry(CASE, null), AS_STAFF)
                    .expectException(refusedUnder(CaseRule.RESPONSE_ALREADY_RECEIVED));
        }
    }

    @Nested
    class TheWholePathEnteredInOneSittingMonthsLate {

        @Test
        void answerAndMediationAreRecordedAndNoSilenceIsStated() {
            clock.setTo(noon(LocalDate.of(2027, 9, 15)));

            fixture.given(filed(PRIME_VIDEO))
                    .andGivenCommands(
                            send(LocalDate.of(2027, 3, 2)),
                            deliver(LocalDate.of(2027, 3, 4)),
                            answer(LocalDate.of(2027, 4, 20)))
                    .when(mediation(LocalDate.of(2027, 5, 10)), AS_STAFF)
                    .expectEvents(new MediationRequested(
                            CASE, FEVAD, LocalDate.of(2027, 5, 10), null, LocalDate.of(2027, 8, 8), null))
                    .expectNoScheduledDeadlineWithName(
                            eightAm(LocalDate.of(2027, 5, 5)), DeadlineFamily.RESPONSE_WINDOW.storedName());
        }

        @Test
        void withoutAnAnswerMediationIsPossibleFromTheDayAfterTheWindowOnceStaffConfirmTheSilence() {
            clock.setTo(noon(LocalDate.of(2027, 9, 15)));

            fixture.given(filed(PRIME_VIDEO))
                    .andGivenCommands(
                            send(LocalDate.of(2027, 3, 2)),
                            deliver(LocalDate.of(2027, 3, 4)),
                            new RecordResponseDeadlineExpiry(CASE, null))
                    .when(mediation(LocalDate.of(2027, 5, 5)), AS_STAFF)
                    .expectEvents(new MediationRequested(
                            CASE, FEVAD, LocalDate.of(2027, 5, 5), null, LocalDate.of(2027, 8, 3), null));
        }
    }

    @Nested
    class TheDayAWindowCloses {

        @Test
        void aWindowEndingOn31MarchRefusesMediationThatDayAndNamesTheFirstPossibleDay() {
            clock.setTo(noon(LocalDate.of(2027, 4, 1)));

            fixture.given(filed(PRIME_VIDEO), complaintSent(LocalDate.of(2027, 1, 31), PRIME_VIDEO))
                    .when(mediation(LocalDate.of(2027, 3, 31)), AS_STAFF)
                    .expectException(
                            allOf(refusedUnder(CaseRule.RESPONSE_WINDOW_OPEN), possibleFrom(LocalDate.of(2027, 4, 1))))
                    .expectExceptionMessage(containsString("à partir du 1er avril 2027"))
                    .expectNoEvents();
        }

        @Test
        void aWindowEndingOn31MarchAcceptsMediationOn1April() {
            clock.setTo(noon(LocalDate.of(2027, 4, 1)));

            fixture.given(filed(PRIME_VIDEO), complaintSent(LocalDate.of(2027, 1, 31), PRIME_VIDEO))
                    .when(mediation(LocalDate.of(2027, 4, 1)), AS_STAFF)
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                            org.axonframework.test.matchers.Matchers.messageWithPayload(
                                    org.hamcrest.Matchers.instanceOf(MediationRequested.class)),
                            org.axonframework.test.matchers.Matchers.andNoMore()));
        }

        @Test
        void aOneMonthWindowFrom31January2027EndsOn28February() {
            var oneMonth = companyAnsweringWithin(1);
            clock.setTo(noon(LocalDate.of(2027, 3, 1)));

            fixture.given(filed(oneMonth), complaintSent(LocalDate.of(2027, 1, 31), oneMonth))
                    .when(mediation(LocalDate.of(2027, 2, 28)), AS_STAFF)
                    .expectException(
                            allOf(refusedUnder(CaseRule.RESPONSE_WINDOW_OPEN), possibleFrom(LocalDate.of(2027, 3, 1))))
                    .expectExceptionMessage(containsString("à partir du 1er mars 2027"));
        }

        @Test
        void aOneMonthWindowFrom31January2027AcceptsMediationOn1March() {
            var oneMonth = companyAnsweringWithin(1);
            clock.setTo(noon(LocalDate.of(2027, 3, 1)));

            fixture.given(filed(oneMonth), complaintSent(LocalDate.of(2027, 1, 31), oneMonth))
                    .when(new RecordResponseDeadlineExpiry(CASE, null), AS_STAFF)
                    .expectEvents(new ResponseDeadlineExpired(
                            CASE, LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 1), LocalDate.of(2028, 1, 31)));
        }

        @Test
        void aOneMonthWindowFrom31January2028EndsOn29FebruaryOfTheLeapYear() {
            var oneMonth = companyAnsweringWithin(1);
            clock.setTo(noon(LocalDate.of(2028, 3, 1)));

            fixture.given(filed(oneMonth), complaintSent(LocalDate.of(2028, 1, 31), oneMonth))
                    .when(mediation(LocalDate.of(2028, 2, 29)), AS_STAFF)
                    .expectException(
                            allOf(refusedUnder(CaseRule.RESPONSE_WINDOW_OPEN), possibleFrom(LocalDate.of(2028, 3, 1))))
                    .expectExceptionMessage(containsString("à partir du 1er mars 2028"));
        }

        @Test
        void theSilenceOfALeapYearWindowCannotBeConfirmedOn29February() {
            var oneMonth = companyAnsweringWithin(1);
            clock.setTo(noon(LocalDate.of(2028, 2, 29)));

            fixture.given(filed(oneMonth), complaintSent(LocalDate.of(2028, 1, 31), oneMonth))
                    .when(new RecordResponseDeadlineExpiry(CASE, null), AS_STAFF)
                    .expectException(allOf(
                            refusedUnder(CaseRule.RESPONSE_DEADLINE_NOT_REACHED),
                            possibleFrom(LocalDate.of(2028, 3, 1))))
                    .expectExceptionMessage(containsString("jusqu'au 29 février 2028 inclus"));
        }
    }

    @Nested
    class Corrections {

        /** Issue 12: a corrected sending date moves the window past the silence the system recorded. */
        @Test
        void ofTheSendingDateMovesTheWindowContradictsTheExpiryAndReschedulesIt() {
            clock.setTo(noon(LocalDate.of(2027, 5, 5)));

            fixture.given(
                            filed(PRIME_VIDEO),
                            complaintSent(LocalDate.of(2027, 3, 2), PRIME_VIDEO),
                            new ResponseDeadlineExpired(
                                    CASE, LocalDate.of(2027, 5, 2), LocalDate.of(2027, 5, 3), LocalDate.of(2028, 3, 2)))
                    .when(
                            new CorrectLetterSending(
                                    CASE,
                                    null,
                                    1,
                                    CLICHY.entity(),
                                    LocalDate.of(2027, 3, 12),
                                    SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT,
                                    TRACKING,
                                    "Date du récépissé de dépôt mal recopiée"),
                            AS_STAFF)
                    .expectEvents(
                            new LetterSendingCorrected(
                                    CASE,
                                    1,
                                    1,
                                    CLICHY,
                                    LocalDate.of(2027, 3, 12),
                                    SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT,
                                    TRACKING,
                                    LocalDate.of(2027, 5, 12),
                                    LocalDate.of(2028, 3, 12),
                                    "Date du récépissé de dépôt mal recopiée"),
                            new ResponseDeadlineExpiryContradicted(
                                    CASE,
                                    LocalDate.of(2027, 5, 2),
                                    LocalDate.of(2027, 5, 12),
                                    ExpiryContradiction.WINDOW_MOVED,
                                    null,
                                    LocalDate.of(2027, 5, 5)))
                    .expectScheduledDeadline(
                            eightAm(LocalDate.of(2027, 5, 13)),
                            new CaseDeadline(
                                    ReminderKind.RESPONSE_DEADLINE_EXPIRED,
                                    LocalDate.of(2027, 5, 12),
                                    LocalDate.of(2027, 5, 13)));
        }

        @Test
        void ofTheAddresseeAndTrackingNumberKeepsTheDates() {
            var tracking = new TrackingNumber("1A12345678902");

            fixture.given(filed(PRIME_VIDEO), complaintSent(LocalDate.of(2027, 3, 2), PRIME_VIDEO))
                    .when(
                            new CorrectLetterSending(
                                    CASE,
                                    null,
                                    1,
                                    LUXEMBOURG.entity(),
                                    LocalDate.of(2027, 3, 2),
                                    SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT,
                                    tracking,
                                    "Envoyé au siège européen"),
                            AS_STAFF)
                    .expectEvents(new LetterSendingCorrected(
                            CASE,
                            1,
                            1,
                            LUXEMBOURG,
                            LocalDate.of(2027, 3, 2),
                            SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT,
                            tracking,
                            LocalDate.of(2027, 5, 2),
                            LocalDate.of(2028, 3, 2),
                            "Envoyé au siège européen"));
        }

        @Test
        void ofTheReceiptDateMovesTheWindow() {
            clock.setTo(noon(LocalDate.of(2027, 3, 10)));

            fixture.given(
                            filed(PRIME_VIDEO),
                            complaintSent(LocalDate.of(2027, 3, 2), PRIME_VIDEO),
                            new LetterDelivered(CASE, 1, LocalDate.of(2027, 3, 4), LocalDate.of(2027, 5, 4)))
                    .when(
                            new CorrectLetterDelivery(
                                    CASE, null, 2, LocalDate.of(2027, 3, 5), "Avis de réception relu"),
                            AS_STAFF)
                    .expectEvents(new LetterDeliveryCorrected(
                            CASE, 2, 1, LocalDate.of(2027, 3, 5), LocalDate.of(2027, 5, 5), "Avis de réception relu"))
                    .expectScheduledDeadline(
                            eightAm(LocalDate.of(2027, 5, 6)),
                            new CaseDeadline(
                                    ReminderKind.RESPONSE_DEADLINE_EXPIRED,
                                    LocalDate.of(2027, 5, 5),
                                    LocalDate.of(2027, 5, 6)))
                    .expectNoScheduledDeadline(
                            eightAm(LocalDate.of(2027, 5, 5)),
                            new CaseDeadline(
                                    ReminderKind.RESPONSE_DEADLINE_EXPIRED,
                                    LocalDate.of(2027, 5, 4),
                                    LocalDate.of(2027, 5, 5)));
        }

        @Test
        void ofAnAnswersDateIntoTheWindowContradictsTheExpiry() {
            clock.setTo(noon(LocalDate.of(2027, 5, 20)));

            fixture.given(
                            filed(PRIME_VIDEO),
                            complaintSent(LocalDate.of(2027, 3, 2), PRIME_VIDEO),
                            new ResponseDeadlineExpired(
                                    CASE, LocalDate.of(2027, 5, 2), LocalDate.of(2027, 5, 3), LocalDate.of(2028, 3, 2)),
                            answered(LocalDate.of(2027, 5, 12)))
                    .when(
                            new CorrectResponse(
                                    CASE,
                                    null,
                                    3,
                                    LocalDate.of(2027, 4, 12),
                                    ContactChannel.EMAIL,
                                    "Refus",
                                    ResponseAssessment.REJECTED,
                                    null,
                                    "Date du courriel, pas de sa lecture"),
                            AS_STAFF)
                    .expectEvents(
                            new ResponseCorrected(
                                    CASE,
                                    3,
                                    1,
                                    LocalDate.of(2027, 4, 12),
                                    ContactChannel.EMAIL,
                                    "Refus",
                                    ResponseAssessment.REJECTED,
                                    null,
                                    "Date du courriel, pas de sa lecture"),
                            new ResponseDeadlineExpiryContradicted(
                                    CASE,
                                    LocalDate.of(2027, 5, 2),
                                    LocalDate.of(2027, 5, 2),
                                    ExpiryContradiction.ANSWER_RECEIVED_IN_TIME,
                                    LocalDate.of(2027, 4, 12),
                                    LocalDate.of(2027, 5, 20)));
        }

        /** Issue 12: an answer first entered in time, then corrected to a day after the window, lets the silence stand. */
        @Test
        void ofAnAnswersDateOutOfTheWindowReestablishesTheContradictedExpiry() {
            clock.setTo(noon(LocalDate.of(2027, 5, 20)));

            fixture.given(
                            filed(PRIME_VIDEO),
                            complaintSent(LocalDate.of(2027, 3, 2), PRIME_VIDEO),
                            new ResponseDeadlineExpired(
                                    CASE, LocalDate.of(2027, 5, 2), LocalDate.of(2027, 5, 3), LocalDate.of(2028, 3, 2)),
                            answered(LocalDate.of(2027, 4, 12)),
                            new ResponseDeadlineExpiryContradicted(
                                    CASE,
                                    LocalDate.of(2027, 5, 2),
                                    LocalDate.of(2027, 5, 2),
                                    ExpiryContradiction.ANSWER_RECEIVED_IN_TIME,
                                    LocalDate.of(2027, 4, 12),
                                    LocalDate.of(2027, 5, 15)))
                    .when(
                            new CorrectResponse(
                                    CASE,
                                    null,
                                    3,
                                    LocalDate.of(2027, 5, 3),
                                    ContactChannel.EMAIL,
                                    "Refus",
                                    ResponseAssessment.REJECTED,
                                    null,
                                    "Reçue le lendemain du dernier jour"),
                            AS_STAFF)
                    .expectEvents(
                            new ResponseCorrected(
                                    CASE,
                                    3,
                                    1,
                                    LocalDate.of(2027, 5, 3),
                                    ContactChannel.EMAIL,
                                    "Refus",
                                    ResponseAssessment.REJECTED,
                                    null,
                                    "Reçue le lendemain du dernier jour"),
                            new ResponseDeadlineExpiryReestablished(
                                    CASE,
                                    LocalDate.of(2027, 5, 2),
                                    LocalDate.of(2027, 5, 3),
                                    LocalDate.of(2028, 3, 2),
                                    LocalDate.of(2027, 5, 20)));
        }

        /** The last day is the company's: an answer corrected to 2 May still came in time. */
        @Test
        void ofAnAnswersDateOntoTheLastDayLeavesTheContradictionStanding() {
            clock.setTo(noon(LocalDate.of(2027, 5, 20)));

            fixture.given(
                            filed(PRIME_VIDEO),
                            complaintSent(LocalDate.of(2027, 3, 2), PRIME_VIDEO),
                            new ResponseDeadlineExpired(
                                    CASE, LocalDate.of(2027, 5, 2), LocalDate.of(2027, 5, 3), LocalDate.of(2028, 3, 2)),
                            answered(LocalDate.of(2027, 4, 12)),
                            new ResponseDeadlineExpiryContradicted(
                                    CASE,
                                    LocalDate.of(2027, 5, 2),
                                    LocalDate.of(2027, 5, 2),
                                    ExpiryContradiction.ANSWER_RECEIVED_IN_TIME,
                                    LocalDate.of(2027, 4, 12),
                                    LocalDate.of(2027, 5, 15)))
                    .when(
                            new CorrectResponse(
                                    CASE,
                                    null,
                                    3,
                                    LocalDate.of(2027, 5, 2),
                                    ContactChannel.EMAIL,
                                    "Refus",
                                    ResponseAssessment.REJECTED,
                                    null,
                                    "Reçue le dernier jour"),
                            AS_STAFF)
                    .expectEvents(new ResponseCorrected(
                            CASE,
                            3,
                            1,
                            LocalDate.of(2027, 5, 2),
                            ContactChannel.EMAIL,
                            "Refus",
                            ResponseAssessment.REJECTED,
                            null,
                            "Reçue le dernier jour"));
        }

        /** A receipt that had moved the window past the silence, corrected back, lets the silence stand again. */
        @Test
        void ofAReceiptDateBackToTheSendingReestablishesTheSilence() {
            clock.setTo(noon(LocalDate.of(2027, 5, 20)));

            fixture.given(
                            filed(PRIME_VIDEO),
                            complaintSent(LocalDate.of(2027, 3, 2), PRIME_VIDEO),
                            new ResponseDeadlineExpired(
                                    CASE, LocalDate.of(2027, 5, 2), LocalDate.of(2027, 5, 3), LocalDate.of(2028, 3, 2)),
                            new LetterDelivered(CASE, 1, LocalDate.of(2027, 3, 10), LocalDate.of(2027, 5, 10)),
                            new ResponseDeadlineExpiryContradicted(
                                    CASE,
                                    LocalDate.of(2027, 5, 2),
                                    LocalDate.of(2027, 5, 10),
                                    ExpiryContradiction.WINDOW_MOVED,
                                    null,
                                    LocalDate.of(2027, 5, 5)))
                    .when(
                            new CorrectLetterDelivery(CASE, null, 3, LocalDate.of(2027, 3, 2), "Avis relu : 2 mars"),
                            AS_STAFF)
                    .expectEvents(
                            new LetterDeliveryCorrected(
                                    CASE,
                                    3,
                                    1,
                                    LocalDate.of(2027, 3, 2),
                                    LocalDate.of(2027, 5, 2),
                                    "Avis relu : 2 mars"),
                            new ResponseDeadlineExpiryReestablished(
                                    CASE,
                                    LocalDate.of(2027, 5, 2),
                                    null,
                                    LocalDate.of(2028, 3, 2),
                                    LocalDate.of(2027, 5, 20)))
                    .expectNoScheduledDeadlineWithName(
                            eightAm(LocalDate.of(2027, 5, 21)), DeadlineFamily.RESPONSE_WINDOW.storedName());
        }

        @Test
        void ofTheFiledComplaintsAmountAndFactsIsRecordedWithItsReason() {
            fixture.given(filed(PRIME_VIDEO))
                    .when(
                            new CorrectComplaintDetails(
                                    CASE,
                                    null,
                                    0,
                                    Category.ADS_IN_PAID_SUBSCRIPTION,
                                    "Publicités dans l'abonnement payant depuis février",
                                    Money.euros("47.76"),
                                    "Abonnement sans publicité",
                                    "Montant recalculé sur les relevés bancaires"),
                            AS_STAFF)
                    .expectEvents(new ComplaintDetailsCorrected(
                            CASE,
                            0,
                            Category.ADS_IN_PAID_SUBSCRIPTION,
                            "Publicités dans l'abonnement payant depuis février",
                            Money.euros("47.76"),
                            "Abonnement sans publicité",
                            "Montant recalculé sur les relevés bancaires"));
        }

        @Test
        void ofTheFiledComplaintThatChangesNothingIsRefused() {
            fixture.given(filed(PRIME_VIDEO))
                    .when(
                            new CorrectComplaintDetails(
                                    CASE,
                                    null,
                                    0,
                                    Category.ADS_IN_PAID_SUBSCRIPTION,
                                    "Publicités dans l'abonnement payant",
                                    Money.euros("23.88"),
                                    "Abonnement sans publicité",
                                    "Relu"),
                            AS_STAFF)
                    .expectException(refusedUnder(CaseRule.CORRECTION_CHANGES_NOTHING))
                    .expectNoEvents();
        }

        @Test
        void ofTheComplaintNamingAnotherEntryIsRefused() {
            fixture.given(filed(PRIME_VIDEO), complaintSent(LocalDate.of(2027, 3, 2), PRIME_VIDEO))
                    .when(
                            new CorrectComplaintDetails(
                                    CASE,
                                    null,
                                    1,
                                    Category.ADS_IN_PAID_SUBSCRIPTION,
                                    "Faits",
                                    Money.euros("10.00"),
                                    "Demande",
                                    "Erreur"),
                            AS_STAFF)
                    .expectException(refusedUnder(CaseRule.UNKNOWN_ENTRY))
                    .expectNoEvents();
        }

        @Test
        void ofAnEntryThatDoesNotExistIsRefused() {
            fixture.given(filed(PRIME_VIDEO), complaintSent(LocalDate.of(2027, 3, 2), PRIME_VIDEO))
                    .when(new CorrectLetterDelivery(CASE, null, 42, LocalDate.of(2027, 3, 2), "Erreur"), AS_STAFF)
                    .expectException(refusedUnder(CaseRule.UNKNOWN_ENTRY))
                    .expectExceptionMessage(containsString("L'entrée n° 42"))
                    .expectNoEvents();
        }

        @Test
        void ofAnEntryOfAnotherKindIsRefused() {
            fixture.given(filed(PRIME_VIDEO), complaintSent(LocalDate.of(2027, 3, 2), PRIME_VIDEO))
                    .andGivenCommands(new AddNote(CASE, null, "Appel de la consommatrice"))
                    .when(
                            new CorrectLetterSending(
                                    CASE,
                                    null,
                                    2,
                                    CLICHY.entity(),
                                    LocalDate.of(2027, 3, 1),
                                    SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT,
                                    TRACKING,
                                    "Erreur"),
                            AS_STAFF)
                    .expectException(refusedUnder(CaseRule.UNKNOWN_ENTRY))
                    .expectNoEvents();
        }

        @Test
        void puttingTheReceiptBeforeTheSendingIsRefused() {
            fixture.given(
                            filed(PRIME_VIDEO),
                            complaintSent(LocalDate.of(2027, 3, 2), PRIME_VIDEO),
                            new LetterDelivered(CASE, 1, LocalDate.of(2027, 3, 4), LocalDate.of(2027, 5, 4)))
                    .when(new CorrectLetterDelivery(CASE, null, 2, LocalDate.of(2027, 3, 1), "Erreur"), AS_STAFF)
                    .expectException(refusedUnder(CaseRule.DATE_OUT_OF_ORDER))
                    .expectExceptionMessage(containsString("avant son envoi"))
                    .expectNoEvents();
        }

        @Test
        void puttingTheSendingAfterItsReceiptIsRefused() {
            clock.setTo(noon(LocalDate.of(2027, 3, 10)));

            fixture.given(
                            filed(PRIME_VIDEO),
                            complaintSent(LocalDate.of(2027, 3, 2), PRIME_VIDEO),
                            new LetterDelivered(CASE, 1, LocalDate.of(2027, 3, 4), LocalDate.of(2027, 5, 4)))
                    .when(
                            new CorrectLetterSending(
                                    CASE,
                                    null,
                                    1,
                                    CLICHY.entity(),
                                    LocalDate.of(2027, 3, 5),
                                    SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT,
                                    TRACKING,
                                    "Erreur"),
                            AS_STAFF)
                    .expectException(refusedUnder(CaseRule.DATE_OUT_OF_ORDER))
                    .expectNoEvents();
        }

        @Test
        void puttingAnAnswerInTheFutureIsRefused() {
            fixture.given(
                            filed(PRIME_VIDEO),
                            complaintSent(LocalDate.of(2027, 2, 2), PRIME_VIDEO),
                            answered(LocalDate.of(2027, 3, 1)))
                    .when(
                            new CorrectResponse(
                                    CASE,
                                    null,
                                    2,
                                    LocalDate.of(2027, 3, 3),
                                    ContactChannel.EMAIL,
                                    "Refus",
                                    ResponseAssessment.REJECTED,
                                    null,
                                    "Erreur"),
                            AS_STAFF)
                    .expectException(invalid("receivedOn"))
                    .expectNoEvents();
        }

        @Test
        void thatChangesNothingIsRefused() {
            fixture.given(filed(PRIME_VIDEO), complaintSent(LocalDate.of(2027, 3, 2), PRIME_VIDEO))
                    .when(
                            new CorrectLetterSending(
                                    CASE,
                                    null,
                                    1,
                                    CLICHY.entity(),
                                    LocalDate.of(2027, 3, 2),
                                    SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT,
                                    TRACKING,
                                    "Vérifié"),
                            AS_STAFF)
                    .expectException(refusedUnder(CaseRule.CORRECTION_CHANGES_NOTHING))
                    .expectNoEvents();
        }

        @Test
        void byStaffMoreThanNinetyDaysAfterTheEntryIsRefused() {
            var case_ = fixture.given(filed(PRIME_VIDEO)).andGivenCommands(send(LocalDate.of(2027, 3, 2)));
            clock.setTo(noon(LocalDate.of(2027, 6, 1)));
            var correction = new CorrectLetterSending(
                    CASE,
                    null,
                    1,
                    LUXEMBOURG.entity(),
                    LocalDate.of(2027, 3, 2),
                    SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT,
                    TRACKING,
                    "Envoyé au siège européen");

            case_.when(correction, AS_STAFF)
                    .expectException(refusedUnder(CaseRule.CORRECTION_REQUIRES_SUPERVISOR))
                    .expectExceptionMessage(containsString("90 jours"))
                    .expectNoEvents();
        }

        @Test
        void byASupervisorIsPossibleAtAnyTime() {
            var case_ = fixture.given(filed(PRIME_VIDEO)).andGivenCommands(send(LocalDate.of(2027, 3, 2)));
            clock.setTo(noon(LocalDate.of(2028, 4, 2)));

            case_.when(
                            new CorrectLetterSending(
                                    CASE,
                                    null,
                                    1,
                                    LUXEMBOURG.entity(),
                                    LocalDate.of(2027, 3, 2),
                                    SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT,
                                    TRACKING,
                                    "Envoyé au siège européen"),
                            AS_SUPERVISOR)
                    .expectEvents(new LetterSendingCorrected(
                            CASE,
                            1,
                            1,
                            LUXEMBOURG,
                            LocalDate.of(2027, 3, 2),
                            SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT,
                            TRACKING,
                            LocalDate.of(2027, 5, 2),
                            LocalDate.of(2028, 3, 2),
                            "Envoyé au siège européen"));
        }

        @Test
        void withoutAReasonCannotBeWritten() {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> new CorrectLetterDelivery(CASE, null, 2, LocalDate.of(2027, 3, 5), "  "))
                    .isInstanceOf(InvalidCaseData.class)
                    .extracting(e -> ((InvalidCaseData) e).field())
                    .isEqualTo("reason");
        }
    }

    /** Corrections of the steps around the letter: the support contact and the request to the mediator. */
    @Nested
    class CorrectionsOfTheOtherSteps {

        private final SupportContacted contacted = new SupportContacted(
                CASE, ContactChannel.CHAT, LocalDate.of(2027, 3, 2), "T-1", "Demande de remboursement", "Refus");
        private final MediationRequested requested =
                new MediationRequested(CASE, FEVAD, LocalDate.of(2027, 3, 10), "M-1", LocalDate.of(2027, 6, 8), null);

        @Test
        void ofASupportContactsDateMovesItsFollowUp() {
            clock.setTo(noon(LocalDate.of(2027, 3, 6)));

            fixture.given(filed(PRIME_VIDEO), contacted)
                    .when(
                            new CorrectSupportContact(
                                    CASE,
                                    null,
                                    1,
                                    ContactChannel.CHAT,
                                    LocalDate.of(2027, 3, 5),
                                    "T-1",
                                    "Demande de remboursement",
                                    "Refus",
                                    "Date de la conversation relue"),
                            AS_STAFF)
                    .expectEvents(new SupportContactCorrected(
                            CASE,
                            1,
                            1,
                            ContactChannel.CHAT,
                            LocalDate.of(2027, 3, 5),
                            "T-1",
                            "Demande de remboursement",
                            "Refus",
                            "Date de la conversation relue"))
                    .expectScheduledDeadline(
                            eightAm(LocalDate.of(2027, 3, 20)),
                            new CaseDeadline(
                                    ReminderKind.SUPPORT_FOLLOW_UP,
                                    LocalDate.of(2027, 3, 20),
                                    LocalDate.of(2027, 3, 20)))
                    .expectNoScheduledDeadline(
                            eightAm(LocalDate.of(2027, 3, 17)),
                            new CaseDeadline(
                                    ReminderKind.SUPPORT_FOLLOW_UP,
                                    LocalDate.of(2027, 3, 17),
                                    LocalDate.of(2027, 3, 17)));
        }

        @Test
        void ofASupportContactAfterTheLetterKeepsTheFollowUpCancelled() {
            clock.setTo(noon(LocalDate.of(2027, 3, 6)));

            fixture.given(filed(PRIME_VIDEO), contacted, complaintSent(LocalDate.of(2027, 3, 4), PRIME_VIDEO))
                    .when(
                            new CorrectSupportContact(
                                    CASE,
                                    null,
                                    1,
                                    ContactChannel.PHONE,
                                    LocalDate.of(2027, 3, 2),
                                    null,
                                    "Demande de remboursement",
                                    "Refus",
                                    "C'était un appel"),
                            AS_STAFF)
                    .expectEvents(new SupportContactCorrected(
                            CASE,
                            1,
                            1,
                            ContactChannel.PHONE,
                            LocalDate.of(2027, 3, 2),
                            null,
                            "Demande de remboursement",
                            "Refus",
                            "C'était un appel"))
                    .expectNoScheduledDeadlineWithName(
                            eightAm(LocalDate.of(2027, 3, 17)), DeadlineFamily.SUPPORT_FOLLOW_UP.storedName());
        }

        @Test
        void ofASupportContactIntoTheFutureIsRefused() {
            clock.setTo(noon(LocalDate.of(2027, 3, 6)));

            fixture.given(filed(PRIME_VIDEO), contacted)
                    .when(
                            new CorrectSupportContact(
                                    CASE,
                                    null,
                                    1,
                                    ContactChannel.CHAT,
                                    LocalDate.of(2027, 3, 7),
                                    "T-1",
                                    "Demande de remboursement",
                                    "Refus",
                                    "Demain"),
                            AS_STAFF)
                    .expectNoEvents()
                    .expectException(InvalidCaseData.class)
                    .expectException(invalid("contactedOn"));
        }

        @Test
        void ofASupportContactThatChangesNothingIsRefused() {
            fixture.given(filed(PRIME_VIDEO), contacted)
                    .when(
                            new CorrectSupportContact(
                                    CASE,
                                    null,
                                    1,
                                    ContactChannel.CHAT,
                                    LocalDate.of(2027, 3, 2),
                                    "T-1",
                                    "Demande de remboursement",
                                    "Refus",
                                    "Relu"),
                            AS_STAFF)
                    .expectNoEvents()
                    .expectException(refusedUnder(CaseRule.CORRECTION_CHANGES_NOTHING));
        }

        @Test
        void namingAnEntryThatIsNotASupportContactIsRefused() {
            fixture.given(filed(PRIME_VIDEO), contacted)
                    .when(
                            new CorrectSupportContact(
                                    CASE,
                                    null,
                                    0,
                                    ContactChannel.CHAT,
                                    LocalDate.of(2027, 3, 2),
                                    "T-1",
                                    "Demande de remboursement",
                                    "Refus",
                                    "Relu"),
                            AS_STAFF)
                    .expectNoEvents()
                    .expectException(refusedUnder(CaseRule.UNKNOWN_ENTRY));
        }

        @Test
        void ofTheMediationDateRecountsTheMediatorsNinetyDaysAndReschedulesThem() {
            clock.setTo(noon(LocalDate.of(2027, 3, 20)));

            fixture.given(filed(PRIME_VIDEO), complaintSent(LocalDate.of(2027, 1, 2), PRIME_VIDEO), requested)
                    .when(
                            new CorrectMediationRequest(
                                    CASE,
                                    null,
                                    2,
                                    FEVAD,
                                    LocalDate.of(2027, 3, 12),
                                    "M-1",
                                    "Date de l'accusé de saisine"),
                            AS_STAFF)
                    .expectEvents(new MediationRequestCorrected(
                            CASE,
                            2,
                            1,
                            FEVAD,
                            LocalDate.of(2027, 3, 12),
                            "M-1",
                            LocalDate.of(2027, 6, 10),
                            "Date de l'accusé de saisine"))
                    .expectScheduledDeadline(
                            eightAm(LocalDate.of(2027, 6, 11)),
                            new CaseDeadline(
                                    ReminderKind.MEDIATOR_CONCLUSION_OVERDUE,
                                    LocalDate.of(2027, 6, 10),
                                    LocalDate.of(2027, 6, 11)))
                    .expectNoScheduledDeadline(
                            eightAm(LocalDate.of(2027, 6, 9)),
                            new CaseDeadline(
                                    ReminderKind.MEDIATOR_CONCLUSION_OVERDUE,
                                    LocalDate.of(2027, 6, 8),
                                    LocalDate.of(2027, 6, 9)));
        }

        /** The window ends on 2 March: a request corrected to that day is refused, to 3 March accepted. */
        @Test
        void ofTheMediationDateOntoTheWindowsLastDayIsRefusedAndNamesTheNextDay() {
            clock.setTo(noon(LocalDate.of(2027, 3, 20)));

            fixture.given(filed(PRIME_VIDEO), complaintSent(LocalDate.of(2027, 1, 2), PRIME_VIDEO), requested)
                    .when(
                            new CorrectMediationRequest(
                                    CASE,
                                    null,
                                    2,
                                    FEVAD,
                                    LocalDate.of(2027, 3, 2),
                                    "M-1",
                                    "Date de l'accusé de saisine"),
                            AS_STAFF)
                    .expectNoEvents()
                    .expectException(
                            allOf(refusedUnder(CaseRule.RESPONSE_WINDOW_OPEN), possibleFrom(LocalDate.of(2027, 3, 3))));
        }

        @Test
        void ofTheMediationDateOntoTheDayAfterTheWindowIsAccepted() {
            clock.setTo(noon(LocalDate.of(2027, 3, 20)));

            fixture.given(filed(PRIME_VIDEO), complaintSent(LocalDate.of(2027, 1, 2), PRIME_VIDEO), requested)
                    .when(
                            new CorrectMediationRequest(
                                    CASE,
                                    null,
                                    2,
                                    FEVAD,
                                    LocalDate.of(2027, 3, 3),
                                    "M-1",
                                    "Date de l'accusé de saisine"),
                            AS_STAFF)
                    .expectEvents(new MediationRequestCorrected(
                            CASE,
                            2,
                            1,
                            FEVAD,
                            LocalDate.of(2027, 3, 3),
                            "M-1",
                            LocalDate.of(2027, 6, 1),
                            "Date de l'accusé de saisine"));
        }

        @Test
        void ofAConcludedMediationsDatePastItsConclusionIsRefusedAndSchedulesNothing() {
            clock.setTo(noon(LocalDate.of(2027, 4, 20)));

            fixture.given(
                            filed(PRIME_VIDEO),
                            complaintSent(LocalDate.of(2027, 1, 2), PRIME_VIDEO),
                            requested,
                            new MediationConcluded(CASE, MediationOutcome.AGREEMENT, LocalDate.of(2027, 4, 1), "Fin"))
                    .when(
                            new CorrectMediationRequest(
                                    CASE, null, 2, FEVAD, LocalDate.of(2027, 4, 2), "M-1", "Erreur"),
                            AS_STAFF)
                    .expectNoEvents()
                    .expectException(refusedUnder(CaseRule.DATE_OUT_OF_ORDER));
        }

        @Test
        void ofAMediationRequestThatChangesNothingIsRefused() {
            clock.setTo(noon(LocalDate.of(2027, 3, 20)));

            fixture.given(filed(PRIME_VIDEO), complaintSent(LocalDate.of(2027, 1, 2), PRIME_VIDEO), requested)
                    .when(
                            new CorrectMediationRequest(CASE, null, 2, FEVAD, LocalDate.of(2027, 3, 10), "M-1", "Relu"),
                            AS_STAFF)
                    .expectNoEvents()
                    .expectException(refusedUnder(CaseRule.CORRECTION_CHANGES_NOTHING));
        }

        private final MediationConcluded concluded = new MediationConcluded(
                CASE,
                MediationOutcome.PROPOSAL_REFUSED,
                LocalDate.of(2027, 4, 1),
                "Proposition refusée par l'entreprise");

        @Test
        void ofAHelpCentreConsultationIsRecordedWithItsNumberAndReason() {
            clock.setTo(noon(LocalDate.of(2027, 3, 6)));

            fixture.given(
                            filed(PRIME_VIDEO),
                            new HelpCentreConsulted(CASE, LocalDate.of(2027, 3, 1), "Rien"),
                            new HelpCentreConsulted(CASE, LocalDate.of(2027, 3, 2), "Offre payante"))
                    .when(
                            new CorrectHelpCentreConsultation(
                                    CASE,
                                    null,
                                    2,
                                    LocalDate.of(2027, 3, 6),
                                    "Offre payante",
                                    "Capture datée du 6 mars"),
                            AS_STAFF)
                    .expectEvents(new HelpCentreConsultationCorrected(
                            CASE, 2, 2, LocalDate.of(2027, 3, 6), "Offre payante", "Capture datée du 6 mars"));
        }

        @Test
        void ofAHelpCentreConsultationIntoTomorrowIsRefused() {
            clock.setTo(noon(LocalDate.of(2027, 3, 6)));

            fixture.given(filed(PRIME_VIDEO), new HelpCentreConsulted(CASE, LocalDate.of(2027, 3, 1), "Rien"))
                    .when(
                            new CorrectHelpCentreConsultation(
                                    CASE, null, 1, LocalDate.of(2027, 3, 7), "Rien", "Demain"),
                            AS_STAFF)
                    .expectNoEvents()
                    .expectException(invalid("consultedOn"));
        }

        @Test
        void ofAMediationOutcomeOnTheDayOfTheRequestIsAccepted() {
            clock.setTo(noon(LocalDate.of(2027, 4, 20)));

            fixture.given(
                            filed(PRIME_VIDEO),
                            complaintSent(LocalDate.of(2027, 1, 2), PRIME_VIDEO),
                            requested,
                            concluded)
                    .when(
                            new CorrectMediationOutcome(
                                    CASE,
                                    null,
                                    3,
                                    MediationOutcome.AGREEMENT,
                                    LocalDate.of(2027, 3, 10),
                                    "Avis du médiateur relu"),
                            AS_STAFF)
                    .expectEvents(new MediationOutcomeCorrected(
                            CASE,
                            3,
                            1,
                            MediationOutcome.AGREEMENT,
                            LocalDate.of(2027, 3, 10),
                            null,
                            "Avis du médiateur relu"));
        }

        @Test
        void ofAMediationOutcomeRecordedWithDetailsThatChangesNeitherOutcomeNorDayIsRefused() {
            // the details are confidential (L612-3, ADR 24): a correction no longer carries them, so one that
            // changes nothing else changes nothing; a better wording is a confidential note
            clock.setTo(noon(LocalDate.of(2027, 4, 20)));

            fixture.given(
                            filed(PRIME_VIDEO),
                            complaintSent(LocalDate.of(2027, 1, 2), PRIME_VIDEO),
                            requested,
                            concluded)
                    .when(
                            new CorrectMediationOutcome(
                                    CASE,
                                    null,
                                    3,
                                    MediationOutcome.PROPOSAL_REFUSED,
                                    LocalDate.of(2027, 4, 1),
                                    "Détail mal formulé"),
                            AS_STAFF)
                    .expectNoEvents()
                    .expectException(refusedUnder(CaseRule.CORRECTION_CHANGES_NOTHING));
        }

        @Test
        void ofAMediationOutcomeTheDayBeforeTheRequestIsRefused() {
            clock.setTo(noon(LocalDate.of(2027, 4, 20)));

            fixture.given(
                            filed(PRIME_VIDEO),
                            complaintSent(LocalDate.of(2027, 1, 2), PRIME_VIDEO),
                            requested,
                            concluded)
                    .when(
                            new CorrectMediationOutcome(
                                    CASE,
                                    null,
                                    3,
                                    MediationOutcome.AGREEMENT,
                                    LocalDate.of(2027, 3, 9),
                                    "Avis du médiateur relu"),
                            AS_STAFF)
                    .expectNoEvents()
                    .expectException(refusedUnder(CaseRule.DATE_OUT_OF_ORDER));
        }

        @Test
        void namingTheRequestAsTheMediationOutcomeIsRefused() {
            clock.setTo(noon(LocalDate.of(2027, 4, 20)));

            fixture.given(
                            filed(PRIME_VIDEO),
                            complaintSent(LocalDate.of(2027, 1, 2), PRIME_VIDEO),
                            requested,
                            concluded)
                    .when(
                            new CorrectMediationOutcome(
                                    CASE, null, 2, MediationOutcome.AGREEMENT, LocalDate.of(2027, 4, 1), "Relu"),
                            AS_STAFF)
                    .expectNoEvents()
                    .expectException(refusedUnder(CaseRule.UNKNOWN_ENTRY));
        }

        @Test
        void ofACourtActionIsRecordedAndOneThatChangesNothingIsRefused() {
            clock.setTo(noon(LocalDate.of(2027, 6, 10)));
            var filedInCourt = new CourtActionRecorded(
                    CASE, "Tribunal judiciaire de Nanterre", LocalDate.of(2027, 6, 1), null, "Assignation");

            fixture.given(filed(PRIME_VIDEO), filedInCourt)
                    .when(
                            new CorrectCourtAction(
                                    CASE,
                                    null,
                                    1,
                                    "Tribunal judiciaire de Nanterre",
                                    LocalDate.of(2027, 6, 2),
                                    "RG 27/01234",
                                    "Assignation",
                                    "Récépissé du greffe"),
                            AS_SUPERVISOR)
                    .expectEvents(new CourtActionCorrected(
                            CASE,
                            1,
                            1,
                            "Tribunal judiciaire de Nanterre",
                            LocalDate.of(2027, 6, 2),
                            "RG 27/01234",
                            "Assignation",
                            "Récépissé du greffe"));
            fixture.given(filed(PRIME_VIDEO), filedInCourt)
                    .when(
                            new CorrectCourtAction(
                                    CASE,
                                    null,
                                    1,
                                    "Tribunal judiciaire de Nanterre",
                                    LocalDate.of(2027, 6, 1),
                                    null,
                                    "Assignation",
                                    "Relu"),
                            AS_SUPERVISOR)
                    .expectNoEvents()
                    .expectException(refusedUnder(CaseRule.CORRECTION_CHANGES_NOTHING));
        }

        /**
         * The case was filed on 2 January 2027: a closure corrected to that day stands, to the day before not. (The
         * entries here were recorded on 2 March, more than 90 days ago: a supervisor corrects them.)
         */
        @Test
        void ofTheClosureOnTheFilingDayIsAcceptedOnAClosedCase() {
            clock.setTo(noon(LocalDate.of(2027, 7, 5)));

            fixture.given(
                            filed(PRIME_VIDEO),
                            new CaseClosed(
                                    CASE,
                                    Resolution.PARTIALLY_RESOLVED,
                                    Money.euros("24.00"),
                                    LocalDate.of(2027, 7, 1),
                                    "Trois mois remboursés"))
                    .when(
                            new CorrectCaseClosure(
                                    CASE,
                                    null,
                                    1,
                                    Resolution.PARTIALLY_RESOLVED,
                                    Money.euros("23.88"),
                                    LocalDate.of(2027, 1, 2),
                                    "Trois mois remboursés",
                                    "Virement relu"),
                            AS_SUPERVISOR)
                    .expectEvents(new CaseClosureCorrected(
                            CASE,
                            1,
                            Resolution.PARTIALLY_RESOLVED,
                            Money.euros("23.88"),
                            LocalDate.of(2027, 1, 2),
                            "Trois mois remboursés",
                            "Virement relu"));
        }

        @Test
        void ofTheClosureBeforeTheFilingIsRefused() {
            clock.setTo(noon(LocalDate.of(2027, 7, 5)));

            fixture.given(
                            filed(PRIME_VIDEO),
                            new CaseClosed(
                                    CASE,
                                    Resolution.PARTIALLY_RESOLVED,
                                    Money.euros("24.00"),
                                    LocalDate.of(2027, 7, 1),
                                    "Trois mois remboursés"))
                    .when(
                            new CorrectCaseClosure(
                                    CASE,
                                    null,
                                    1,
                                    Resolution.PARTIALLY_RESOLVED,
                                    Money.euros("23.88"),
                                    LocalDate.of(2027, 1, 1),
                                    "Trois mois remboursés",
                                    "Virement relu"),
                            AS_SUPERVISOR)
                    .expectNoEvents()
                    .expectException(refusedUnder(CaseRule.DATE_OUT_OF_ORDER));
        }

        @Test
        void ofAClosureAReopeningSetAsideIsRefused() {
            clock.setTo(noon(LocalDate.of(2027, 7, 5)));

            fixture.given(
                            filed(PRIME_VIDEO),
                            new CaseClosed(
                                    CASE,
                                    Resolution.PARTIALLY_RESOLVED,
                                    Money.euros("24.00"),
                                    LocalDate.of(2027, 7, 1),
                                    "Trois mois remboursés"),
                            new CaseReopened(CASE, LocalDate.of(2027, 7, 2), "Publicités revenues"))
                    .when(
                            new CorrectCaseClosure(
                                    CASE,
                                    null,
                                    1,
                                    Resolution.PARTIALLY_RESOLVED,
                                    Money.euros("23.88"),
                                    LocalDate.of(2027, 7, 1),
                                    "Trois mois remboursés",
                                    "Virement relu"),
                            AS_SUPERVISOR)
                    .expectNoEvents()
                    .expectException(refusedUnder(CaseRule.UNKNOWN_ENTRY));
        }

        @Test
        void namingTheLetterAsAMediationRequestIsRefused() {
            clock.setTo(noon(LocalDate.of(2027, 3, 20)));

            fixture.given(filed(PRIME_VIDEO), complaintSent(LocalDate.of(2027, 1, 2), PRIME_VIDEO), requested)
                    .when(
                            new CorrectMediationRequest(CASE, null, 1, FEVAD, LocalDate.of(2027, 3, 12), "M-1", "Relu"),
                            AS_STAFF)
                    .expectNoEvents()
                    .expectException(refusedUnder(CaseRule.UNKNOWN_ENTRY));
        }
    }

    private static CompanyProfile companyAnsweringWithin(int months) {
        return primeVideo().answeringWithin(months).build();
    }

    private static ComplaintFiled filed(CompanyProfile company) {
        return new ComplaintFiled(
                CASE,
                new ConsumerId(UUID.fromString("3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b")),
                company,
                Category.ADS_IN_PAID_SUBSCRIPTION,
                "Publicités dans l'abonnement payant",
                Money.euros("23.88"),
                "Abonnement sans publicité",
                new BranchId("paris-11"),
                new StaffMemberId("marie"),
                LocalDate.of(2027, 1, 2));
    }

    private static LetterSent complaintSent(LocalDate sentOn, CompanyProfile company) {
        return new LetterSent(
                CASE,
                1,
                CLICHY,
                sentOn,
                SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT,
                TRACKING,
                sentOn.plusMonths(company.responseWindowMonths()),
                sentOn.plusYears(1));
    }

    private static ResponseReceived answered(LocalDate receivedOn) {
        return new ResponseReceived(CASE, receivedOn, ContactChannel.EMAIL, "Refus", ResponseAssessment.REJECTED, null);
    }

    private static RecordLetterSent send(LocalDate sentOn) {
        return new RecordLetterSent(
                CASE, null, CLICHY.entity(), sentOn, SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT, TRACKING);
    }

    private static RecordLetterDelivery deliver(LocalDate deliveredOn) {
        return new RecordLetterDelivery(CASE, null, 1, deliveredOn);
    }

    private static RecordResponse answer(LocalDate receivedOn) {
        return new RecordResponse(
                CASE, null, receivedOn, ContactChannel.EMAIL, "Refus", ResponseAssessment.REJECTED, null);
    }

    private static RequestMediation mediation(LocalDate requestedOn) {
        return new RequestMediation(CASE, null, FEVAD, requestedOn, null, null);
    }

    private static Map<String, String> actor(String login, StaffRole role) {
        return Map.of(
                ActorMetaData.STAFF_MEMBER,
                login,
                ActorMetaData.STAFF_ROLE,
                role.name(),
                ActorMetaData.STAFF_BRANCH,
                "paris-11");
    }

    private static Instant eightAm(LocalDate day) {
        return LocalDateTime.of(day, LocalTime.of(8, 0)).atZone(PARIS).toInstant();
    }

    private static Instant noon(LocalDate day) {
        return LocalDateTime.of(day, LocalTime.NOON).atZone(PARIS).toInstant();
    }

    private static Matcher<StepRefused> refusedUnder(CaseRule rule) {
        return new FeatureMatcher<StepRefused, CaseRule>(equalTo(rule), "a step refused under rule", "rule") {
            @Override
            protected CaseRule featureValueOf(StepRefused refusal) {
                return refusal.rule();
            }
        };
    }

    private static Matcher<StepRefused> possibleFrom(LocalDate date) {
        return new FeatureMatcher<StepRefused, java.util.Optional<LocalDate>>(
                equalTo(java.util.Optional.of(date)), "a step possible from", "possibleFrom") {
            @Override
            protected java.util.Optional<LocalDate> featureValueOf(StepRefused refusal) {
                return refusal.possibleFrom();
            }
        };
    }

    private static Matcher<InvalidCaseData> invalid(String field) {
        return new FeatureMatcher<InvalidCaseData, String>(equalTo(field), "invalid data in field", "field") {
            @Override
            protected String featureValueOf(InvalidCaseData refusal) {
                return refusal.field();
            }
        };
    }
}
