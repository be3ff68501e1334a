package org.recours.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.StepRefused;
import org.recours.portal.branch.BranchCodeTaken;
import org.recours.portal.branch.BranchInUse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A refusal reads in the page's language: French as the rules word it, English by the rule's code. */
class RefusalsTest {

    private static final LocalDate POSSIBLE_FROM = LocalDate.of(2027, 3, 1);
    private static final StepRefused TOO_EARLY = new StepRefused(CaseRule.RESPONSE_WINDOW_OPEN,
            "La médiation n'est possible qu'à partir du 1er mars 2027 : Amazon Prime Video a 2 mois pour répondre.",
            POSSIBLE_FROM);

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
    void anEnglishPageLooksTheRuleUpByItsCodeWithTheDateItNames() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(refusals.describe(TOO_EARLY)).isEqualTo("Mediation is possible only from 1 March 2027: the "
                + "company has its response window (two months by default) to answer the written complaint.");
        assertThat(refusals.describe(new StepRefused(CaseRule.UNKNOWN_ADDRESSEE, "Adresse inconnue")))
                .isEqualTo("The letter must go to one of the company's known head offices.");
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
