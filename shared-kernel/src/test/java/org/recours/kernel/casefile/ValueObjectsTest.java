package org.recours.kernel.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.recours.kernel.consumer.ConsumerDetails;

class ValueObjectsTest {

    @Nested
    class ACaseId {

        @Test
        void generatedIsReadableOverThePhone() {
            var random = new SplittableRandom(2027);

            var ids = IntStream.range(0, 1_000)
                    .mapToObj(i -> CaseId.generate(random).value())
                    .toList();

            assertThat(ids)
                    .allSatisfy(id ->
                            assertThat(id).matches("RC-[0-9A-Z]{4}-[0-9A-Z]{4}").doesNotContain("I", "L", "O", "U"));
            assertThat(ids).doesNotHaveDuplicates();
        }

        @Test
        void generatedFromTheSameSeedIsTheSame() {
            assertThat(CaseId.generate(new SplittableRandom(7))).isEqualTo(CaseId.generate(new SplittableRandom(7)));
        }

        @Test
        void isParsedFromLowerCaseAndSurroundingSpaces() {
            assertThat(CaseId.parse("  rc-7k2m-9qxd ")).isEqualTo(new CaseId("RC-7K2M-9QXD"));
            assertThat(CaseId.parse("rc-7k2m-9qxd")).hasToString("RC-7K2M-9QXD");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "",
                    "RC-7K2M",
                    "RC-7K2M-9QX",
                    "RC-7K2M-9QXDA",
                    "RC7K2M9QXD",
                    "XX-7K2M-9QXD",
                    "RC-7K2M-9QXI",
                    "RC-7K2M-9QXL",
                    "RC-7K2M-9QXO",
                    "RC-7K2M-9QXU",
                    "RC-7K2M-9QX!",
                    "rc-7k2m-9qxd"
                })
        void rejectsAnythingButTheRcFormatInCrockfordBase32(String text) {
            assertInvalid(() -> new CaseId(text), "caseId").hasMessageContaining("RC-XXXX-XXXX");
        }

        @Test
        void parseRejectsAReferenceThatIsNotOne() {
            assertInvalid(() -> CaseId.parse("rc-0000-000"), "caseId");
        }

