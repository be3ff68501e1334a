package org.recours.testing.casefile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.CompanyProfile;
import org.recours.kernel.casefile.HeadOffice;
import org.recours.kernel.consumer.ConsumerDetails;

/**
 * The reference case of the tests, written out once: Camille Martin's complaint RC-7K2M-9QXD against Amazon Prime
 * Video, whose head offices are in Clichy and Luxembourg. A test that needs the company as it stands uses
 * {@link #PRIME_VIDEO}; one that needs a variant says only what differs ({@code primeVideo().onlyInClichy()
 * .withoutMediator().build()}), so that a new field of a company or a head office changes this file alone. The same
 * goes for the filing request of the API ({@link #filing()}) and the consumer ({@link #CAMILLE}).
 */
public final class ReferenceCase {

    public static final CaseId CASE = new CaseId("RC-7K2M-9QXD");
    public static final HeadOffice CLICHY =
            new HeadOffice("Amazon Digital France SAS", "67 boulevard du Général Leclerc", "92110", "Clichy", "France");
    public static final HeadOffice LUXEMBOURG = new HeadOffice(
            "Amazon Europe Core SARL", "38 avenue John F. Kennedy", "L-1855", "Luxembourg", "Luxembourg");
    public static final String COMPANY_ID = "amazon-prime-video";
    public static final String COMPANY_NAME = "Amazon Prime Video";
    public static final String FEVAD = "Médiateur du e-commerce de la FEVAD";
    public static final int RESPONSE_WINDOW_MONTHS = 2;
    public static final String CAMPAIGN_TITLE = "Publicités dans Prime Video";
    /** The consumer, as the filing form and the letters write her. */
    public static final Consumer CAMILLE = new Consumer(
            "Camille Martin", "camille.martin@example.org", "+33 6 12 34 56 78", "12 rue des Lilas, 75011 Paris", null);

    public static final String CONSUMER_NAME = CAMILLE.fullName();
    /** Both head offices, the FEVAD's mediator, two months to answer. */
    public static final CompanyProfile PRIME_VIDEO = primeVideo().build();

    private ReferenceCase() {}

    /** Amazon Prime Video as {@link #PRIME_VIDEO}, to change what a test needs changed. */
    public static Company primeVideo() {
        return new Company(List.of(CLICHY, LUXEMBOURG), FEVAD, RESPONSE_WINDOW_MONTHS);
    }

    /**
     * The reference case's filing request ({@code POST /api/cases}): Camille Martin with all her details, advertising
     * in the paid subscription, 35,88 € at stake, at the Paris 11 branch. Variants say what differs:
     * {@code filing().by(Consumer.named("Élodie Lefèvre")).inBranch("lyon").json()}.
     */
    public static Filing filing() {
        return new Filing(
                CAMILLE,
                COMPANY_ID,
                "ADS_IN_PAID_SUBSCRIPTION",
                "Depuis février 2024, des publicités sont "
                        + "diffusées dans l'abonnement payant ; les retirer coûte 1,99 € de plus par mois.",
                "35.88",
                "Remboursement des mois avec publicité",
                "paris-11");
    }

    /**
     * The shortest filing the tests send: Camille Martin known by name only, advertising in the paid subscription,
     * 35,88 € at stake, a refund asked, at the Paris 11 branch.
     */
    public static Filing briefFiling() {
        return filing().byNameOnly(CONSUMER_NAME)
                .withFacts("Publicités dans l'abonnement payant")
                .asking("Remboursement");
    }

    /** The head office's address on one line, as a letter's addressee block writes it after the name. */
    public static String streetAndTown(HeadOffice office) {
        return office.street() + ", " + townLine(office);
    }

    /** The head office's postcode and town, the last line of a French address ("92110 Clichy"). */
    public static String townLine(HeadOffice office) {
        return office.postalCode() + " " + office.city();
    }

    /** A consumer of a filing; a null field is left out of the request. */
    public record Consumer(
            String fullName, String email, String phone, String postalAddress, Boolean agreedToReminders) {

        /** A consumer known by name only. */
        public static Consumer named(String fullName) {
            return new Consumer(fullName, null, null, null, null);
        }

        /** The same details under another name. */
        public Consumer calling(String name) {
            return new Consumer(name, email, phone, postalAddress, agreedToReminders);
        }

        public Consumer withEmail(String address) {
            return new Consumer(fullName, address, phone, postalAddress, agreedToReminders);
        }

        public Consumer withPhone(String number) {
            return new Consumer(fullName, email, number, postalAddress, agreedToReminders);
        }

        public Consumer withPostalAddress(String address) {
            return new Consumer(fullName, email, phone, address, agreedToReminders);
        }

        public Consumer agreeingToReminders(boolean agreed) {
            return new Consumer(fullName, email, phone, postalAddress, agreed);
        }

        /** The consumer as the application keeps her details. */
        public ConsumerDetails details() {
            return new ConsumerDetails(fullName, email, phone, postalAddress, Boolean.TRUE.equals(agreedToReminders));
        }

        /** The consumer's details as the API reads them ({@code PUT /api/cases/{id}/consumer}). */
        public String json() {
            return Json.write(asMap());
        }

        /** The consumer's fields as the API reads them, without the null ones. */
        public Map<String, Object> asMap() {
            var fields = new LinkedHashMap<String, Object>();
            putUnlessNull(fields, "fullName", fullName);
            putUnlessNull(fields, "email", email);
            putUnlessNull(fields, "phone", phone);
            putUnlessNull(fields, "postalAddress", postalAddress);
            putUnlessNull(fields, "agreedToReminders", agreedToReminders);
            return fields;
        }
    }

