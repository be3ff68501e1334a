package org.recours.command.casefile;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.recours.testing.casefile.ReferenceCase.primeVideo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.ActorMetaData;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.CloseCase;
import org.recours.kernel.casefile.CompanyProfile;
import org.recours.kernel.casefile.ComplaintFiled;
import org.recours.kernel.casefile.ConsumerId;
import org.recours.kernel.casefile.ContactChannel;
import org.recours.kernel.casefile.HeadOffice;
import org.recours.kernel.casefile.MediationOutcome;
import org.recours.kernel.casefile.Money;
import org.recours.kernel.casefile.RecordLetterDelivery;
import org.recours.kernel.casefile.RecordLetterSent;
import org.recours.kernel.casefile.RecordMediationOutcome;
import org.recours.kernel.casefile.RecordResponse;
import org.recours.kernel.casefile.RecordSupportContact;
import org.recours.kernel.casefile.ReminderDue;
import org.recours.kernel.casefile.ReminderKind;
import org.recours.kernel.casefile.ReopenCase;
import org.recours.kernel.casefile.RequestMediation;
import org.recours.kernel.casefile.Resolution;
import org.recours.kernel.casefile.ResponseAssessment;
import org.recours.kernel.casefile.ResponseDeadlineExpired;
import org.recours.kernel.casefile.SendingMethod;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.casefile.TrackingNumber;
import org.recours.testing.casefile.ReferenceCase;
import org.recours.testing.time.MovableClock;

/**
 * The deadlines a case sets for itself: scheduled by the step that starts a time limit, cancelled by the one that
 * makes it moot, recorded as the system's act when they fire. The letter of the reference case reaches Amazon's
 * head office on 10 January 2031; Amazon has until 10 March to answer.
 */
class ComplaintCaseDeadlinesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final CaseId CASE = ReferenceCase.CASE;
    private static final HeadOffice CLICHY = ReferenceCase.CLICHY;
    private static final CompanyProfile PRIME_VIDEO =
            primeVideo().onlyInClichy().build();
    private static final LocalDate SENT = LocalDate.of(2031, 1, 8);
    private static final LocalDate DELIVERED = LocalDate.of(2031, 1, 10);
    private static final LocalDate RESPONSE_DUE = LocalDate.of(2031, 3, 10);
    private static final LocalDate SILENCE_FROM = LocalDate.of(2031, 3, 11);
    private static final LocalDate ADMISSIBLE_UNTIL = LocalDate.of(2032, 1, 8);

    private final MovableClock clock = MovableClock.stoppedAt(at(LocalDate.of(2031, 1, 12), LocalTime.NOON));
    private FixtureConfiguration<ComplaintCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = ComplaintCaseFixture.on(clock);
    }

    @Test
    void theDeliveredLetterSchedulesTheResponseWindowsReminderAndEndAndTheMediationYearsReminders() {
        fixture.given(filed())
                .andGivenCommands(sendLetter())
                .when(new RecordLetterDelivery(CASE, null, 1, DELIVERED))
                .expectScheduledDeadline(
                        eightAm(LocalDate.of(2031, 3, 3)),
                        new CaseDeadline(
                                ReminderKind.RESPONSE_DEADLINE_APPROACHING, RESPONSE_DUE, LocalDate.of(2031, 3, 3)))
                .expectScheduledDeadline(
                        eightAm(SILENCE_FROM),
                        new CaseDeadline(ReminderKind.RESPONSE_DEADLINE_EXPIRED, RESPONSE_DUE, SILENCE_FROM))
                .expectNoScheduledDeadline(
                        eightAm(LocalDate.of(2031, 3, 1)),
                        new CaseDeadline(
                                ReminderKind.RESPONSE_DEADLINE_APPROACHING,
                                LocalDate.of(2031, 3, 8),
                                LocalDate.of(2031, 3, 1)))
                .expectScheduledDeadline(
                        eightAm(LocalDate.of(2031, 11, 9)),
                        new CaseDeadline(
                                ReminderKind.MEDIATION_TIME_LIMIT_APPROACHING,
                                ADMISSIBLE_UNTIL,
                                LocalDate.of(2031, 11, 9)))
                .expectScheduledDeadline(
                        eightAm(LocalDate.of(2031, 12, 24)),
                        new CaseDeadline(
                                ReminderKind.MEDIATION_TIME_LIMIT_APPROACHING,
                                ADMISSIBLE_UNTIL,
                                LocalDate.of(2031, 12, 24)));
    }

    @Test
    void aWeekBeforeTheResponseWindowEndsAReminderIsRecordedByTheSystem() {
        var case_ = fixture.given(filed()).andGivenCommands(sendLetter(), deliver());
        clock.setTo(eightAm(LocalDate.of(2031, 3, 3)));

        case_.whenTimeAdvancesTo(eightAm(LocalDate.of(2031, 3, 3)))
                .expectEventsMatching(payloadsAndActors(List.of(new ReminderDue(
                        CASE,
                        ReminderKind.RESPONSE_DEADLINE_APPROACHING,
                        RESPONSE_DUE,
                        LocalDate.of(2031, 3, 3),
                        LocalDate.of(2031, 3, 3)))));
    }

    @Test
    void nothingFiresTheEveningBefore() {
        var case_ = fixture.given(filed()).andGivenCommands(sendLetter(), deliver());
        clock.setTo(at(LocalDate.of(2031, 3, 2), LocalTime.of(23, 59)));

        case_.whenTimeAdvancesTo(at(LocalDate.of(2031, 3, 2), LocalTime.of(23, 59)))
                .expectNoEvents()
                .expectTriggeredDeadlines();
    }

    @Test
    void onTheDueDateItselfNothingIsRecordedForTheCompanyHasItInFull() {
        var case_ = fixture.given(filed()).andGivenCommands(sendLetter(), deliver());
        clock.setTo(at(RESPONSE_DUE, LocalTime.of(23, 59)));

        case_.whenTimeAdvancesTo(at(RESPONSE_DUE, LocalTime.of(23, 59)))
                .expectEventsMatching(payloadsAndActors(List.of(new ReminderDue(
                        CASE,
                        ReminderKind.RESPONSE_DEADLINE_APPROACHING,
                        RESPONSE_DUE,
                        LocalDate.of(2031, 3, 3),
                        RESPONSE_DUE))));
    }

    @Test
    void theDayAfterTheDueDateTheCompanysSilenceIsRecordedByTheSystem() {
        var case_ = fixture.given(filed()).andGivenCommands(sendLetter(), deliver());
        clock.setTo(eightAm(SILENCE_FROM));

        case_.whenTimeAdvancesTo(eightAm(SILENCE_FROM))
                .expectEventsMatching(payloadsAndActors(List.of(
                        new ReminderDue(
                                CASE,
                                ReminderKind.RESPONSE_DEADLINE_APPROACHING,
                                RESPONSE_DUE,
                                LocalDate.of(2031, 3, 3),
                                SILENCE_FROM),
                        new ResponseDeadlineExpired(CASE, RESPONSE_DUE, SILENCE_FROM, ADMISSIBLE_UNTIL))));
    }

    @Test
    void theCompanysAnswerCancelsTheResponseWindowsDeadlines() {
        var case_ = fixture.given(filed()).andGivenCommands(sendLetter(), deliver());
        clock.setTo(at(LocalDate.of(2031, 2, 1), LocalTime.NOON));

        case_.when(new RecordResponse(
                        CASE,
                        null,
                        LocalDate.of(2031, 2, 1),
                        ContactChannel.EMAIL,
                        "Refus",
                        ResponseAssessment.REJECTED,
                        null))
                .expectNoScheduledDeadlineWithName(eightAm(SILENCE_FROM), DeadlineFamily.RESPONSE_WINDOW.storedName())
                .expectNoScheduledDeadlineWithName(
                        eightAm(LocalDate.of(2031, 3, 3)), DeadlineFamily.RESPONSE_WINDOW.storedName())
                .expectScheduledDeadlineWithName(
                        eightAm(LocalDate.of(2031, 11, 9)), DeadlineFamily.MEDIATION_TIME_LIMIT.storedName());
    }

    @Test
    void aSupportContactWithNoFurtherStepCallsForTheLetterFifteenDaysLater() {
        var contactedOn = LocalDate.of(2031, 1, 12);
        var case_ = fixture.given(filed()).andGivenCommands(supportContact(contactedOn));
        clock.setTo(eightAm(LocalDate.of(2031, 1, 27)));

        case_.whenTimeAdvancesTo(eightAm(LocalDate.of(2031, 1, 27)))
                .expectEventsMatching(payloadsAndActors(List.of(new ReminderDue(
                        CASE,
                        ReminderKind.SUPPORT_FOLLOW_UP,
                        LocalDate.of(2031, 1, 27),
                        LocalDate.of(2031, 1, 27),
                        LocalDate.of(2031, 1, 27)))));
    }

    @Test
    void theLetterCancelsTheSupportFollowUp() {
        fixture.given(filed())
                .andGivenCommands(supportContact(LocalDate.of(2031, 1, 5)))
                .when(sendLetter())
                .expectNoScheduledDeadlineWithName(
                        eightAm(LocalDate.of(2031, 1, 20)), DeadlineFamily.SUPPORT_FOLLOW_UP.storedName());
    }

    @Test
    void aLaterSupportContactPostponesTheFollowUp() {
        fixture.given(filed())
                .andGivenCommands(supportContact(LocalDate.of(2031, 1, 5)))
                .when(supportContact(LocalDate.of(2031, 1, 11)))
                .expectNoScheduledDeadlineWithName(
                        eightAm(LocalDate.of(2031, 1, 20)), DeadlineFamily.SUPPORT_FOLLOW_UP.storedName())
                .expectScheduledDeadline(
                        eightAm(LocalDate.of(2031, 1, 26)),
                        new CaseDeadline(
                                ReminderKind.SUPPORT_FOLLOW_UP, LocalDate.of(2031, 1, 26), LocalDate.of(2031, 1, 26)));
    }

    @Test
    void requestingMediationCancelsTheYearsRemindersAndStartsTheMediatorsNinetyDays() {
        var case_ = fixture.given(filed()).andGivenCommands(sendLetter(), deliver());
        clock.setTo(at(LocalDate.of(2031, 3, 11), LocalTime.NOON));

        case_.when(
                        new RequestMediation(
                                CASE, null, ReferenceCase.FEVAD, LocalDate.of(2031, 3, 11), "FEVAD-2031-0001", null),
                        Map.of(ActorMetaData.STAFF_ROLE, "STAFF", ActorMetaData.STAFF_BRANCH, "paris-11"))
                .expectNoScheduledDeadlineWithName(
                        eightAm(LocalDate.of(2031, 11, 9)), DeadlineFamily.MEDIATION_TIME_LIMIT.storedName())
                .expectScheduledDeadline(
                        eightAm(LocalDate.of(2031, 6, 10)),
                        new CaseDeadline(
                                ReminderKind.MEDIATOR_CONCLUSION_OVERDUE,
                                LocalDate.of(2031, 6, 9),
                                LocalDate.of(2031, 6, 10)));
    }

    @Test
    void theMediationsOutcomeCancelsTheMediatorReminder() {
        clock.setTo(at(LocalDate.of(2031, 3, 11), LocalTime.NOON));
        var case_ = fixture.given(filed()).andGivenCommands(sendLetter(), deliver(), requestMediation());
        clock.setTo(at(LocalDate.of(2031, 5, 2), LocalTime.NOON));

        case_.when(new RecordMediationOutcome(CASE, null, MediationOutcome.AGREEMENT, LocalDate.of(2031, 5, 2)))
                .expectNoScheduledDeadlineWithName(
                        eightAm(LocalDate.of(2031, 6, 10)), DeadlineFamily.MEDIATOR_CONCLUSION.storedName());
    }

    /** The letter, entered the day after its window ended, leaves the silence to staff: only the mediator is late. */
    @Test
    void aMediatorWithoutOutcomeAfterNinetyDaysIsRemindedOfIt() {
        clock.setTo(at(LocalDate.of(2031, 3, 11), LocalTime.NOON));
        var case_ = fixture.given(filed()).andGivenCommands(sendLetter(), deliver(), requestMediation());
        clock.setTo(eightAm(LocalDate.of(2031, 6, 10)));

        case_.whenTimeAdvancesTo(eightAm(LocalDate.of(2031, 6, 10)))
                .expectEventsMatching(payloadsAndActors(List.of(new ReminderDue(
                        CASE,
                        ReminderKind.MEDIATOR_CONCLUSION_OVERDUE,
                        LocalDate.of(2031, 6, 9),
                        LocalDate.of(2031, 6, 10),
                        LocalDate.of(2031, 6, 10)))));
    }

    @Test
    void closingTheCaseCancelsEveryDeadline() {
        var case_ = fixture.given(filed())
                .andGivenCommands(supportContact(LocalDate.of(2031, 1, 5)), sendLetter(), deliver());

        case_.when(new CloseCase(CASE, null, Resolution.ABANDONED, Money.euros("0"), "Abandon"))
                .expectNoScheduledDeadlines();
    }

    @Test
    void reopeningTheCaseTakesUpTheDeadlinesStillRunning() {
        var case_ = fixture.given(filed())
                .andGivenCommands(
                        sendLetter(),
                        deliver(),
                        new CloseCase(CASE, null, Resolution.ABANDONED, Money.euros("0"), "Abandon"));

        case_.when(new ReopenCase(CASE, null, "Le consommateur reprend la démarche"))
                .expectScheduledDeadline(
                        eightAm(SILENCE_FROM),
                        new CaseDeadline(ReminderKind.RESPONSE_DEADLINE_EXPIRED, RESPONSE_DUE, SILENCE_FROM))
                .expectScheduledDeadlineWithName(
                        eightAm(LocalDate.of(2031, 11, 9)), DeadlineFamily.MEDIATION_TIME_LIMIT.storedName());
    }

    @Test
    void aDeadlineThatFiresAgainRecordsNothingTwice() {
        var reminder = new ReminderDue(
                CASE,
                ReminderKind.RESPONSE_DEADLINE_APPROACHING,
                RESPONSE_DUE,
                LocalDate.of(2031, 3, 3),
                LocalDate.of(2031, 3, 3));
        var case_ =
                fixture.given(filed()).andGivenCommands(sendLetter(), deliver()).andGiven(reminder);
        clock.setTo(eightAm(LocalDate.of(2031, 3, 4)));

        case_.whenTimeAdvancesTo(eightAm(LocalDate.of(2031, 3, 4)))
                .expectTriggeredDeadlinesOfType(CaseDeadline.class)
                .expectNoEvents();
    }

    @Test
    void aReminderWhoseDayIsPastWhenItsStepIsEnteredIsNotScheduled() {
        clock.setTo(at(LocalDate.of(2031, 3, 5), LocalTime.NOON));

        fixture.given(filed())
                .andGivenCommands(sendLetter())
                .when(deliver())
                .expectNoScheduledDeadline(
                        eightAm(LocalDate.of(2031, 3, 3)),
                        new CaseDeadline(
                                ReminderKind.RESPONSE_DEADLINE_APPROACHING, RESPONSE_DUE, LocalDate.of(2031, 3, 3)));
    }

    /** Entered five days before its end, the window leaves the post its grace period: staff confirm the silence. */
    @Test
    void aWindowEndingWithinThePostalGracePeriodOfItsEntryIsLeftForStaffToConfirm() {
        clock.setTo(at(LocalDate.of(2031, 3, 5), LocalTime.NOON));

        fixture.given(filed())
                .andGivenCommands(sendLetter())
                .when(deliver())
                .expectNoScheduledDeadline(
                        eightAm(SILENCE_FROM),
                        new CaseDeadline(ReminderKind.RESPONSE_DEADLINE_EXPIRED, RESPONSE_DUE, SILENCE_FROM));
    }

    @Test
    void aWindowEndingAfterThePostalGracePeriodOfItsEntryIsRecordedByTheSystem() {
        clock.setTo(at(LocalDate.of(2031, 3, 3), LocalTime.NOON));

        fixture.given(filed())
                .andGivenCommands(sendLetter())
                .when(deliver())
                .expectScheduledDeadline(
                        eightAm(SILENCE_FROM),
                        new CaseDeadline(ReminderKind.RESPONSE_DEADLINE_EXPIRED, RESPONSE_DUE, SILENCE_FROM));
    }

    static ComplaintFiled filed() {
        return new ComplaintFiled(
                CASE,
                new ConsumerId(UUID.fromString("3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b")),
                PRIME_VIDEO,
                Category.ADS_IN_PAID_SUBSCRIPTION,
                "Publicités dans l'abonnement payant",
                Money.euros("23.88"),
                "Abonnement sans publicité",
                new BranchId("paris-11"),
                new StaffMemberId("marie"),
                LocalDate.of(2031, 1, 2));
    }

    private static RecordSupportContact supportContact(LocalDate on) {
        return new RecordSupportContact(CASE, null, ContactChannel.CHAT, on, "PV-1", "Demande", "Refus");
    }

    static RecordLetterSent sendLetter() {
        return new RecordLetterSent(
                CASE,
                null,
                CLICHY.entity(),
                SENT,
                SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT,
                new TrackingNumber("1A12345678901"));
    }

    static RecordLetterDelivery deliver() {
        return new RecordLetterDelivery(CASE, null, 1, DELIVERED);
    }

    static RequestMediation requestMediation() {
        return new RequestMediation(
                CASE, null, ReferenceCase.FEVAD, LocalDate.of(2031, 3, 11), "FEVAD-2031-0001", null);
    }

    static Instant eightAm(LocalDate day) {
        return at(day, LocalTime.of(8, 0));
    }

    static Instant at(LocalDate day, LocalTime time) {
        return LocalDateTime.of(day, time).atZone(PARIS).toInstant();
    }

    /** The events' payloads, in order, each recorded by the system. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Matcher<List<EventMessage<?>>> payloadsAndActors(List<Object> payloads) {
        @SuppressWarnings("unchecked")
        Matcher<? super EventMessage<?>>[] each = payloads.stream()
                .map(payload -> allOf(
                        new FeatureMatcher<EventMessage<?>, Object>(equalTo(payload), "payload", "payload") {
                            @Override
                            protected Object featureValueOf(EventMessage<?> message) {
                                return message.getPayload();
                            }
                        },
                        new FeatureMatcher<EventMessage<?>, Object>(equalTo("system"), "staffMember", "staffMember") {
                            @Override
                            protected Object featureValueOf(EventMessage<?> message) {
                                return message.getMetaData().get(ActorMetaData.STAFF_MEMBER);
                            }
                        }))
                .toArray(Matcher[]::new);
        return (Matcher) contains(each);
    }
}
