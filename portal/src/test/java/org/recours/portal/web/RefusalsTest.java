package org.recours.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.recours.testing.casefile.ReferenceCase.CLICHY;
import static org.recours.testing.casefile.ReferenceCase.COMPANY_NAME;
import static org.recours.testing.casefile.ReferenceCase.LUXEMBOURG;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recours.kernel.campaign.CampaignRule;
import org.recours.kernel.campaign.CampaignStatus;
import org.recours.kernel.campaign.CampaignStepRefused;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.RefusalText;
import org.recours.kernel.casefile.Require;
import org.recours.kernel.casefile.SendingMethod;
import org.recours.kernel.casefile.StepRefused;
import org.recours.portal.branch.BranchCodeTaken;
import org.recours.portal.branch.BranchInUse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A refusal reads in the page's language, with the same detail: French as the rules word it, English alike. */
class RefusalsTest {

    private static final LocalDate POSSIBLE_FROM = LocalDate.of(2027, 3, 1);
    private static final StepRefused TOO_EARLY = StepRefused.of(CaseRule.RESPONSE_WINDOW_OPEN, "unanswered",
            POSSIBLE_FROM, COMPANY_NAME, 2).possibleFrom(POSSIBLE_FROM);

    private final Refusals refusals;
    private final Dates dates;

