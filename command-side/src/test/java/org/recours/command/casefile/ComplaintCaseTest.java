package org.recours.command.casefile;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.recours.testing.casefile.ReferenceCase.COMPANY_NAME;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.recours.kernel.casefile.ActorMetaData;
import org.recours.kernel.casefile.AddNote;
import org.recours.kernel.casefile.AmicableAttemptBasis;
import org.recours.kernel.casefile.AttachEvidence;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.CaseClosed;
import org.recours.kernel.casefile.CaseHandlerAssigned;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.CaseOutOfReach;
import org.recours.kernel.casefile.CaseQueuedForSupervisors;
import org.recours.kernel.casefile.CaseReopened;
import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.CloseCase;
import org.recours.kernel.casefile.CompanyProfile;
import org.recours.kernel.casefile.ComplaintFiled;
import org.recours.kernel.casefile.ConsumerDetail;
import org.recours.kernel.casefile.ConsumerDetailsUpdated;
import org.recours.kernel.casefile.ConsumerId;
import org.recours.kernel.casefile.ContactChannel;
import org.recours.kernel.casefile.CourtActionRecorded;
import org.recours.kernel.casefile.CourtClaim;
import org.recours.kernel.casefile.CourtClaimStated;
import org.recours.kernel.casefile.DocumentId;
import org.recours.kernel.casefile.EvidenceAttached;
import org.recours.kernel.casefile.EvidenceWithdrawn;
import org.recours.kernel.casefile.FileComplaint;
import org.recours.kernel.casefile.HandoverReason;
import org.recours.kernel.casefile.HeadOffice;
import org.recours.kernel.casefile.HelpCentreConsulted;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.LetterDelivered;
import org.recours.kernel.casefile.LetterSent;
import org.recours.kernel.casefile.MediationConcluded;
import org.recours.kernel.casefile.MediationOutcome;
import org.recours.kernel.casefile.MediationRequested;
import org.recours.kernel.casefile.Money;
import org.recours.kernel.casefile.NoteAdded;
import org.recours.kernel.casefile.PersonalDataErased;
import org.recours.kernel.casefile.QueueCaseForSupervisors;
import org.recours.kernel.casefile.ReassignCase;
import org.recours.kernel.casefile.RecordConsumerDetailsUpdate;
import org.recours.kernel.casefile.RecordCourtAction;
import org.recours.kernel.casefile.RecordHelpCentreConsultation;
import org.recours.kernel.casefile.RecordLetterDelivery;
import org.recours.kernel.casefile.RecordLetterSent;
import org.recours.kernel.casefile.RecordMediationOutcome;
import org.recours.kernel.casefile.RecordPersonalDataErasure;
import org.recours.kernel.casefile.RecordResponse;
import org.recours.kernel.casefile.RecordResponseDeadlineExpiry;
import org.recours.kernel.casefile.RecordSupportContact;
import org.recours.kernel.casefile.ReopenCase;
import org.recours.kernel.casefile.RequestMediation;
import org.recours.kernel.casefile.Resolution;
import org.recours.kernel.casefile.ResponseAssessment;
import org.recours.kernel.casefile.ResponseDeadlineExpired;
import org.recours.kernel.casefile.ResponseReceived;
import org.recours.kernel.casefile.SendingMethod;
import org.recours.kernel.casefile.Sha256;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.casefile.StaffRole;
import org.recours.kernel.casefile.StepRefused;
import org.recours.kernel.casefile.SupportContacted;
import org.recours.kernel.casefile.TrackingNumber;
import org.recours.kernel.casefile.WithdrawEvidence;
import org.recours.kernel.law.ReminderPolicy;
import org.recours.testing.casefile.ReferenceCase;

/**
 * The reference case: a Prime Video subscriber complains that ads were brought into the paid subscription. Today is
 * 15 March 2027 in Paris; Amazon has two months to answer a written complaint.
 */
class ComplaintCaseTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

    private static final CaseId CASE = ReferenceCase.CASE;
    private static final ConsumerId CONSUMER = new ConsumerId(UUID.fromString("3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b"));
    private static final HeadOffice CLICHY = ReferenceCase.CLICHY;
    private static final HeadOffice LUXEMBOURG = ReferenceCase.LUXEMBOURG;
    private static final String FEVAD = ReferenceCase.FEVAD;
    private static final CompanyProfile PRIME_VIDEO = ReferenceCase.PRIME_VIDEO;
    private static final TrackingNumber TRACKING = new TrackingNumber("1A12345678901");
    private static final String FACTS = "Depuis le 4 février 2027, Prime Video diffuse des publicités alors que "
            + "l'abonnement payé n'en comportait pas ; les retirer coûte 1,99 € de plus par mois.";
    private static final Money AT_STAKE = Money.euros("23.88");
    private static final String DESIRED_OUTCOME = "Le retour à l'abonnement sans publicité au prix souscrit";
    private static final BranchId BRANCH = new BranchId("paris-11");
    private static final String OVERRIDE = "Prélèvements sur le compte d'une personne en situation de précarité";

    private static final Map<String, String> AS_STAFF = actor("marie", StaffRole.STAFF);
    private static final Map<String, String> AS_SUPERVISOR = actor("paul", StaffRole.SUPERVISOR);

    private FixtureConfiguration<ComplaintCase> fixture;

    @BeforeEach
    void setUp() {
        useClockAt("2027-03-15T10:00:00Z");
    }

    private void useClockAt(String instant) {
        fixture = new AggregateTestFixture<>(ComplaintCase.class);
        fixture.registerInjectableResource(Clock.fixed(Instant.parse(instant), ZoneId.of("Europe/Paris")));
        fixture.registerInjectableResource(ReminderPolicy.DEFAULT);
    }

    @Nested
    class FilingAComplaint {

        @Test
        void recordsTheComplaintAsFiledTodayByTheStaffMemberWhoFiledIt() {
            fixture.givenNoPriorActivity()
                    .when(fileComplaint(), Map.of(ActorMetaData.STAFF_MEMBER, "marie"))
                    .expectEvents(complaintFiledOn(TODAY))
                    .expectResultMessagePayload(CASE);
        }

        @Test
        void takesTodayAsItIsInParis() {
            useClockAt("2027-03-15T23:30:00Z");

            fixture.givenNoPriorActivity()
                    .when(fileComplaint(), Map.of(ActorMetaData.STAFF_MEMBER, "marie"))
                    .expectEvents(complaintFiledOn(LocalDate.of(2027, 3, 16)));
        }

        @Test
        void isRefusedWithoutTheStaffMemberWhoFiledIt() {
            fixture.givenNoPriorActivity()
                    .when(fileComplaint())
                    .expectException(invalid("staffMember"))
                    .expectNoEvents();
        }
    }

    private static FileComplaint fileComplaint() {
        return new FileComplaint(
                CASE,
                CONSUMER,
                PRIME_VIDEO,
                Category.ADS_IN_PAID_SUBSCRIPTION,
                FACTS,
                AT_STAKE,
                DESIRED_OUTCOME,
                BRANCH);
    }

    @Nested
    class ContactsBeforeTheWrittenComplaint {

        @Test
        void aHelpCentreConsultationIsRecorded() {
            var findings = "La page d'aide présente les publicités comme une évolution de l'offre.";

            fixture.given(filed())
                    .when(new RecordHelpCentreConsultation(CASE, null, LocalDate.of(2027, 3, 2), findings))
                    .expectEvents(new HelpCentreConsulted(CASE, LocalDate.of(2027, 3, 2), findings))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void aSupportContactIsRecordedWithItsTicket() {
            fixture.given(filed())
                    .when(new RecordSupportContact(
                            CASE,
                            null,
                            ContactChannel.CHAT,
                            TODAY,
                            " PV-2027-55821 ",
                            "Demande de retrait des publicités",
                            "Renvoyé vers l'option sans publicité"))
                    .expectEvents(new SupportContacted(
                            CASE,
                            ContactChannel.CHAT,
                            TODAY,
                            "PV-2027-55821",
                            "Demande de retrait des publicités",
                            "Renvoyé vers l'option sans publicité"))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void aSupportContactWithoutTicketIsRecordedWithoutOne() {
            fixture.given(filed(), complaintSent(LocalDate.of(2027, 1, 10)))
                    .when(new RecordSupportContact(
                            CASE,
                            null,
                            ContactChannel.PHONE,
                            TODAY,
                            "  ",
                            "Appel au service client",
                            "Aucune solution proposée"))
                    .expectEvents(new SupportContacted(
                            CASE,
                            ContactChannel.PHONE,
                            TODAY,
                            null,
                            "Appel au service client",
                            "Aucune solution proposée"))
                    .expectResultMessagePayload(2L);
        }
    }

    @Nested
    class TheWrittenComplaint {

        @Test
        void startsTheResponseWindowAndTheYearToSeizeTheMediator() {
            fixture.given(filed())
                    .when(sendLetter(CLICHY.entity(), LocalDate.of(2026, 12, 31)))
                    .expectEvents(new LetterSent(
                            CASE,
                            1,
                            CLICHY,
                            LocalDate.of(2026, 12, 31),
                            SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT,
                            TRACKING,
                            LocalDate.of(2027, 2, 28),
                            LocalDate.of(2027, 12, 31)))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void mayGoToAnyHeadOfficeNamedInAnyCase() {
            fixture.given(filed())
                    .when(sendLetter("  amazon europe core sarl ", LocalDate.of(2027, 1, 10)))
                    .expectEvents(new LetterSent(
                            CASE,
                            1,
                            LUXEMBOURG,
                            LocalDate.of(2027, 1, 10),
                            SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT,
                            TRACKING,
                            LocalDate.of(2027, 3, 10),
                            LocalDate.of(2028, 1, 10)));
        }

        @Test
        void sentUntrackedRecordsNoTrackingNumber() {
            fixture.given(filed())
                    .when(new RecordLetterSent(
                            CASE, null, CLICHY.entity(), LocalDate.of(2027, 1, 10), SendingMethod.EMAIL, TRACKING))
                    .expectEvents(new LetterSent(
                            CASE,
                            1,
                            CLICHY,
                            LocalDate.of(2027, 1, 10),
                            SendingMethod.EMAIL,
                            null,
                            LocalDate.of(2027, 3, 10),
                            LocalDate.of(2028, 1, 10)));
        }

        @Test
        void toAnUnknownAddresseeIsRefused() {
            fixture.given(filed())
                    .when(sendLetter("Amazon France Logistique SAS", LocalDate.of(2027, 1, 10)))
                    .expectException(refusedUnder(CaseRule.UNKNOWN_ADDRESSEE))
                    .expectExceptionMessage(allOf(
                            containsString("Amazon France Logistique SAS"),
                            containsString("Amazon Digital France SAS ou Amazon Europe Core SARL")))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @EnumSource(
                value = SendingMethod.class,
                names = {"REGISTERED", "REGISTERED_WITH_ACKNOWLEDGEMENT"})
        void sentRegisteredWithoutTrackingNumberIsRefused(SendingMethod registered) {
            fixture.given(filed())
                    .when(new RecordLetterSent(
                            CASE, null, CLICHY.entity(), LocalDate.of(2027, 1, 10), registered, null))
                    .expectException(refusedUnder(CaseRule.TRACKING_NUMBER_REQUIRED))
                    .expectExceptionMessage(containsString("numéro de suivi"))
                    .expectNoEvents();
        }

        @Test
        void aSecondLetterKeepsTheFirstLettersDeadlines() {
            fixture.given(filed(), complaintSent(LocalDate.of(2027, 1, 10)), delivered(LocalDate.of(2027, 1, 14)))
                    .when(sendLetter(LUXEMBOURG.entity(), LocalDate.of(2027, 3, 1)))
                    .expectEvents(new LetterSent(
                            CASE,
                            2,
                            LUXEMBOURG,
                            LocalDate.of(2027, 3, 1),
                            SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT,
                            TRACKING,
                            LocalDate.of(2027, 3, 14),
                            LocalDate.of(2028, 1, 10)))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void cannotBeDatedBeforeThePreviousLetter() {
            fixture.given(filed(), complaintSent(LocalDate.of(2027, 1, 10)))
                    .when(sendLetter(LUXEMBOURG.entity(), LocalDate.of(2027, 1, 9)))
                    .expectException(refusedUnder(CaseRule.DATE_OUT_OF_ORDER))
                    .expectExceptionMessage(allOf(containsString("10 janvier 2027"), containsString("9 janvier 2027")))
                    .expectNoEvents();
        }
    }

    @Nested
    class TheAcknowledgementOfReceipt {

        @Test
        void movesTheResponseWindowToTheDayOfReceipt() {
            fixture.given(filed(), complaintSent(LocalDate.of(2026, 12, 29)))
                    .when(deliver(1, LocalDate.of(2026, 12, 31)))
                    .expectEvents(new LetterDelivered(CASE, 1, LocalDate.of(2026, 12, 31), LocalDate.of(2027, 2, 28)))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void withoutLetterNumberGoesToTheLatestLetterAwaitingItsReceipt() {
            var complaint = complaintSent(LocalDate.of(2027, 1, 10));

            fixture.given(
                            filed(),
                            complaint,
                            delivered(LocalDate.of(2027, 1, 12)),
                            reminderSent(complaint, 2, LocalDate.of(2027, 2, 1)),
                            reminderSent(complaint, 3, LocalDate.of(2027, 2, 10)))
                    .when(deliver(null, LocalDate.of(2027, 2, 12)))
                    .expectEvents(new LetterDelivered(CASE, 3, LocalDate.of(2027, 2, 12), LocalDate.of(2027, 3, 12)));
        }

        @Test
        void ofASecondLetterKeepsTheFirstLettersDeadline() {
            var complaint = complaintSent(LocalDate.of(2027, 1, 10));

            fixture.given(filed(), complaint, reminderSent(complaint, 2, LocalDate.of(2027, 2, 20)))
                    .when(deliver(2, LocalDate.of(2027, 2, 24)))
                    .expectEvents(new LetterDelivered(CASE, 2, LocalDate.of(2027, 2, 24), LocalDate.of(2027, 3, 10)));
        }

        @Test
        void beforeTheLetterWasSentIsRefused() {
            fixture.given(filed(), complaintSent(LocalDate.of(2027, 1, 10)))
                    .when(deliver(1, LocalDate.of(2027, 1, 9)))
                    .expectException(refusedUnder(CaseRule.DATE_OUT_OF_ORDER))
                    .expectExceptionMessage(containsString("avant son envoi (10 janvier 2027)"))
                    .expectNoEvents();
        }

        @Test
        void withoutAnyLetterSentIsRefused() {
            fixture.given(filed())
                    .when(deliver(null, LocalDate.of(2027, 1, 12)))
                    .expectException(refusedUnder(CaseRule.NO_LETTER_TO_DELIVER))
                    .expectExceptionMessage(containsString("Enregistrez d'abord l'envoi du courrier"))
                    .expectNoEvents();
        }

        @Test
        void ofAnUnknownLetterIsRefused() {
            fixture.given(filed(), complaintSent(LocalDate.of(2027, 1, 10)))
                    .when(deliver(2, LocalDate.of(2027, 1, 12)))
                    .expectException(refusedUnder(CaseRule.NO_LETTER_TO_DELIVER))
                    .expectExceptionMessage(containsString("n° 2"));
        }

        @Test
        void recordedTwiceForTheSameLetterIsRefused() {
            fixture.given(filed(), complaintSent(LocalDate.of(2027, 1, 10)), delivered(LocalDate.of(2027, 1, 12)))
                    .when(deliver(1, LocalDate.of(2027, 1, 13)))
                    .expectException(refusedUnder(CaseRule.NO_LETTER_TO_DELIVER))
                    .expectExceptionMessage(containsString("déjà enregistré"));
        }
    }

    @Nested
    class TheCompanysResponse {

        @Test
        void isRecordedWithTheAssociationsAssessment() {
            fixture.given(filed(), complaintSent(LocalDate.of(2027, 1, 10)))
                    .when(new RecordResponse(
                            CASE,
                            null,
                            LocalDate.of(2027, 2, 20),
                            ContactChannel.EMAIL,
                            "Les conditions d'utilisation permettent l'ajout de publicités",
                            ResponseAssessment.PARTIAL,
                            "Un mois d'abonnement offert"))
                    .expectEvents(new ResponseReceived(
                            CASE,
                            LocalDate.of(2027, 2, 20),
                            ContactChannel.EMAIL,
                            "Les conditions d'utilisation permettent l'ajout de publicités",
                            ResponseAssessment.PARTIAL,
                            "Un mois d'abonnement offert"))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void withoutAWrittenComplaintIsRefused() {
            fixture.given(filed())
                    .when(respond(LocalDate.of(2027, 2, 20)))
                    .expectException(refusedUnder(CaseRule.WRITTEN_COMPLAINT_REQUIRED))
                    .expectExceptionMessage(containsString("réclamation écrite"))
                    .expectNoEvents();
        }

        @Test
        void beforeTheWrittenComplaintIsRefused() {
            fixture.given(filed(), complaintSent(LocalDate.of(2027, 1, 10)))
                    .when(respond(LocalDate.of(2027, 1, 9)))
                    .expectException(refusedUnder(CaseRule.DATE_OUT_OF_ORDER))
                    .expectExceptionMessage(containsString("(10 janvier 2027)"));
        }
    }

    @Nested
    class TheResponseDeadline {

        @Test
        void expiresTheDayAfterTheDueDate() {
            fixture.given(filed(), complaintSent(LocalDate.of(2027, 1, 14)))
                    .when(expireResponseDeadline())
                    .expectEvents(new ResponseDeadlineExpired(
                            CASE, LocalDate.of(2027, 3, 14), TODAY, LocalDate.of(2028, 1, 14)))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void cannotExpireOnTheDueDateItselfWhichTheCompanyHasInFull() {
            fixture.given(filed(), complaintSent(LocalDate.of(2027, 1, 15)))
                    .when(expireResponseDeadline())
                    .expectException(allOf(
                            refusedUnder(CaseRule.RESPONSE_DEADLINE_NOT_REACHED),
                            possibleFrom(LocalDate.of(2027, 3, 16))))
                    .expectExceptionMessage(allOf(
                            containsString("jusqu'au 15 mars 2027 inclus"), containsString("à partir du 16 mars 2027")))
                    .expectNoEvents();
        }

        @Test
        void expiresTwoMonthsAfterReceiptWhenItIsKnown() {
            fixture.given(filed(), complaintSent(LocalDate.of(2026, 12, 29)), delivered(LocalDate.of(2026, 12, 31)))
                    .when(expireResponseDeadline())
                    .expectEvents(new ResponseDeadlineExpired(
                            CASE, LocalDate.of(2027, 2, 28), TODAY, LocalDate.of(2027, 12, 29)));
        }

        @Test
        void cannotExpireBeforeTheDueDate() {
            fixture.given(filed(), complaintSent(LocalDate.of(2027, 1, 16)))
                    .when(expireResponseDeadline())
                    .expectException(allOf(
                            refusedUnder(CaseRule.RESPONSE_DEADLINE_NOT_REACHED),
                            possibleFrom(LocalDate.of(2027, 3, 17))))
                    .expectExceptionMessage(containsString("jusqu'au 16 mars 2027"))
                    .expectNoEvents();
        }

        @Test
        void cannotExpireBeforeTheDueDateCountedFromReceipt() {
            fixture.given(filed(), complaintSent(LocalDate.of(2027, 1, 10)), delivered(LocalDate.of(2027, 1, 20)))
                    .when(expireResponseDeadline())
                    .expectException(allOf(
                            refusedUnder(CaseRule.RESPONSE_DEADLINE_NOT_REACHED),
                            possibleFrom(LocalDate.of(2027, 3, 21))));
        }

        @Test
        void cannotExpireOnceTheCompanyAnswered() {
            fixture.given(filed(), complaintSent(LocalDate.of(2027, 1, 10)), answered(LocalDate.of(2027, 2, 20)))
                    .when(expireResponseDeadline())
                    .expectException(refusedUnder(CaseRule.RESPONSE_ALREADY_RECEIVED))
                    .expectExceptionMessage(containsString("déjà répondu"));
        }

        @Test
        void cannotExpireTwice() {
            fixture.given(
                            filed(),
                            complaintSent(LocalDate.of(2027, 1, 10)),
                            new ResponseDeadlineExpired(
                                    CASE,
                                    LocalDate.of(2027, 3, 10),
                                    LocalDate.of(2027, 3, 11),
                                    LocalDate.of(2028, 1, 10)))
                    .when(expireResponseDeadline())
                    .expectException(refusedUnder(CaseRule.RESPONSE_DEADLINE_ALREADY_EXPIRED))
                    .expectExceptionMessage(containsString("déjà enregistrée"));
        }

        @Test
        void doesNotRunWithoutAWrittenComplaint() {
            fixture.given(filed())
                    .when(expireResponseDeadline())
                    .expectException(refusedUnder(CaseRule.WRITTEN_COMPLAINT_REQUIRED))
                    .expectExceptionMessage(containsString("Aucune réclamation écrite"));
        }
    }

    @Nested
    class Mediation {

        @Test
        void isRequestedWithTheMediatorsNinetyDaysToConclude() {
            fixture.given(filed(), complaintSent(LocalDate.of(2027, 1, 10)))
                    .when(new RequestMediation(CASE, null, FEVAD, TODAY, "FEVAD-2027-0042", null), AS_STAFF)
                    .expectEvents(new MediationRequested(
                            CASE, FEVAD, TODAY, "FEVAD-2027-0042", LocalDate.of(2027, 6, 13), null))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void isRefusedWithoutAWrittenComplaint() {
            fixture.given(filed())
                    .when(requestMediation(TODAY), AS_STAFF)
                    .expectException(refusedUnder(CaseRule.WRITTEN_COMPLAINT_REQUIRED))
                    .expectExceptionMessage(allOf(containsString("L612-2"), containsString(COMPANY_NAME)))
                    .expectNoEvents();
        }

        @Test
        void isRefusedBeforeTheResponseWindowCloses() {
            fixture.given(filed(), complaintSent(LocalDate.of(2027, 1, 20)))
                    .when(requestMediation(TODAY), AS_STAFF)
                    .expectException(
                            allOf(refusedUnder(CaseRule.RESPONSE_WINDOW_OPEN), possibleFrom(LocalDate.of(2027, 3, 21))))
                    .expectExceptionMessage(allOf(
                            containsString("à partir du 21 mars 2027"),
                            containsString(COMPANY_NAME + " a 2 mois pour répondre")))
                    .expectNoEvents();
        }

        @Test
        void isRefusedBeforeTheResponseWindowCountedFromReceiptCloses() {
            fixture.given(filed(), complaintSent(LocalDate.of(2027, 1, 10)), delivered(LocalDate.of(2027, 1, 16)))
                    .when(requestMediation(TODAY), AS_STAFF)
                    .expectException(
                            allOf(refusedUnder(CaseRule.RESPONSE_WINDOW_OPEN), possibleFrom(LocalDate.of(2027, 3, 17))))
                    .expectExceptionMessage(containsString("à partir du 17 mars 2027"));
        }

        /** The company has its last day in full: silence, and mediation, start the next day. */
        @Test
        void isRefusedOnTheLastDayOfTheResponseWindowAndNamesTheNextDay() {
            fixture.given(filed(), complaintSent(LocalDate.of(2027, 1, 15)))
                    .when(requestMediation(TODAY), AS_STAFF)
                    .expectException(
                            allOf(refusedUnder(CaseRule.RESPONSE_WINDOW_OPEN), possibleFrom(LocalDate.of(2027, 3, 16))))
                    .expectExceptionMessage(containsString("à partir du 16 mars 2027"))
                    .expectNoEvents();
        }

        @Test
        void isAllowedTheDayAfterTheLastDayOfTheResponseWindow() {
            fixture.given(filed(), complaintSent(LocalDate.of(2027, 1, 14)))
                    .when(requestMediation(TODAY), AS_STAFF)
                    .expectEvents(mediationRequested(TODAY, LocalDate.of(2027, 6, 13), null));
        }

        @Test
        void isAllowedTheDayAfterTheLastDayOfTheResponseWindowCountedFromReceipt() {
            fixture.given(filed(), complaintSent(LocalDate.of(2027, 1, 5)), delivered(LocalDate.of(2027, 1, 14)))
                    .when(requestMediation(TODAY), AS_STAFF)
                    .expectEvents(mediationRequested(TODAY, LocalDate.of(2027, 6, 13), null));
        }

        @Test
        void isAllowedBeforeTheWindowClosesOnceTheCompanyAnswered() {
            fixture.given(filed(), complaintSent(LocalDate.of(2027, 2, 1)), answered(LocalDate.of(2027, 3, 1)))
                    .when(requestMediation(LocalDate.of(2027, 3, 2)), AS_STAFF)
                    .expectEvents(mediationRequested(LocalDate.of(2027, 3, 2), LocalDate.of(2027, 5, 31), null));
        }

        @Test
        void datedBeforeTheCompanysAnswerStillWaitsForTheWindowToClose() {
            fixture.given(filed(), complaintSent(LocalDate.of(2027, 2, 1)), answered(LocalDate.of(2027, 3, 1)))
                    .when(requestMediation(LocalDate.of(2027, 2, 20)), AS_STAFF)
                    .expectException(
                            allOf(refusedUnder(CaseRule.RESPONSE_WINDOW_OPEN), possibleFrom(LocalDate.of(2027, 3, 1))))
                    .expectNoEvents();
        }

        @Test
        void isAllowedOnceTheResponseDeadlineExpired() {
            fixture.given(
                            filed(),
                            complaintSent(LocalDate.of(2027, 1, 10)),
                            new ResponseDeadlineExpired(
                                    CASE,
                                    LocalDate.of(2027, 3, 10),
                                    LocalDate.of(2027, 3, 11),
                                    LocalDate.of(2028, 1, 10)))
                    .when(requestMediation(TODAY), AS_STAFF)
                    .expectEvents(mediationRequested(TODAY, LocalDate.of(2027, 6, 13), null))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void aSecondLetterDoesNotMoveTheResponseWindow() {
            var complaint = complaintSent(LocalDate.of(2027, 1, 10));

            fixture.given(
                            filed(),
                            complaint,
                            reminderSent(complaint, 2, LocalDate.of(2027, 3, 1)),
                            new LetterDelivered(CASE, 2, LocalDate.of(2027, 3, 3), LocalDate.of(2027, 3, 10)))
                    .when(requestMediation(TODAY), AS_STAFF)
                    .expectEvents(mediationRequested(TODAY, LocalDate.of(2027, 6, 13), null));
        }

        @ParameterizedTest
        @EnumSource(
                value = StaffRole.class,
                names = {"SUPERVISOR", "ADMINISTRATOR"})
        void mayBeBroughtForwardBySupervisorWhoseReasonIsRecorded(StaffRole role) {
            fixture.given(filed(), complaintSent(LocalDate.of(2027, 2, 1)))
                    .when(requestMediation(TODAY, OVERRIDE), actor("paul", role))
                    .expectEvents(mediationRequested(TODAY, LocalDate.of(2027, 6, 13), OVERRIDE))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void broughtForwardByStaffIsRefused() {
            fixture.given(filed(), complaintSent(LocalDate.of(2027, 2, 1)))
                    .when(requestMediation(TODAY, OVERRIDE), AS_STAFF)
                    .expectException(allOf(
                            refusedUnder(CaseRule.OVERRIDE_REQUIRES_SUPERVISOR),
                            possibleFrom(LocalDate.of(2027, 4, 2))))
                    .expectExceptionMessage(allOf(containsString("superviseur"), containsString("2 avril 2027")))
                    .expectNoEvents();
        }

        @Test
        void broughtForwardUnderARoleNobodyHasIsRefused() {
            fixture.given(filed(), complaintSent(LocalDate.of(2027, 2, 1)))
                    .when(requestMediation(TODAY, OVERRIDE), Map.of(ActorMetaData.STAFF_ROLE, "supervisor"))
                    .expectException(refusedUnder(CaseRule.OVERRIDE_REQUIRES_SUPERVISOR))
                    .expectNoEvents();
        }

        @Test
        void broughtForwardBySomeoneWithoutRoleIsRefused() {
            fixture.given(filed(), complaintSent(LocalDate.of(2027, 2, 1)))
                    .when(requestMediation(TODAY, OVERRIDE))
                    .expectException(refusedUnder(CaseRule.OVERRIDE_REQUIRES_SUPERVISOR));
        }

        @Test
        void broughtForwardWithoutReasonIsRefusedEvenToASupervisor() {
            fixture.given(filed(), complaintSent(LocalDate.of(2027, 2, 1)))
                    .when(requestMediation(TODAY, null), AS_SUPERVISOR)
                    .expectException(
                            allOf(refusedUnder(CaseRule.RESPONSE_WINDOW_OPEN), possibleFrom(LocalDate.of(2027, 4, 2))));
        }

        @Test
        void recordsNoOverrideReasonWhenNoneWasNeeded() {
            fixture.given(filed(), complaintSent(LocalDate.of(2027, 1, 10)))
                    .when(requestMediation(TODAY, OVERRIDE), AS_SUPERVISOR)
                    .expectEvents(mediationRequested(TODAY, LocalDate.of(2027, 6, 13), null));
        }

        @Test
        void isTimeBarredMoreThanOneYearAfterTheWrittenComplaint() {
            fixture.given(filed(), complaintSent(LocalDate.of(2026, 3, 14)))
                    .when(requestMediation(TODAY), AS_STAFF)
                    .expectException(refusedUnder(CaseRule.MEDIATION_TIME_BARRED))
                    .expectExceptionMessage(allOf(
                            containsString("irrecevable depuis le 15 mars 2027"),
                            containsString("14 mars 2026"),
                            containsString("L612-2"),
                            containsString("voie judiciaire")))
                    .expectNoEvents();
        }

        @Test
        void isAdmissibleOnTheLastDayOfTheYearAfterTheWrittenComplaint() {
            fixture.given(filed(), complaintSent(LocalDate.of(2026, 3, 15)))
                    .when(requestMediation(TODAY), AS_STAFF)
                    .expectEvents(mediationRequested(TODAY, LocalDate.of(2027, 6, 13), null));
        }

        @Test
        void countsTheYearFromTheDayTheWrittenComplaintWasSent() {
            fixture.given(filed(), complaintSent(LocalDate.of(2026, 3, 14)), delivered(LocalDate.of(2026, 3, 17)))
                    .when(requestMediation(TODAY), AS_STAFF)
                    .expectException(refusedUnder(CaseRule.MEDIATION_TIME_BARRED));
        }

        @Test
        void aSecondLetterDoesNotRestartTheYear() {
            var complaint = complaintSent(LocalDate.of(2026, 3, 14));

            fixture.given(filed(), complaint, reminderSent(complaint, 2, LocalDate.of(2027, 1, 10)))
                    .when(requestMediation(TODAY), AS_STAFF)
                    .expectException(refusedUnder(CaseRule.MEDIATION_TIME_BARRED));
        }

        @Test
        void cannotBeDatedBeforeTheWrittenComplaint() {
            fixture.given(filed(), complaintSent(LocalDate.of(2027, 1, 10)))
                    .when(requestMediation(LocalDate.of(2027, 1, 9), OVERRIDE), AS_SUPERVISOR)
                    .expectException(refusedUnder(CaseRule.DATE_OUT_OF_ORDER))
                    .expectExceptionMessage(containsString("(10 janvier 2027)"));
        }

        @Test
        void isRefusedWhileAnotherIsPending() {
            fixture.given(
                            filed(),
                            complaintSent(LocalDate.of(2027, 1, 10)),
                            mediationRequested(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 6, 8), null))
                    .when(requestMediation(TODAY), AS_STAFF)
                    .expectException(refusedUnder(CaseRule.MEDIATION_ALREADY_PENDING))
                    .expectExceptionMessage(containsString("en cours depuis le 10 mars 2027"))
                    .expectNoEvents();
        }

        @Test
        void mayBeRequestedAgainOnceThePreviousOneWasDeclaredInadmissible() {
            // any other outcome examined the dispute (L612-2 3°): ComplaintCasePriorExaminationTest
            fixture.given(
                            filed(),
                            complaintSent(LocalDate.of(2027, 1, 10)),
                            mediationRequested(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 6, 8), null),
                            new MediationConcluded(
                                    CASE,
                                    MediationOutcome.INADMISSIBLE,
                                    LocalDate.of(2027, 3, 12),
                                    "Demande incomplète"))
                    .when(requestMediation(TODAY), AS_STAFF)
                    .expectEvents(mediationRequested(TODAY, LocalDate.of(2027, 6, 13), null))
                    .expectResultMessagePayload(4L);
        }
    }

    @Nested
    class TheMediationsOutcome {

        @Test
        void isRecordedWithoutDetailsWhichAreConfidential() {
            // what the mediator found goes into a confidential note (L612-3, ADR 24), never into the event
            fixture.given(
                            filed(),
                            complaintSent(LocalDate.of(2027, 1, 10)),
                            mediationRequested(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 6, 8), null))
                    .when(concludeMediation(TODAY))
                    .expectEvents(new MediationConcluded(CASE, MediationOutcome.PARTIAL_AGREEMENT, TODAY, null))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void mayBeRecordedOnTheDayTheMediationWasRequested() {
            fixture.given(
                            filed(),
                            complaintSent(LocalDate.of(2027, 1, 10)),
                            mediationRequested(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 6, 8), null))
                    .when(concludeMediation(LocalDate.of(2027, 3, 10)))
                    .expectEvents(new MediationConcluded(
                            CASE, MediationOutcome.PARTIAL_AGREEMENT, LocalDate.of(2027, 3, 10), null));
        }

        @Test
        void withoutAMediationIsRefused() {
            fixture.given(filed(), complaintSent(LocalDate.of(2027, 1, 10)))
                    .when(concludeMediation(TODAY))
                    .expectException(refusedUnder(CaseRule.NO_PENDING_MEDIATION))
                    .expectExceptionMessage(containsString("Aucune médiation"))
                    .expectNoEvents();
        }

        @Test
        void ofAMediationAlreadyConcludedIsRefused() {
            fixture.given(
                            filed(),
                            complaintSent(LocalDate.of(2027, 1, 10)),
                            mediationRequested(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 6, 8), null),
                            mediationConcluded(LocalDate.of(2027, 3, 12)))
                    .when(concludeMediation(TODAY))
                    .expectException(refusedUnder(CaseRule.NO_PENDING_MEDIATION));
        }

        @Test
        void beforeTheMediationWasRequestedIsRefused() {
            fixture.given(
                            filed(),
                            complaintSent(LocalDate.of(2027, 1, 10)),
                            mediationRequested(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 6, 8), null))
                    .when(concludeMediation(LocalDate.of(2027, 3, 9)))
                    .expectException(refusedUnder(CaseRule.DATE_OUT_OF_ORDER))
                    .expectExceptionMessage(containsString("(10 mars 2027)"));
        }
    }

    @Nested
    class PersonalDataErasure {

        @Test
        void isRecordedEvenOnAClosedCaseAndNamesNoOneButTheConsumersId() {
            fixture.given(filed(), closed())
                    .when(new RecordPersonalDataErasure(CASE, null, "Demande écrite du 1er mars"))
                    .expectEvents(new PersonalDataErased(CASE, CONSUMER, TODAY, "Demande écrite du 1er mars"));
        }

        @Test
        void happensOnce() {
            fixture.given(filed(), new PersonalDataErased(CASE, CONSUMER, TODAY, "Demande"))
                    .when(new RecordPersonalDataErasure(CASE, null, "Encore"))
                    .expectException(refusedUnder(CaseRule.PERSONAL_DATA_ALREADY_ERASED));
        }
    }

    @Nested
    class Handler {

        private final StaffMemberId marie = new StaffMemberId("marie");
        private final StaffMemberId lea = new StaffMemberId("lea");

        @Test
        void theFilerHandlesTheCaseAndHandsItToAColleague() {
            fixture.given(filed())
                    .when(new ReassignCase(CASE, null, lea), AS_STAFF)
                    .expectEvents(new CaseHandlerAssigned(CASE, lea, marie, TODAY));
        }

        @Test
        void aColleagueWhoDoesNotHandleTheCaseCannotTakeItOrGiveItAway() {
            fixture.given(filed())
                    .when(new ReassignCase(CASE, null, lea), actor("lea", StaffRole.STAFF))
                    .expectException(refusedUnder(CaseRule.REASSIGNMENT_BY_HANDLER_OR_SUPERVISOR))
                    .expectNoEvents();
        }

        @Test
        void theNewHandlerHandsItOnAndTheFormerOneNoLongerCan() {
            fixture.given(filed(), new CaseHandlerAssigned(CASE, lea, marie, TODAY))
                    .when(new ReassignCase(CASE, null, new StaffMemberId("hugo")), AS_STAFF)
                    .expectException(refusedUnder(CaseRule.REASSIGNMENT_BY_HANDLER_OR_SUPERVISOR));
            fixture.given(filed(), new CaseHandlerAssigned(CASE, lea, marie, TODAY))
                    .when(new ReassignCase(CASE, null, marie), actor("lea", StaffRole.STAFF))
                    .expectEvents(new CaseHandlerAssigned(CASE, marie, lea, TODAY));
        }

        @Test
        void aSupervisorReassignsAnyCase() {
            fixture.given(filed(), new CaseHandlerAssigned(CASE, lea, marie, TODAY))
                    .when(new ReassignCase(CASE, null, new StaffMemberId("hugo")), AS_SUPERVISOR)
                    .expectEvents(new CaseHandlerAssigned(CASE, new StaffMemberId("hugo"), lea, TODAY));
        }

        @Test
        void aSupervisorFilingForAColleagueHandsItToThemFromItsFirstDay() {
            fixture.givenNoPriorActivity()
                    .when(
                            new FileComplaint(
                                    CASE,
                                    CONSUMER,
                                    PRIME_VIDEO,
                                    Category.ADS_IN_PAID_SUBSCRIPTION,
                                    FACTS,
                                    AT_STAKE,
                                    DESIRED_OUTCOME,
                                    BRANCH,
                                    lea,
                                    null),
                            actor("marie", StaffRole.SUPERVISOR))
                    .expectEvents(complaintFiledOn(TODAY), new CaseHandlerAssigned(CASE, lea, marie, TODAY));
        }

        @Test
        void aStaffMemberFilesForThemselvesOnly() {
            fixture.givenNoPriorActivity()
                    .when(
                            new FileComplaint(
                                    CASE,
                                    CONSUMER,
                                    PRIME_VIDEO,
                                    Category.ADS_IN_PAID_SUBSCRIPTION,
                                    FACTS,
                                    AT_STAKE,
                                    DESIRED_OUTCOME,
                                    BRANCH,
                                    lea,
                                    null),
                            AS_STAFF)
                    .expectException(InvalidCaseData.class);
            fixture.givenNoPriorActivity()
                    .when(
                            new FileComplaint(
                                    CASE,
                                    CONSUMER,
                                    PRIME_VIDEO,
                                    Category.ADS_IN_PAID_SUBSCRIPTION,
                                    FACTS,
                                    AT_STAKE,
                                    DESIRED_OUTCOME,
                                    BRANCH,
                                    marie,
                                    null),
                            AS_STAFF)
                    .expectEvents(complaintFiledOn(TODAY));
        }

        @Test
        void aDisabledHandlersOpenCaseGoesToTheBranchsSupervisorsQueueWithTheReason() {
            var queue = StaffMemberId.supervisorsQueue(BRANCH);
            fixture.given(filed(), new CaseHandlerAssigned(CASE, lea, marie, TODAY))
                    .when(
                            new QueueCaseForSupervisors(CASE, lea, HandoverReason.HANDLER_ACCOUNT_DISABLED),
                            actor("admin", StaffRole.ADMINISTRATOR))
                    .expectEvents(new CaseQueuedForSupervisors(
                            CASE, BRANCH, queue, lea, HandoverReason.HANDLER_ACCOUNT_DISABLED, TODAY));
            fixture.given(
                            filed(),
                            new CaseQueuedForSupervisors(
                                    CASE, BRANCH, queue, marie, HandoverReason.HANDLER_ACCOUNT_DISABLED, TODAY))
                    .when(new ReassignCase(CASE, null, lea), AS_SUPERVISOR)
                    .expectEvents(new CaseHandlerAssigned(CASE, lea, queue, TODAY));
        }

        @Test
        void aCaseHandedOnMeanwhileOrClosedStaysWhereItIs() {
            fixture.given(filed(), new CaseHandlerAssigned(CASE, lea, marie, TODAY))
                    .when(
                            new QueueCaseForSupervisors(CASE, marie, HandoverReason.HANDLER_ACCOUNT_DISABLED),
                            AS_SUPERVISOR)
                    .expectNoEvents();
            fixture.given(filed(), closed())
                    .when(
                            new QueueCaseForSupervisors(CASE, marie, HandoverReason.HANDLER_ACCOUNT_DISABLED),
                            AS_SUPERVISOR)
                    .expectNoEvents();
            fixture.given(filed())
                    .when(new QueueCaseForSupervisors(CASE, marie, HandoverReason.HANDLER_ACCOUNT_DISABLED), AS_STAFF)
                    .expectException(refusedUnder(CaseRule.REASSIGNMENT_BY_HANDLER_OR_SUPERVISOR));
        }

        @Test
        void handingTheCaseToItsOwnHandlerIsRefused() {
            fixture.given(filed())
                    .when(new ReassignCase(CASE, null, marie), AS_SUPERVISOR)
                    .expectException(refusedUnder(CaseRule.HANDLER_UNCHANGED))
                    .expectNoEvents();
        }
    }

    @Nested
    class ConsumerDetailsUpdate {

        @Test
        void namesTheItemsThatChangedAndNeverTheirValuesEvenOnAClosedCase() {
            fixture.given(filed(), closed())
                    .when(new RecordConsumerDetailsUpdate(
                            CASE,
                            null,
                            List.of(ConsumerDetail.POSTAL_ADDRESS, ConsumerDetail.EMAIL, ConsumerDetail.EMAIL)))
                    .expectEvents(new ConsumerDetailsUpdated(
                            CASE, CONSUMER, TODAY, List.of(ConsumerDetail.EMAIL, ConsumerDetail.POSTAL_ADDRESS)));
        }

        @Test
        void isRefusedOnceTheConsumersDataIsErased() {
            fixture.given(filed(), new PersonalDataErased(CASE, CONSUMER, TODAY, "Demande"))
                    .when(new RecordConsumerDetailsUpdate(CASE, null, List.of(ConsumerDetail.PHONE)))
                    .expectException(refusedUnder(CaseRule.PERSONAL_DATA_ALREADY_ERASED))
                    .expectNoEvents();
        }

        @Test
        void anUpdateThatChangesNothingCannotBeAsked() {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> new RecordConsumerDetailsUpdate(CASE, null, List.of()))
                    .isInstanceOf(InvalidCaseData.class)
                    .hasMessageContaining("Aucune coordonnée");
        }
    }

    @Nested
    class Reach {

        @Test
        void staffOfAnotherBranchCannotActOnTheCaseWhichAnswersAsUnknown() {
            fixture.given(filed())
                    .when(new AddNote(CASE, null, "Intrusion"), actor("theo", StaffRole.STAFF, "lyon"))
                    .expectException(CaseOutOfReach.class)
                    .expectNoEvents();
        }

        @Test
        void supervisorsActOnEveryBranchsCases() {
            fixture.given(filed())
                    .when(
                            new AddNote(CASE, null, "Relu par la supervision"),
                            actor("sarah", StaffRole.SUPERVISOR, "siege"))
                    .expectEvents(new NoteAdded(CASE, "Relu par la supervision"));
        }

        @Test
        void staffFileComplaintsForTheirOwnBranchOnly() {
            fixture.givenNoPriorActivity()
                    .when(fileComplaint(), actor("theo", StaffRole.STAFF, "lyon"))
                    .expectException(InvalidCaseData.class)
                    .expectExceptionMessage(containsString("votre antenne (lyon)"));
        }
    }

    @Nested
    class ConsumerMessages {

        private final Map<String, String> asConsumer = Map.of(
                org.recours.kernel.casefile.ActorMetaData.STAFF_MEMBER,
                org.recours.kernel.casefile.StaffMemberId.CONSUMER.value());

        @Test
        void theConsumerWritesToTheAssociationThroughTheirLinkAndTheCaseRecordsIt() {
            fixture.given(filed())
                    .when(
                            new org.recours.kernel.casefile.RecordConsumerMessage(CASE, "  Voici la facture.  "),
                            asConsumer)
                    .expectEvents(new org.recours.kernel.casefile.ConsumerMessageReceived(CASE, "Voici la facture."));
        }

        @Test
        void aClosedCaseTakesNoMoreMessages() {
            fixture.given(filed(), closed())
                    .when(new org.recours.kernel.casefile.RecordConsumerMessage(CASE, "Encore une chose"), asConsumer)
                    .expectException(StepRefused.class)
                    .expectNoEvents();
        }

        @Test
        void anEmptyOrOverlongMessageCannotBeSent() {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> new org.recours.kernel.casefile.RecordConsumerMessage(CASE, " "))
                    .isInstanceOf(InvalidCaseData.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> new org.recours.kernel.casefile.RecordConsumerMessage(CASE, "a".repeat(5001)))
                    .isInstanceOf(InvalidCaseData.class);
        }
    }

    @Nested
    class Evidence {

        private final DocumentId screenshot =
                new DocumentId(java.util.UUID.fromString("3f1c2a4e-0d7b-4e55-9a53-5c8b2f7e9d10"));
        private final Sha256 content = Sha256.of("png bytes");

        @Test
        void isAttachedWithItsCheckedTypeAndFingerprint() {
            fixture.given(filed()).when(attach()).expectEvents(attached()).expectResultMessagePayload(1L);
        }

        @Test
        void cannotBeAttachedTwiceNorReplaced() {
            fixture.given(filed(), attached())
                    .when(attach())
                    .expectException(refusedUnder(CaseRule.DOCUMENT_ALREADY_ATTACHED))
                    .expectNoEvents();
        }

        @Test
        void isWithdrawnWithAReasonAndStaysInTheHistory() {
            fixture.given(filed(), attached())
                    .when(new WithdrawEvidence(CASE, null, screenshot, "Capture floue"))
                    .expectEvents(new EvidenceWithdrawn(CASE, screenshot, "capture.png", content, "Capture floue"));
        }

        @Test
        void thatWasNeverAttachedOrAlreadyWithdrawnCannotBeWithdrawn() {
            fixture.given(filed())
                    .when(new WithdrawEvidence(CASE, null, screenshot, "Erreur"))
                    .expectException(refusedUnder(CaseRule.UNKNOWN_DOCUMENT));
            fixture.given(filed(), attached(), new EvidenceWithdrawn(CASE, screenshot, "capture.png", content, "Floue"))
                    .when(new WithdrawEvidence(CASE, null, screenshot, "Encore"))
                    .expectException(refusedUnder(CaseRule.UNKNOWN_DOCUMENT));
        }

        @Test
        void aWithdrawnDocumentCannotComeBackUnderTheSameId() {
            fixture.given(filed(), attached(), new EvidenceWithdrawn(CASE, screenshot, "capture.png", content, "Floue"))
                    .when(attach())
                    .expectException(refusedUnder(CaseRule.DOCUMENT_ALREADY_ATTACHED));
        }

        private AttachEvidence attach() {
            return new AttachEvidence(
                    CASE, null, screenshot, "capture.png", "image/png", 1234, content, "Publicité pendant un film");
        }

        private EvidenceAttached attached() {
            return new EvidenceAttached(
                    CASE, screenshot, "capture.png", "image/png", 1234, content, "Publicité pendant un film");
        }
    }

    @Nested
    class NotesAndCourt {

        @Test
        void aNoteIsRecorded() {
            fixture.given(filed())
                    .when(new AddNote(CASE, null, " Rappeler la consommatrice lundi. "))
                    .expectEvents(new NoteAdded(CASE, "Rappeler la consommatrice lundi."))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void aCourtActionIsRecorded() {
            fixture.given(filed(), complaintSent(LocalDate.of(2026, 3, 14)))
                    .when(new RecordCourtAction(
                            CASE,
                            null,
                            "Tribunal judiciaire de Nanterre",
                            TODAY,
                            null,
                            "Injonction de rétablir l'offre souscrite",
                            CourtClaim.notASum()))
                    .expectEvents(
                            new CourtActionRecorded(
                                    CASE,
                                    "Tribunal judiciaire de Nanterre",
                                    TODAY,
                                    null,
                                    "Injonction de rétablir l'offre souscrite"),
                            new CourtClaimStated(
                                    CASE,
                                    1,
                                    CourtClaim.notASum(),
                                    AmicableAttemptBasis.NOT_REQUIRED,
                                    null,
                                    null,
                                    null,
                                    false))
                    .expectResultMessagePayload(3L);
        }
    }

    @Nested
    class ClosingAndReopening {

        @Test
        void closingRecordsTodayAndWhatWasObtained() {
            fixture.given(filed())
                    .when(new CloseCase(
                            CASE,
                            null,
                            Resolution.PARTIALLY_RESOLVED,
                            Money.euros("5.97"),
                            "Trois mois de supplément remboursés"))
                    .expectEvents(new CaseClosed(
                            CASE,
                            Resolution.PARTIALLY_RESOLVED,
                            Money.euros("5.97"),
                            TODAY,
                            "Trois mois de supplément remboursés"))
                    .expectResultMessagePayload(1L);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.recours.command.casefile.ComplaintCaseTest#everyStepButReopening")
        void aClosedCaseAcceptsNothingButReopening(Object command) {
            fixture.given(
                            filed(),
                            complaintSent(LocalDate.of(2027, 1, 10)),
                            mediationRequested(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 6, 8), null),
                            closed())
                    .when(command, AS_SUPERVISOR)
                    .expectException(refusedUnder(CaseRule.CASE_CLOSED))
                    .expectExceptionMessage(
                            allOf(containsString("RC-7K2M-9QXD est clos"), containsString("Rouvrez-le d'abord")))
                    .expectNoEvents();
        }

        @Test
        void reopeningAClosedCaseRecordsTodayAndTheReason() {
            fixture.given(filed(), closed())
                    .when(new ReopenCase(CASE, null, "Les publicités sont revenues."))
                    .expectEvents(new CaseReopened(CASE, TODAY, "Les publicités sont revenues."))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void aReopenedCaseAcceptsStepsAgain() {
            fixture.given(filed(), closed(), new CaseReopened(CASE, TODAY, "Les publicités sont revenues."))
                    .when(new AddNote(CASE, null, "Nouvelle réclamation à préparer."))
                    .expectEvents(new NoteAdded(CASE, "Nouvelle réclamation à préparer."))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void reopeningAnOpenCaseIsRefused() {
            fixture.given(filed())
                    .when(new ReopenCase(CASE, null, "Par erreur"))
                    .expectException(refusedUnder(CaseRule.CASE_NOT_CLOSED))
                    .expectExceptionMessage(containsString("RC-7K2M-9QXD est ouvert"))
                    .expectNoEvents();
        }

        @Test
        void reopeningTwiceIsRefused() {
            fixture.given(filed(), closed(), new CaseReopened(CASE, TODAY, "Les publicités sont revenues."))
                    .when(new ReopenCase(CASE, null, "Encore"))
                    .expectException(refusedUnder(CaseRule.CASE_NOT_CLOSED));
        }
    }

    @Nested
    class DatesInTheFuture {

        @ParameterizedTest(name = "{1}")
        @MethodSource("org.recours.command.casefile.ComplaintCaseTest#stepsDatedTomorrow")
        void areRejected(Object command, String field) {
            fixture.given(
                            filed(),
                            complaintSent(LocalDate.of(2027, 1, 10)),
                            mediationRequested(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 6, 8), null))
                    .when(command, AS_SUPERVISOR)
                    .expectException(invalid(field))
                    .expectExceptionMessage(allOf(containsString("dans le futur"), containsString("16 mars 2027")))
                    .expectNoEvents();
        }

        @Test
        void areCountedFromTodayInParisNotInUtc() {
            useClockAt("2027-03-15T23:30:00Z");

            fixture.given(filed())
                    .when(new RecordHelpCentreConsultation(CASE, null, LocalDate.of(2027, 3, 16), "Consultée"))
                    .expectEvents(new HelpCentreConsulted(CASE, LocalDate.of(2027, 3, 16), "Consultée"));
        }
    }

    static Stream<Object> everyStepButReopening() {
        return Stream.of(
                new RecordHelpCentreConsultation(CASE, null, TODAY, "Consultée"),
                new RecordSupportContact(CASE, null, ContactChannel.PHONE, TODAY, null, "Appel", "Sans suite"),
                sendLetter(CLICHY.entity(), TODAY),
                deliver(1, TODAY),
                respond(TODAY),
                expireResponseDeadline(),
                requestMediation(TODAY, OVERRIDE),
                concludeMediation(TODAY),
                new RecordCourtAction(
                        CASE,
                        null,
                        "Tribunal judiciaire de Nanterre",
                        TODAY,
                        null,
                        "Assignation",
                        CourtClaim.notASum()),
                new AddNote(CASE, null, "Note"),
                new CloseCase(CASE, null, Resolution.RESOLVED, Money.ZERO, "Clos deux fois"),
                new AttachEvidence(
                        CASE,
                        null,
                        DocumentId.generate(),
                        "facture.pdf",
                        "application/pdf",
                        10,
                        Sha256.of("facture"),
                        "Facture"));
    }

    static Stream<Arguments> stepsDatedTomorrow() {
        var tomorrow = TODAY.plusDays(1);
        return Stream.of(
                Arguments.of(new RecordHelpCentreConsultation(CASE, null, tomorrow, "Consultée"), "consultedOn"),
                Arguments.of(
                        new RecordSupportContact(
                                CASE, null, ContactChannel.PHONE, tomorrow, null, "Appel", "Sans suite"),
                        "contactedOn"),
                Arguments.of(sendLetter(CLICHY.entity(), tomorrow), "sentOn"),
                Arguments.of(deliver(1, tomorrow), "deliveredOn"),
                Arguments.of(respond(tomorrow), "receivedOn"),
                Arguments.of(requestMediation(tomorrow, OVERRIDE), "requestedOn"),
                Arguments.of(concludeMediation(tomorrow), "concludedOn"),
                Arguments.of(
                        new RecordCourtAction(
                                CASE,
                                null,
                                "Tribunal judiciaire de Nanterre",
                                tomorrow,
                                null,
                                "Assignation",
                                CourtClaim.notASum()),
                        "filedOn"));
    }

    // events

    private static ComplaintFiled filed() {
        return complaintFiledOn(LocalDate.of(2026, 3, 2));
    }

    private static ComplaintFiled complaintFiledOn(LocalDate filedOn) {
        return new ComplaintFiled(
                CASE,
                CONSUMER,
                PRIME_VIDEO,
                Category.ADS_IN_PAID_SUBSCRIPTION,
                FACTS,
                AT_STAKE,
                DESIRED_OUTCOME,
                BRANCH,
                new StaffMemberId("marie"),
                filedOn);
    }

    /** The written complaint: letter 1, with the deadlines the case recorded for it. */
    private static LetterSent complaintSent(LocalDate sentOn) {
        return new LetterSent(
                CASE,
                1,
                CLICHY,
                sentOn,
                SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT,
                TRACKING,
                sentOn.plusMonths(2),
                sentOn.plusYears(1));
    }

    /** A later letter, which carries the written complaint's deadlines. */
    private static LetterSent reminderSent(LetterSent complaint, int number, LocalDate sentOn) {
        return new LetterSent(
                CASE,
                number,
                CLICHY,
                sentOn,
                SendingMethod.EMAIL,
                null,
                complaint.responseDueOn(),
                complaint.mediationAdmissibleUntil());
    }

    /** The acknowledgement of receipt of the written complaint. */
    private static LetterDelivered delivered(LocalDate deliveredOn) {
        return new LetterDelivered(CASE, 1, deliveredOn, deliveredOn.plusMonths(2));
    }

    private static ResponseReceived answered(LocalDate receivedOn) {
        return new ResponseReceived(CASE, receivedOn, ContactChannel.EMAIL, "Refus", ResponseAssessment.REJECTED, null);
    }

    private static MediationRequested mediationRequested(
            LocalDate requestedOn, LocalDate conclusionDueOn, String overrideReason) {
        return new MediationRequested(CASE, FEVAD, requestedOn, null, conclusionDueOn, overrideReason);
    }

    /** An outcome as recorded before ADR 24, with its details. */
    private static MediationConcluded mediationConcluded(LocalDate concludedOn) {
        return new MediationConcluded(
                CASE, MediationOutcome.PARTIAL_AGREEMENT, concludedOn, "Trois mois de supplément remboursés");
    }

    private static CaseClosed closed() {
        return new CaseClosed(CASE, Resolution.RESOLVED, Money.euros("5.97"), LocalDate.of(2027, 3, 14), "Remboursé");
    }

    // commands

    private static RecordLetterSent sendLetter(String addressee, LocalDate sentOn) {
        return new RecordLetterSent(
                CASE, null, addressee, sentOn, SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT, TRACKING);
    }

    private static RecordLetterDelivery deliver(Integer letterNumber, LocalDate deliveredOn) {
        return new RecordLetterDelivery(CASE, null, letterNumber, deliveredOn);
    }

    private static RecordResponse respond(LocalDate receivedOn) {
        return new RecordResponse(
                CASE, null, receivedOn, ContactChannel.EMAIL, "Refus", ResponseAssessment.REJECTED, null);
    }

    private static RecordResponseDeadlineExpiry expireResponseDeadline() {
        return new RecordResponseDeadlineExpiry(CASE, null);
    }

    private static RequestMediation requestMediation(LocalDate requestedOn) {
        return requestMediation(requestedOn, null);
    }

    private static RequestMediation requestMediation(LocalDate requestedOn, String overrideReason) {
        return new RequestMediation(CASE, null, FEVAD, requestedOn, null, overrideReason);
    }

    private static RecordMediationOutcome concludeMediation(LocalDate concludedOn) {
        return new RecordMediationOutcome(CASE, null, MediationOutcome.PARTIAL_AGREEMENT, concludedOn);
    }

    // metadata and matchers

    private static Map<String, String> actor(String login, StaffRole role) {
        return actor(login, role, BRANCH.value());
    }

    private static Map<String, String> actor(String login, StaffRole role, String branch) {
        return Map.of(
                ActorMetaData.STAFF_MEMBER,
                login,
                ActorMetaData.STAFF_ROLE,
                role.name(),
                ActorMetaData.STAFF_BRANCH,
                branch);
    }

    static Matcher<StepRefused> refusedUnder(CaseRule rule) {
        return new FeatureMatcher<StepRefused, CaseRule>(equalTo(rule), "a step refused under rule", "rule") {
            @Override
            protected CaseRule featureValueOf(StepRefused refusal) {
                return refusal.rule();
            }
        };
    }

    private static Matcher<StepRefused> possibleFrom(LocalDate date) {
        return new FeatureMatcher<StepRefused, Optional<LocalDate>>(
                equalTo(Optional.of(date)), "a step possible from", "possibleFrom") {
            @Override
            protected Optional<LocalDate> featureValueOf(StepRefused refusal) {
                return refusal.possibleFrom();
            }
        };
    }

    private static Matcher<InvalidCaseData> invalid(String field) {
        return new FeatureMatcher<InvalidCaseData, String>(equalTo(field), "invalid data in field", "field") {
            @Override
            protected String featureValueOf(InvalidCaseData invalid) {
                return invalid.field();
            }
        };
    }
}
