package org.recours.query.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.recours.kernel.casefile.FrenchDate;
import org.recours.kernel.casefile.FrenchGrammar;
import org.recours.kernel.casefile.SendingMethod;
import org.recours.kernel.casefile.query.CaseFile;
import org.recours.kernel.consumer.ConsumerDetails;

/**
 * The merge fields a letter template reads, in French (the administrators who edit templates write French):
 * {@code expediteur} (the consumer who signs, from the vault), {@code siege} (the head office written to),
 * {@code dossier} (the case), {@code mediateur} (the consumer mediator with its postal address), {@code lieuDate} ("Lyon, le 1er mars 2027": the consumer's city, never a place Recours
 * does not know) and {@code fr}, the French helper ({@link French}). A datum Recours does not have is a visible blank
 * in brackets ("[Adresse postale du consommateur à compléter]"), never an invented value. Free texts come without
 * their final full stop, so that a template's own never doubles it.
 */
public final class LetterModel {

    static final String NAME_MISSING = "[Nom et prénom du consommateur à compléter]";
    static final String ADDRESS_MISSING = "[Adresse postale du consommateur à compléter]";
    private static final String[] NUMBERS = {
        "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"
    };
    /** "75011 Paris", "69003 Lyon 3e", "F-13001 Marseille", "92130 Issy-les-Moulineaux Cedex". */
    private static final Pattern POSTCODE_CITY = Pattern.compile(
            "(?:^|[,\\n]\\s*|\\s)(?:F-)?\\d{5}\\s+([^,\\n\\d]+?)(?:\\s+cedex(?:\\s*\\d*)?)?\\s*(?:,|\\n|$)",
            Pattern.CASE_INSENSITIVE);

    private LetterModel() {}

