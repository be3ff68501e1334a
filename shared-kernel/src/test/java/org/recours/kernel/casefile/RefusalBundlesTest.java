package org.recours.kernel.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.recours.kernel.campaign.CampaignRule;
import org.recours.kernel.campaign.CampaignStatus;
import org.recours.kernel.campaign.CampaignStepRefused;

/**
 * The refusals' words: French (the default, what the API and the evidence say) and English, with the same keys and
 * the same arguments, each rule's explanation in both, and French rendered as the rules always worded it.
 */
class RefusalBundlesTest {

    /** The keys the refusals name; the English file also holds the pages' other refusals by their class. */
    private static final String DOMAIN_KEYS =
            "(rule|campaign-rule|entry|not-counted|prior-examination|require|check|list)\\..*";

    private final Properties french = load("refusals.properties");
    private final Properties english = load("refusals_en.properties");

    @Test
    void frenchAndEnglishHaveTheSameKeysWithTheSameArguments() {
        var frenchArguments = arguments(french);
        var englishArguments = arguments(english);
        assertThat(englishArguments).isEqualTo(frenchArguments);
    }

    @Test
    void everyRuleIsExplainedInBothLanguages() {
        var keys = new ArrayList<String>();
        Stream.of(CaseRule.values()).forEach(rule -> keys.add("rule." + rule.name()));
        Stream.of(CampaignRule.values()).forEach(rule -> keys.add("campaign-rule." + rule.name()));
        assertThat(keys).allSatisfy(key -> {
            assertThat(french).containsKey(key);
            assertThat(english).containsKey(key);
        });
    }

    @Test
    void everyFieldNamedInFrenchHasItsEnglishName() {
        assertThat(FieldNames.named()).allSatisfy(field -> assertThat(english).containsKey("field-name." + field));
    }

    @Test
    void theSharedChecksSayWhichFieldInFrench() {
        var empty = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidCaseData.class, () -> Require.text("facts", " ", Require.LONG_TEXT));
        assertThat(empty.getMessage()).isEqualTo("Le champ « faits » est obligatoire et ne peut pas être vide.");
        assertThat(empty.text()).isPresent();
        var future = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidCaseData.class,
                () -> Require.notAfter("contactedOn", LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 1)));
        assertThat(future.getMessage())
                .isEqualTo("La date du contact (2 mars 2027) est dans le futur : une étape se "
                        + "date au jour où elle a eu lieu, au plus tard aujourd'hui (1er mars 2027).");
    }

    /** Every message goes through MessageFormat (list.or is read as it is): an apostrophe is written twice. */
    @Test
    void apostrophesAreWrittenTwice() {
        var wrong = new ArrayList<String>();
        for (var bundle : List.of(french, english)) {
            for (var key : bundle.stringPropertyNames()) {
                var message = bundle.getProperty(key);
                if (key.matches(DOMAIN_KEYS)
                        && !key.equals("list.or")
                        && message.replace("''", "").contains("'")) {
                    wrong.add(key + "=" + message);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aRuleExplainsItselfFromTheFrenchBundle() {
        assertThat(CaseRule.CASE_CLOSED.explanation()).isEqualTo("Un dossier clos n'accepte que sa réouverture.");
        assertThat(CampaignRule.NO_CONSENT.explanation())
                .isEqualTo("Le consentement du consommateur n'est pas enregistré ou a été retiré.");
    }

    @Test
    void aRefusalReadsInFrenchWithItsArgumentsFormattedTheFrenchWay() {
        var refused = StepRefused.of(
                CaseRule.UNKNOWN_ADDRESSEE,
                "offices",
                "Amazon Inc.",
                List.of("Amazon Digital France SAS", "Amazon Europe Core SARL"));
        assertThat(refused.getMessage())
                .isEqualTo("Adresse inconnue pour « Amazon Inc. » : le courrier va à "
                        + "Amazon Digital France SAS ou Amazon Europe Core SARL.");
        assertThat(refused.key()).isEqualTo("rule.UNKNOWN_ADDRESSEE.offices");
        assertThat(StepRefused.of(CaseRule.TRACKING_NUMBER_REQUIRED, "method", SendingMethod.REGISTERED)
                        .getMessage())
                .isEqualTo("Une lettre recommandée a un numéro de suivi : reportez celui du récépissé de dépôt.");
        assertThat(StepRefused.of(
                                CaseRule.UNKNOWN_ENTRY,
                                "not-this-kind",
                                1234L,
                                "RC-7K2M-9QXD",
                                RefusalText.of("entry.closure"))
                        .getMessage())
                .startsWith("L'entrée n° 1234 de l'historique du dossier RC-7K2M-9QXD n'est pas la clôture du "
                        + "dossier : ");
        var tooEarly = StepRefused.of(
                        CaseRule.RESPONSE_WINDOW_OPEN, "unanswered", LocalDate.of(2027, 3, 1), "Amazon", 2)
                .possibleFrom(LocalDate.of(2027, 3, 1));
        assertThat(tooEarly.getMessage())
                .isEqualTo("La médiation n'est possible qu'à partir du 1er mars 2027 : "
                        + "Amazon a 2 mois pour répondre à la réclamation écrite et n'a pas encore répondu.");
        assertThat(tooEarly.possibleFrom()).contains(LocalDate.of(2027, 3, 1));
        assertThat(CampaignStepRefused.of(CampaignRule.DATE_OUT_OF_ORDER, "formal-notice", CampaignStatus.IN_COURT)
                        .getMessage())
                .endsWith("la campagne en est à l'étape IN_COURT.");
    }

    /** Each key with the number of arguments its message takes. */
    private static TreeMap<String, Integer> arguments(Properties bundle) {
        var counts = new TreeMap<String, Integer>();
        for (var key : new TreeSet<>(bundle.stringPropertyNames())) {
            if (key.matches(DOMAIN_KEYS)) {
                counts.put(key, new MessageFormat(bundle.getProperty(key)).getFormatsByArgumentIndex().length);
            }
        }
        return counts;
    }

    private static Properties load(String name) {
        var properties = new Properties();
        try (var reader = new InputStreamReader(
                RefusalBundlesTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