        @Test
        void isRequired() {
            assertThatThrownBy(() -> new CaseId(null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class AnAmountOfMoney {

        @Test
        void isKeptToTheCent() {
            assertThat(Money.euros("12").euros()).isEqualByComparingTo("12").hasScaleOf(2);
            assertThat(Money.euros("83.9").euros()).hasToString("83.90");
            assertThat(Money.ZERO.euros()).hasToString("0.00");
        }

        @Test
        void isEqualWhateverTheScaleItWasWrittenWith() {
            assertThat(Money.euros("12")).isEqualTo(Money.euros("12.00")).isEqualTo(Money.euros("12.000"));
        }

        @Test
        void readsInEuros() {
            assertThat(Money.euros("83.88")).hasToString("83,88 €");
            assertThat(Money.euros("1234.5")).hasToString("1 234,50 €");
        }

        @ParameterizedTest
        @ValueSource(strings = {"-0.01", "-83.88", "-1"})
        void cannotBeNegative(String amount) {
            assertInvalid(() -> Money.euros(amount), "amount").hasMessageContaining("négatif");
        }

        @ParameterizedTest
        @ValueSource(strings = {"12.345", "0.001", "83.8801"})
        void cannotHaveMoreThanTwoDecimals(String amount) {
            assertInvalid(() -> Money.euros(amount), "amount").hasMessageContaining("centime");
        }

        @Test
        void cannotBeImplausiblyLarge() {
            assertInvalid(() -> Money.euros("1000000000"), "amount");
            assertThat(Money.euros("999999999.99").euros()).isEqualByComparingTo("999999999.99");
        }

        @Test
        void isRequired() {
            assertInvalid(() -> new Money(null), "amount");
        }

        @Test
        void comparesToAnotherAmount() {
            assertThat(Money.euros("4999.99").isAtMost(Money.euros("5000"))).isTrue();
            assertThat(Money.euros("5000").isAtMost(Money.euros("5000.00"))).isTrue();
            assertThat(Money.euros("5000.01").isAtMost(Money.euros("5000"))).isFalse();
            assertThat(new Money(new BigDecimal("0")).isAtMost(Money.ZERO)).isTrue();
        }
    }

    @Nested
    class ATrackingNumber {

        @Test
        void isKeptAsPrintedInUpperCaseAndComparedWithoutSpacesOrDashes() {
            assertThat(new TrackingNumber(" 1a 1234 5678 901 ")).hasToString("1A 1234 5678 901");
            assertThat(new TrackingNumber("1a-1234-5678-901").compact()).isEqualTo("1A12345678901");
            assertThat(new TrackingNumber("1A 1234  5678 901")).isEqualTo(new TrackingNumber("1a-1234-5678-901"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1A12345", "1A 123 45", "1A1234567890123456789", "1A123456/78901", "1A1234567890É"})
        void rejectsWhatCannotBeAPostalReceiptNumber(String text) {
            assertInvalid(() -> new TrackingNumber(text), "trackingNumber").hasMessageContaining("8 à 20");
        }

        @Test
        void acceptsEightToTwentyCharacters() {
            assertThat(new TrackingNumber("1A123456").value()).hasSize(8);
            assertThat(new TrackingNumber("1A123456789012345678").value()).hasSize(20);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = "   ")
        void isRequired(String text) {
            assertInvalid(() -> new TrackingNumber(text), "trackingNumber");
        }
    }

    @Nested
    class ABranchId {

        @Test
        void isKeptInLowerCaseWithoutSurroundingSpaces() {
            assertThat(new BranchId(" Paris-11 "))
                    .isEqualTo(new BranchId("paris-11"))
                    .hasToString("paris-11");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "p",
                    "-paris",
                    "paris_11",
                    "paris 11",
                    "saint-étienne",
                    "a-branch-code-that-goes-on-beyond-40-chars"
                })
        void rejectsAnythingButLowerCaseLettersDigitsAndDashes(String text) {
            assertInvalid(() -> new BranchId(text), "branch");
        }

        @ParameterizedTest
        @NullAndEmptySource
        void isRequired(String text) {
            assertInvalid(() -> new BranchId(text), "branch");
        }
    }

    @Nested
    class ADate {

        private final LocalDate today = LocalDate.of(2027, 3, 15);

        @Test
        void inTheFutureIsRejected() {
            assertInvalid(() -> Require.notAfter("sentOn", today.plusDays(1), today), "sentOn")
                    .hasMessageContaining("dans le futur")
                    .hasMessageContaining("16 mars 2027");
        }

        @Test
        void isWrittenTheWayStaffReadIt() {
            assertThat(FrenchDate.of(LocalDate.of(2027, 1, 24))).isEqualTo("24 janvier 2027");
            assertThat(FrenchDate.of(LocalDate.of(2027, 3, 1))).isEqualTo("1er mars 2027");
        }

        @Test
        void ofTodayOrBeforeIsAccepted() {
            assertThat(Require.notAfter("sentOn", today, today)).isEqualTo(today);
            assertThat(Require.notAfter("sentOn", today.minusYears(3), today)).isEqualTo(today.minusYears(3));
        }

        @Test
        void isRequired() {
            assertInvalid(() -> Require.notAfter("sentOn", null, today), "sentOn");
        }
    }

    @Nested
    class AComplaint {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\n\t"})
        void cannotBeFiledWithoutFacts(String facts) {
            assertInvalid(() -> fileComplaintWithFacts(facts), "facts").hasMessageContaining("obligatoire");
        }

        @Test
        void keepsItsFactsWithoutSurroundingBlanks() {
            assertThat(fileComplaintWithFacts("  Publicités imposées dans Prime Video.\n")
                            .facts())
                    .isEqualTo("Publicités imposées dans Prime Video.");
        }

        @Test
        void cannotBeFiledWithFactsLongerThanTenThousandCharacters() {
            assertInvalid(() -> fileComplaintWithFacts("x".repeat(10_001)), "facts");
        }

        private FileComplaint fileComplaintWithFacts(String facts) {
            var company = new CompanyProfile(
                    "amazon-prime-video",
                    "Amazon Prime Video",
                    List.of(new HeadOffice(
                            "Amazon Digital France SAS",
                            "67 boulevard du Général Leclerc",
                            "92110",
                            "Clichy",
                            "France")),
                    "Médiateur du e-commerce de la FEVAD",
                    2);
            return new FileComplaint(
                    new CaseId("RC-7K2M-9QXD"),
                    new ConsumerId(UUID.randomUUID()),
                    company,
                    Category.ADS_IN_PAID_SUBSCRIPTION,
                    facts,
                    Money.euros("83.88"),
                    "Remboursement de la différence de prix",
                    new BranchId("paris-11"));
        }
    }

    @Nested
    class AConsumersDetails {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "marie.dupont",
                    "marie.dupont@",
                    "@example.fr",
                    "marie dupont@example.fr",
                    "marie@dupont@example.fr",
                    "marie.dupont@example"
                })
        void rejectAnEmailAddressThatCannotBeOne(String email) {
            assertInvalid(() -> detailsWithEmail(email), "consumer.email").hasMessageContaining(email.strip());
        }

        @Test
        void acceptAnEmailAddress() {
            assertThat(detailsWithEmail(" marie.dupont@example.fr ").email()).isEqualTo("marie.dupont@example.fr");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = "  ")
        void mayLeaveTheEmailAddressOut(String email) {
            assertThat(detailsWithEmail(email).email()).isNull();
        }

        private ConsumerDetails detailsWithEmail(String email) {
            return new ConsumerDetails("Marie Dupont", email, "+33 6 12 34 56 78", null);
        }
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertInvalid(
            ThrowingCallable construction, String field) {
        return assertThatThrownBy(construction)
                .isInstanceOfSatisfying(
                        InvalidCaseData.class,
                        invalid -> assertThat(invalid.field()).isEqualTo(field));
    }
}