    /**
     * A filing request; each method returns a new one. {@code amountAtStake} is a JSON number as written ("35.88"),
     * so that a test may send one the API refuses.
     */
    public record Filing(
            Consumer consumer,
            String companyId,
            String category,
            String facts,
            String amountAtStake,
            String desiredOutcome,
            String branch) {

        public Filing by(Consumer someone) {
            return new Filing(someone, companyId, category, facts, amountAtStake, desiredOutcome, branch);
        }

        /** A consumer known by name only. */
        public Filing byNameOnly(String fullName) {
            return by(Consumer.named(fullName));
        }

        /** The same consumer's details under another name. */
        public Filing byConsumerCalled(String fullName) {
            return by(consumer.calling(fullName));
        }

        public Filing against(String company) {
            return new Filing(consumer, company, category, facts, amountAtStake, desiredOutcome, branch);
        }

        public Filing about(String aCategory, String someFacts) {
            return new Filing(consumer, companyId, aCategory, someFacts, amountAtStake, desiredOutcome, branch);
        }

        public Filing withFacts(String someFacts) {
            return new Filing(consumer, companyId, category, someFacts, amountAtStake, desiredOutcome, branch);
        }

        public Filing atStake(String amount) {
            return new Filing(consumer, companyId, category, facts, amount, desiredOutcome, branch);
        }

        public Filing asking(String outcome) {
            return new Filing(consumer, companyId, category, facts, amountAtStake, outcome, branch);
        }

        public Filing inBranch(String aBranch) {
            return new Filing(consumer, companyId, category, facts, amountAtStake, desiredOutcome, aBranch);
        }

        /** The request's fields, without the null ones, the amount as written. */
        public Map<String, Object> asMap() {
            var fields = new LinkedHashMap<String, Object>();
            fields.put("consumer", consumer.asMap());
            putUnlessNull(fields, "companyId", companyId);
            putUnlessNull(fields, "category", category);
            putUnlessNull(fields, "facts", facts);
            if (amountAtStake != null) {
                fields.put("amountAtStake", new JsonNumber(amountAtStake));
            }
            putUnlessNull(fields, "desiredOutcome", desiredOutcome);
            putUnlessNull(fields, "branch", branch);
            return fields;
        }

        /** The request body. */
        public String json() {
            return Json.write(asMap());
        }
    }

    private static void putUnlessNull(Map<String, Object> fields, String name, Object value) {
        if (value != null) {
            fields.put(name, value);
        }
    }

    private record JsonNumber(String text) {}

    /** Just enough JSON for a filing: objects, strings, booleans and numbers as written. */
    private static final class Json {

        static String write(Object value) {
            if (value instanceof Map<?, ?> map) {
                var out = new StringBuilder("{");
                map.forEach((name, field) -> out.append(out.length() > 1 ? ", " : "")
                        .append(string(name.toString()))
                        .append(": ")
                        .append(write(field)));
                return out.append('}').toString();
            }
            if (value instanceof JsonNumber number) {
                return number.text();
            }
            if (value instanceof Boolean flag) {
                return flag.toString();
            }
            return string(value.toString());
        }

        private static String string(String text) {
            var out = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append("\\u%04x".formatted((int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }
    }

    /** A variant of the reference company; each method returns a new one. */
    public record Company(List<HeadOffice> headOffices, String mediator, int responseWindowMonths) {

        public Company onlyInClichy() {
            return withHeadOffices(CLICHY);
        }

        public Company withHeadOffices(HeadOffice... offices) {
            return new Company(List.of(offices), mediator, responseWindowMonths);
        }

        public Company withMediator(String name) {
            return new Company(headOffices, name, responseWindowMonths);
        }

        public Company withoutMediator() {
            return new Company(headOffices, null, responseWindowMonths);
        }

        public Company answeringWithin(int months) {
            return new Company(headOffices, mediator, months);
        }

        public CompanyProfile build() {
            return new CompanyProfile(COMPANY_ID, COMPANY_NAME, headOffices, mediator, responseWindowMonths);
        }
    }
}