    public static Map<String, Object> fields(CaseLetter letter) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("expediteur", sender(letter.consumer()));
        var office = letter.addressee();
        fields.put(
                "siege",
                Map.of(
                        "entite",
                        office.entity(),
                        "rue",
                        office.street(),
                        "codePostalVille",
                        office.postalCode() + " " + office.city(),
                        "pays",
                        office.country()));
        fields.put("dossier", file(letter.file()));
        fields.put("mediateur", mediator(letter));
        var city = city(letter.consumer() == null ? null : letter.consumer().postalAddress());
        var date = FrenchDate.of(letter.writtenOn());
        fields.put("date", date);
        fields.put("lieuDate", city == null ? "Le " + date : city + ", le " + date);
        fields.put("fr", new French());
        return fields;
    }

    /** The city of a French postal address (the town after its five-digit postcode), or null when none is found. */
    public static String city(String postalAddress) {
        if (postalAddress == null) {
            return null;
        }
        var matcher = POSTCODE_CITY.matcher(postalAddress.strip());
        String city = null;
        while (matcher.find()) {
            city = matcher.group(1).strip();
        }
        return city;
    }

    private static Map<String, Object> sender(ConsumerDetails consumer) {
        var sender = new LinkedHashMap<String, Object>();
        sender.put("nom", consumer == null ? NAME_MISSING : consumer.fullName());
        sender.put(
                "adresse",
                consumer == null || consumer.postalAddress() == null
                        ? List.of(ADDRESS_MISSING)
                        : List.of(consumer.postalAddress().split("\\s*\\n\\s*")));
        sender.put("courriel", consumer == null ? null : consumer.email());
        sender.put("telephone", consumer == null ? null : consumer.phone());
        return sender;
    }

    /**
     * The consumer mediator to write to: the company's as the directory holds it today (the mediator may have
     * changed since the case was filed), else the one named on the case; its postal address as lines, empty when
     * unknown (the template then asks for it in brackets).
     */
    private static Map<String, Object> mediator(CaseLetter letter) {
        var mediator = new LinkedHashMap<String, Object>();
        var known = letter.mediator();
        mediator.put(
                "nom", known != null ? known.name() : letter.file().company().consumerMediator());
        mediator.put(
                "adresse",
                known == null || known.postalAddress() == null ? List.of() : addressLines(known.postalAddress()));
        mediator.put("site", known == null ? null : known.website());
        mediator.put("courriel", known == null ? null : known.email());
        return mediator;
    }

    /**
     * An address as typed, one line each: its own lines when it has several, else cut before the postcode
     * ("BP 20015, 75362 Paris Cedex 08"), never inside a street ("12, rue des Lilas").
     */
    static List<String> addressLines(String address) {
        var stripped = address.strip();
        return List.of(
                stripped.contains("\n")
                        ? stripped.split("\\s*\\n\\s*")
                        : stripped.split("\\s*,\\s*(?=(?:F-)?\\d{5}\\s)"));
    }

    private static Map<String, Object> file(CaseFile file) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("reference", file.caseId().value());
        fields.put("entreprise", file.company().name());
        fields.put("motif", file.category().labelFr());
        fields.put("faits", FrenchGrammar.withoutFinalStop(file.facts()));
        fields.put("demande", FrenchGrammar.withoutFinalStop(file.desiredOutcome()));
        fields.put("montant", file.amountAtStake().toString());
        fields.put("deposeLe", FrenchDate.of(file.filedOn()));
        fields.put("mediateur", file.company().consumerMediator());
        // an answer rejected the complaint without naming the company's consumer mediator (L616-1): ask for it
        fields.put("mediateurNonDesigne", !file.mediatorNotNamedInAnswers().isEmpty());
        fields.put("delaiReponse", NUMBERS[file.company().responseWindowMonths() - 1] + " mois");
        fields.put(
                "contacts",
                file.supportContacts().stream().map(LetterModel::contact).toList());
        fields.put(
                "pieces",
                file.evidence().stream()
                        .filter(evidence -> evidence.withdrawalReason() == null)
                        .map(evidence -> evidence.fileName() + " ("
                                + FrenchGrammar.withoutFinalStop(evidence.description()) + ")")
                        .toList());
        fields.put(
                "reclamation",
                file.letters().isEmpty() ? null : letter(file.letters().get(0)));
        fields.put(
                "reponses",
                file.responses().stream()
                        .map(response -> "le " + FrenchDate.of(response.receivedOn()) + " : "
                                + FrenchGrammar.afterColon(FrenchGrammar.withoutFinalStop(response.summary())))
                        .toList());
        var dates = file.legalDates();
        fields.put("reponseAttendueAvant", day(dates.responseDueOn(), "[date limite de réponse à compléter]"));
        fields.put("delaiEcoule", dates.responseDeadlineExpired());
        fields.put("mediationPossibleLe", day(dates.mediationPossibleFrom(), null));
        fields.put(
                "mediations",
                file.mediations().stream()
                        .map(mediation -> mediation.mediator() + ", saisi le " + FrenchDate.of(mediation.requestedOn()))
                        .toList());
        return fields;
    }

    private static Map<String, Object> letter(CaseFile.Letter letter) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("envoyeeLe", FrenchDate.of(letter.sentOn()));
        fields.put("mode", method(letter.method()));
        fields.put("numeroSuivi", letter.trackingNumber());
        fields.put("recueLe", letter.deliveredOn() == null ? null : FrenchDate.of(letter.deliveredOn()));
        fields.put("destinataire", letter.addressee());
        return fields;
    }

    static String contact(CaseFile.SupportContact contact) {
        var parts = new ArrayList<>(List.of("le " + FrenchDate.of(contact.contactedOn()) + ", par "
                + contact.channel().labelFr()));
        if (contact.ticketReference() != null) {
            parts.add("ticket n° " + contact.ticketReference());
        }
        return String.join(", ", parts) + " : "
                + FrenchGrammar.afterColon(FrenchGrammar.withoutFinalStop(contact.summary())) + " ; réponse obtenue : "
                + FrenchGrammar.afterColon(FrenchGrammar.withoutFinalStop(contact.outcome()));
    }

    private static String method(String method) {
        try {
            return SendingMethod.valueOf(method).labelFr();
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return method;
        }
    }

    private static String day(LocalDate date, String missing) {
        return date == null ? missing : FrenchDate.of(date);
    }

    /**
     * The French helper templates call as {@code fr}: "${fr.de(dossier.entreprise)}" gives "d'Amazon",
     * "${fr.aupresDe(dossier.mediateur)}" "auprès du Médiateur du e-commerce de la FEVAD" ({@link FrenchGrammar}).
     */
    public static final class French {

        public String de(String name) {
            return FrenchGrammar.de(name);
        }

        public String a(String name) {
            return FrenchGrammar.a(name);
        }

        public String aupresDe(String name) {
            return FrenchGrammar.aupresDe(name);
        }

        public String devant(String name) {
            return FrenchGrammar.devant(name);
        }

        public String article(String name) {
            return FrenchGrammar.withArticle(name);
        }

        public String majuscule(String text) {
            return FrenchGrammar.capitalised(text);
        }

        public String minuscule(String text) {
            return FrenchGrammar.afterColon(text);
        }

        public String phrase(String text) {
            return FrenchGrammar.sentence(text);
        }
    }
}
