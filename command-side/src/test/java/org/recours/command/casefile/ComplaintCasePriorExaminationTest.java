package org.recours.command.casefile;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.CASE;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.at;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.deliver;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.eightAm;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.filed;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.requestMediation;
import static org.recours.command.casefile.ComplaintCaseDeadlinesTest.sendLetter;
import static org.recours.command.casefile.ComplaintCaseTest.refusedUnder;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.ActorMetaData;
import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.ContactChannel;
import org.recours.kernel.casefile.LetterSent;
import org.recours.kernel.casefile.MediationOutcome;
import org.recours.kernel.casefile.MediationRequested;
import org.recours.kernel.casefile.PriorExaminationOverridden;
import org.recours.kernel.casefile.PriorExaminationOverridden.PriorExamination;
import org.recours.kernel.casefile.RecordCourtAction;
import org.recours.kernel.casefile.RecordMediationOutcome;
import org.recours.kernel.casefile.RecordSupportContact;
import org.recours.kernel.casefile.ReminderKind;
import org.recours.kernel.casefile.RequestMediation;
import org.recours.kernel.casefile.StaffRole;
import org.recours.kernel.casefile.SupportContacted;
import org.recours.testing.casefile.ReferenceCase;
import org.recours.testing.time.MovableClock;

/**
 * Code de la consommation, L612-2 3° and 4°. A dispute examined before by a mediator (any outcome but
 * "irrecevable"), or before a court, is not mediated again unless a supervisor records why the new request is
 * another dispute. The one year to seize the mediator runs from the earliest written complaint on file: the first
 * letter (8 January 2031) or an earlier email to customer support (3 January 2031: last day 3 January 2032).
 */
class ComplaintCasePriorExaminationTest {

    private static final String FEVAD = ReferenceCase.FEVAD;
    private static final LocalDate FIRST_CONCLUDED = LocalDate.of(2031, 4, 1);
    private static final LocalDate SECOND_REQUESTED = LocalDate.of(2031, 4, 2);
    private static final Map<String, String> AS_SUPERVISOR = Map.of(
            ActorMetaData.STAFF_MEMBER,
            "paul",
            ActorMetaData.STAFF_ROLE,
            StaffRole.SUPERVISOR.name(),
            ActorMetaData.STAFF_BRANCH,
            "paris-11");
    private static final Map<String, String> AS_STAFF = Map.of(
            ActorMetaData.STAFF_MEMBER,
            "lucie",
            ActorMetaData.STAFF_ROLE,
            StaffRole.STAFF.name(),
            ActorMetaData.STAFF_BRANCH,
            "paris-11");