    RefusalsTest() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "refusals");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        dates = new Dates(messages);
        refusals = new Refusals(messages, dates);
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aFrenchPageShowsTheRulesOwnWording() {
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(refusals.describe(TOO_EARLY)).isEqualTo(TOO_EARLY.getMessage());
        assertThat(dates.day(POSSIBLE_FROM)).isEqualTo("1er mars 2027");
    }

    @Test
    void anEnglishPageSaysWhatTheFrenchOneSaysWithTheDatesAndNamesItGives() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(refusals.describe(TOO_EARLY)).isEqualTo("Mediation is possible only from 1 March 2027: Amazon "
                + "Prime Video has 2 months to answer the written complaint and has not answered yet.");
        var unknownOffice = StepRefused.of(CaseRule.UNKNOWN_ADDRESSEE, "offices", "Amazon Inc.",
                List.of(CLICHY.entity(), LUXEMBOURG.entity()));
        assertThat(refusals.describe(unknownOffice)).isEqualTo("Unknown address “Amazon Inc.”: the letter goes to "
                + "Amazon Digital France SAS or Amazon Europe Core SARL.");
        assertThat(refusals.describe(StepRefused.of(CaseRule.TRACKING_NUMBER_REQUIRED, "method",
                SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT))).isEqualTo("A registered letter with acknowledgement "
                + "of receipt has a tracking number: copy the one on the posting receipt.");
        assertThat(refusals.describe(new StepRefused(CaseRule.PERSONAL_DATA_ALREADY_ERASED)))
                .isEqualTo("The consumer's personal data is already erased.");
    }

    @Test
    void whatARefusalNamesIsSaidInThePagesLanguageToo() {
        var prior = StepRefused.of(CaseRule.DISPUTE_ALREADY_EXAMINED, "examined", RefusalText.of(
                "prior-examination.mediation", "le Médiateur du e-commerce", LocalDate.of(2026, 11, 2)));
        var late = CampaignStepRefused.of(CampaignRule.DATE_OUT_OF_ORDER, "formal-notice", CampaignStatus.IN_COURT);
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(refusals.describe(prior)).startsWith("The dispute was already examined by le Médiateur du "
                + "e-commerce (mediation ended on 2 November 2026): Consumer Code, Art. L612-2 3°");
        assertThat(refusals.describe(late)).endsWith("the campaign is at the stage “in court”.");
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(refusals.describe(prior)).isEqualTo(prior.getMessage());
        assertThat(refusals.describe(new StepRefused(CaseRule.CASE_CLOSED)))
                .isEqualTo("Un dossier clos n'accepte que sa réouverture.");
    }

    @Test
    void aSharedCheckNamesTheFieldByTheLabelItsFormShowsInEitherLanguage() {
        var empty = catchThrowableOfType(InvalidCaseData.class,
                () -> Require.text("amountAtStake", " ", Require.SHORT_TEXT));
        var fields = List.of(FormField.text("amountAtStake", "filing.amountAtStake", true));
        var future = catchThrowableOfType(InvalidCaseData.class,
                () -> Require.notAfter("contactedOn", LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 1)));
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(refusals.describe(empty, fields)).isEqualTo("The field “Amount at stake” is required and cannot "
                + "be empty.");
        assertThat(refusals.describe(empty)).isEqualTo("The field “amount at stake” is required and cannot be empty.");
        assertThat(refusals.describe(future)).isEqualTo("The date of the contact (2 March 2027) is in the future: a "
                + "step is dated the day it happened, today (1 March 2027) at the latest.");
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(refusals.describe(empty, fields))
                .isEqualTo("Le champ « Montant en jeu » est obligatoire et ne peut pas être vide.");
        assertThat(refusals.describe(empty)).isEqualTo(empty.getMessage());
        assertThat(refusals.describe(future)).isEqualTo(future.getMessage());
    }

    @Test
    void anEnglishPageSaysWhichValueCanNeverBeValid() {
        var badReference = catchThrowableOfType(InvalidCaseData.class, () -> new CaseId("RC-12"));
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(refusals.describe(badReference)).isEqualTo("Invalid case reference “RC-12”: expected RC-XXXX-XXXX.");
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(refusals.describe(badReference))
                .isEqualTo("Référence de dossier invalide « RC-12 » : attendu RC-XXXX-XXXX.")
                .isEqualTo(badReference.getMessage());
    }

    @Test
    void anEnglishPageNamesTheEntryThatCanNeverBeValid() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(refusals.describe(new InvalidCaseData("sentOn", "La date « sentOn » est dans le futur")))
                .startsWith("A step is dated the day it happened");
        assertThat(refusals.describe(new InvalidCaseData("amount", "Un montant ne peut pas être négatif")))
                .startsWith("This amount cannot be accepted");
        assertThat(refusals.describe(new InvalidCaseData("size", "Une page compte de 1 à 100 dossiers.")))
                .isEqualTo("The entry “size” was refused. The rule, in French: Une page compte de 1 à 100 dossiers.");
    }

    @Test
    void whatAFormCannotReadIsSaidInThePagesLanguageWithTheFieldsLabel() {
        RuntimeException missing = null;
        try {
            new FormValues(java.util.Map.of()).amount("amountAtStake", "filing.amountAtStake");
        } catch (UnreadableEntry e) {
            missing = e;
        }
        assertThat(missing).isNotNull();
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(refusals.describe(missing)).isEqualTo("Enter the amount: “Amount at stake” (0 if there is none).");
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(refusals.describe(missing))
                .isEqualTo("Indiquez le montant : « Montant en jeu » (0 s'il n'y en a pas).");
    }

    @Test
    void aMissingEntryIsNamedByItsLabelEvenWhenTheLabelTakesArguments() {
        var headOffice = new DefaultMessageSourceResolvable(new String[] {"company.office.field"},
                new Object[] {new DefaultMessageSourceResolvable("company.postalCode"), 1});
        var missing = catchThrowableOfType(UnreadableEntry.class,
                () -> new FormValues(Map.of()).required("postalCode-1", headOffice));
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(refusals.describe(missing)).isEqualTo("Indiquez : « Code postal (siège 1) ».");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(refusals.describe(missing)).isEqualTo("Fill in: “Postcode (head office 1)”.");
    }

    @Test
    void aFrenchPageNamesTheFieldARuleRefusesByTheLabelItsFormShows() {
        var fields = List.of(FormField.text("staffLogin", "tokens.staffLogin", true));
        var refusal = new InvalidCaseData("staffLogin", "Un compte actif est requis pour « staffLogin ».");
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(refusals.describe(refusal, fields))
                .isEqualTo("Un compte actif est requis pour « Agit pour le compte ».");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(refusals.describe(refusal, fields)).isEqualTo("There is no such account: choose an active account.");
    }

    @Test
    void anEnglishPageSaysWhyABranchCannotBeDeletedOrCreated() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(refusals.describe(new BranchInUse("L'antenne « Lyon » ne peut pas être supprimée")))
                .startsWith("Accounts or cases belong to this branch: it cannot be deleted.");
        assertThat(refusals.describe(new BranchCodeTaken("Le code « lyon » est déjà celui de l'antenne « Lyon »")))
                .isEqualTo("This code is already another branch's: choose another one.");
    }
}