    private final MovableClock clock = MovableClock.stoppedAt(at(LocalDate.of(2031, 4, 2), LocalTime.NOON));
    private FixtureConfiguration<ComplaintCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = ComplaintCaseFixture.on(clock);
    }

    private TestExecutor<ComplaintCase> firstMediationEnded(MediationOutcome outcome) {
        return fixture.given(filed())
                .andGivenCommands(
                        sendLetter(),
                        deliver(),
                        requestMediation(),
                        new RecordMediationOutcome(CASE, null, outcome, FIRST_CONCLUDED));
    }

    private static RequestMediation secondRequest(String examinationOverrideReason) {
        return new RequestMediation(
                CASE,
                null,
                "Médiateur des communications électroniques",
                SECOND_REQUESTED,
                null,
                null,
                examinationOverrideReason);
    }

    @Test
    void aDisputeAMediatorExaminedIsRefusedNamingTheRuleAndTheMediator() {
        firstMediationEnded(MediationOutcome.PROPOSAL_REFUSED)
                .when(secondRequest(null))
                .expectException(refusedUnder(CaseRule.DISPUTE_ALREADY_EXAMINED))
                .expectExceptionMessage(
                        allOf(containsString(FEVAD), containsString("1er avril 2031"), containsString("L612-2 3°")))
                .expectNoEvents();
    }

    @Test
    void aMediationDeclaredInadmissibleExaminedNothing() {
        firstMediationEnded(MediationOutcome.INADMISSIBLE)
                .when(secondRequest(null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new MediationRequested(
                        CASE,
                        "Médiateur des communications électroniques",
                        SECOND_REQUESTED,
                        null,
                        LocalDate.of(2031, 7, 1),
                        null));
    }

    @Test
    void anEarlierExaminationIsRememberedThroughALaterInadmissibleMediation() {
        var case_ = firstMediationEnded(MediationOutcome.COMPANY_DECLINED);
        case_.andGivenCommands(GenericCommandMessage.asCommandMessage(
                                secondRequest("Autre litige : la résiliation, pas les publicités"))
                        .andMetaData(AS_SUPERVISOR))
                .andGivenCommands(
                        new RecordMediationOutcome(CASE, null, MediationOutcome.INADMISSIBLE, SECOND_REQUESTED));

        case_.when(new RequestMediation(CASE, null, "Troisième médiateur", SECOND_REQUESTED, null, null))
                .expectException(refusedUnder(CaseRule.DISPUTE_ALREADY_EXAMINED))
                .expectExceptionMessage(containsString(FEVAD));
    }

    @Test
    void aSupervisorOverridesWithAReasonRecordedRightBeforeTheRequest() {
        firstMediationEnded(MediationOutcome.AGREEMENT)
                .when(secondRequest("Autre litige : la résiliation, pas les publicités"), AS_SUPERVISOR)
                .expectEvents(
                        new PriorExaminationOverridden(
                                CASE,
                                PriorExamination.MEDIATION,
                                FEVAD,
                                FIRST_CONCLUDED,
                                "Autre litige : la résiliation, pas les publicités"),
                        new MediationRequested(
                                CASE,
                                "Médiateur des communications électroniques",
                                SECOND_REQUESTED,
                                null,
                                LocalDate.of(2031, 7, 1),
                                null));
    }

    @Test
    void staffCannotOverride() {
        firstMediationEnded(MediationOutcome.AGREEMENT)
                .when(secondRequest("Autre litige"), AS_STAFF)
                .expectException(refusedUnder(CaseRule.EXAMINATION_OVERRIDE_REQUIRES_SUPERVISOR))
                .expectNoEvents();
    }

    @Test
    void aCourtActionOnFileIsAnExaminationUnderWay() {
        fixture.given(filed())
                .andGivenCommands(
                        sendLetter(),
                        deliver(),
                        new RecordCourtAction(
                                CASE,
                                null,
                                "Tribunal judiciaire de Paris",
                                LocalDate.of(2031, 3, 20),
                                "RG 31/001",
                                "Assignation",
                                org.recours.kernel.casefile.CourtClaim.notASum()))
                .when(requestMediation())
                .expectException(refusedUnder(CaseRule.DISPUTE_ALREADY_EXAMINED))
                .expectExceptionMessage(
                        allOf(containsString("Tribunal judiciaire de Paris"), containsString("20 mars 2031")));
    }

    @Test
    void anEmailToSupportBeforeTheLetterIsTheEarliestWrittenComplaint() {
        clock.setTo(at(LocalDate.of(2031, 1, 8), LocalTime.NOON));
        fixture.given(filed())
                .andGivenCommands(new RecordSupportContact(
                        CASE,
                        null,
                        ContactChannel.EMAIL,
                        LocalDate.of(2031, 1, 3),
                        "PV-1",
                        "Réclamation par courriel",
                        "Sans suite"))
                .when(sendLetter())
                .expectEventsMatching(letterAdmissibleUntil(LocalDate.of(2032, 1, 3)));
    }

    @Test
    void aPhoneCallIsNotAWrittenComplaint() {
        clock.setTo(at(LocalDate.of(2031, 1, 8), LocalTime.NOON));
        fixture.given(filed())
                .andGivenCommands(new RecordSupportContact(
                        CASE, null, ContactChannel.PHONE, LocalDate.of(2031, 1, 3), null, "Appel", "Sans suite"))
                .when(sendLetter())
                .expectEventsMatching(letterAdmissibleUntil(LocalDate.of(2032, 1, 8)));
    }

    @Test
    void theYearFromAnEarlierWrittenContactEndsOnItsLastDayIncluded() {
        clock.setTo(at(LocalDate.of(2032, 1, 4), LocalTime.NOON));
        var case_ = fixture.given(
                        filed(),
                        new SupportContacted(
                                CASE,
                                ContactChannel.CONTACT_FORM,
                                LocalDate.of(2031, 1, 3),
                                null,
                                "Formulaire",
                                "Sans suite"))
                .andGivenCommands(sendLetter(), deliver());

        case_.when(new RequestMediation(CASE, null, FEVAD, LocalDate.of(2032, 1, 3), null, null))
                .expectSuccessfulHandlerExecution();
        fixture.given(
                        filed(),
                        new SupportContacted(
                                CASE,
                                ContactChannel.CONTACT_FORM,
                                LocalDate.of(2031, 1, 3),
                                null,
                                "Formulaire",
                                "Sans suite"))
                .andGivenCommands(sendLetter(), deliver())
                .when(new RequestMediation(CASE, null, FEVAD, LocalDate.of(2032, 1, 4), null, null))
                .expectException(refusedUnder(CaseRule.MEDIATION_TIME_BARRED))
                .expectExceptionMessage(
                        containsString("la réclamation écrite la plus ancienne date du 3 janvier 2031"));
    }

    @Test
    void aWrittenContactAloneStartsTheYearsWarnings() {
        clock.setTo(at(LocalDate.of(2031, 1, 3), LocalTime.NOON));
        fixture.given(filed())
                .when(new RecordSupportContact(
                        CASE,
                        null,
                        ContactChannel.POSTAL_MAIL,
                        LocalDate.of(2031, 1, 3),
                        null,
                        "Courrier simple au service client",
                        "Sans suite"))
                .expectScheduledDeadline(
                        eightAm(LocalDate.of(2031, 11, 4)),
                        new CaseDeadline(
                                ReminderKind.MEDIATION_TIME_LIMIT_APPROACHING,
                                LocalDate.of(2032, 1, 3),
                                LocalDate.of(2031, 11, 4)));
    }

    /** The events hold a letter whose one year to seize the mediator ends on {@code lastDay}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Matcher<List<EventMessage<?>>> letterAdmissibleUntil(LocalDate lastDay) {
        return (Matcher) Matchers.hasItem(
                new FeatureMatcher<EventMessage<?>, Object>(
                        Matchers.equalTo(lastDay), "a letter admissible until", "admissible until") {
                    @Override
                    protected Object featureValueOf(EventMessage<?> message) {
                        return message.getPayload() instanceof LetterSent sent ? sent.mediationAdmissibleUntil() : null;
                    }
                });
    }
}
