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
import org.recours.portal.company.ConsumerMediator;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A refusal reads in the page's language, with the same detail: French as the rules word it, English alike. */
class RefusalsTest {

    private static final LocalDate POSSIBLE_FROM = LocalDate.of(2027, 3, 1);
    private static final StepRefused TOO_EARLY = StepRefused.of(
                    CaseRule.RESPONSE_WINDOW_OPEN, "unanswered", POSSIBLE_FROM, COMPANY_NAME, 2)
            .possibleFrom(POSSIBLE_FROM);

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
        assertThat(refusals.describe(TOO_EARLY))
                .isEqualTo("Mediation is possible only from 1 March 2027: Amazon "
                        + "Prime Video has 2 months to answer the written complaint and has not answered yet.");
        var unknownOffice = StepRefused.of(
                CaseRule.UNKNOWN_ADDRESSEE, "offices", "Amazon Inc.", List.of(CLICHY.entity(), LUXEMBOURG.entity()));
        assertThat(refusals.describe(unknownOffice))
                .isEqualTo("Unknown address “Amazon Inc.”: the letter goes to "
                        + "Amazon Digital France SAS or Amazon Europe Core SARL.");
        assertThat(refusals.describe(StepRefused.of(
                        CaseRule.TRACKING_NUMBER_REQUIRED, "method", SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT)))
                .isEqualTo("A registered letter with acknowledgement "
                        + "of receipt has a tracking number: copy the one on the posting receipt.");
        assertThat(refusals.describe(new StepRefused(CaseRule.PERSONAL_DATA_ALREADY_ERASED)))
                .isEqualTo("The consumer's personal data is already erased.");
    }

    @Test
    void whatARefusalNamesIsSaidInThePagesLanguageToo() {
        var prior = StepRefused.of(
                CaseRule.DISPUTE_ALREADY_EXAMINED,
                "examined",
                RefusalText.of("prior-examination.mediation", "le Médiateur du e-commerce", LocalDate.of(2026, 11, 2)));
        var late = CampaignStepRefused.of(CampaignRule.DATE_OUT_OF_ORDER, "formal-notice", CampaignStatus.IN_COURT);
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(refusals.describe(prior))
                .startsWith("The dispute was already examined by le Médiateur du "
                        + "e-commerce (mediation ended on 2 November 2026): Consumer Code, Art. L612-2 3°");
        assertThat(refusals.describe(late)).endsWith("the campaign is at the stage “in court”.");
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(refusals.describe(prior)).isEqualTo(prior.getMessage());
        assertThat(refusals.describe(new StepRefused(CaseRule.CASE_CLOSED)))
                .isEqualTo("Un dossier clos n'accepte que sa réouverture.");
    }

    @Test
    void aSharedCheckNamesTheFieldByTheLabelItsFormShowsInEitherLanguage() {
        var empty = catchThrowableOfType(
                InvalidCaseData.class, () -> Require.text("amountAtStake", " ", Require.SHORT_TEXT));
        var fields = List.of(FormField.text("amountAtStake", "filing.amountAtStake", true));
        var future = catchThrowableOfType(
                InvalidCaseData.class,
                () -> Require.notAfter("contactedOn", LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 1)));
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(refusals.describe(empty, fields))
                .isEqualTo("The field “Amount at stake” is required and cannot " + "be empty.");
        assertThat(refusals.describe(empty)).isEqualTo("The field “amount at stake” is required and cannot be empty.");
        assertThat(refusals.describe(future))
                .isEqualTo("The date of the contact (2 March 2027) is in the future: a "
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
    void anEnglishPageSaysWhyAStaffAccountIsRefusedWithTheDetailsTheFrenchOneGives() {
        // as StaffAccounts refuses them: an unknown account, a password too short, one's own role
        var unknown = new InvalidCaseData("login", RefusalText.of("check.account-unknown", "jdupont"));
        var tooShort = new InvalidCaseData("password", RefusalText.of("check.password-short", 12));
        var ownRole = new InvalidCaseData("role", RefusalText.of("check.own-administrator-role"));
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(refusals.describe(unknown)).isEqualTo("There is no account “jdupont”.");
        assertThat(refusals.describe(tooShort)).isEqualTo("A password has at least 12 characters.");
        assertThat(refusals.describe(ownRole))
                .isEqualTo("You cannot remove your own administrator role: another administrator must do it.");
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(refusals.describe(unknown))
                .isEqualTo("Aucun compte « jdupont ».")
                .isEqualTo(unknown.getMessage());
        assertThat(tooShort.getMessage()).isEqualTo("Un mot de passe compte au moins 12 caractères.");
        assertThat(ownRole.getMessage())
                .isEqualTo("Vous ne pouvez pas retirer votre propre rôle d'administrateur : "
                        + "un autre administrateur doit le faire.");
    }

    @Test
    void anEnglishPageNamesTheHandlerTheEntryAndTheDatesARefusalGives() {
        // as CaseHandlers, ConfidentialNoteTaking and the letter's proof of receipt refuse them
        var handler = new InvalidCaseData("handler", RefusalText.of("check.handler-candidate", "jdupont", "paris-11"));
        var entry = new InvalidCaseData(
                "entry", RefusalText.of("check.note-entry", 12L, RefusalText.of("check.note-entry.proposal")));
        var proofDay = new InvalidCaseData(
                "receivedAt", RefusalText.of("check.proof-day", LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 1)));
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(refusals.describe(handler))
                .isEqualTo("“jdupont” is neither an active account of the branch "
                        + "paris-11 nor a supervisor: the case cannot be entrusted to them.");
        assertThat(refusals.describe(entry))
                .isEqualTo("Entry no. 12 is not a proposal of the mediator of this case: "
                        + "a confidential note is about one of them (Consumer Code, Art. L612-3).");
        assertThat(refusals.describe(proofDay))
                .isEqualTo("The proof of the electronic registered letter is dated "
                        + "2 March 2027, not 1 March 2027: give the time it shows, on the step's date.");
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(refusals.describe(handler))
                .isEqualTo("« jdupont » n'est pas un compte actif de l'antenne "
                        + "paris-11 ni un superviseur : le dossier ne peut pas lui être confié.");
        assertThat(refusals.describe(entry))
                .isEqualTo(
                        "L'entrée n° 12 n'est pas une proposition du médiateur de ce "
                                + "dossier : une note confidentielle porte sur l'une d'elles (Code de la consommation, art. L612-3).");
        assertThat(refusals.describe(proofDay))
                .isEqualTo(
                        "La preuve de la lettre recommandée électronique est datée "
                                + "du 2 mars 2027, pas du 1er mars 2027 : reportez l'heure qu'elle indique, à la date de l'étape.");
    }

    @Test
    void anEnglishPageQuotesTheMediatorsWebsiteItRefuses() {
        var website = catchThrowableOfType(
                InvalidCaseData.class,
                () -> new ConsumerMediator("Médiateur du e-commerce", "www.mediateurfevad.fr", null, null));
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(refusals.describe(website))
                .isEqualTo("The mediator's website is a full web address, starting "
                        + "with https:// (“www.mediateurfevad.fr”).");
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(refusals.describe(website))
                .isEqualTo("Le site du médiateur est une adresse web complète, "
                        + "commençant par https:// (« www.mediateurfevad.fr »).")
                .isEqualTo(website.getMessage());
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
        var headOffice = new DefaultMessageSourceResolvable(
                new String[] {"company.office.field"},
                new Object[] {new DefaultMessageSourceResolvable("company.postalCode"), 1});
        var missing = catchThrowableOfType(
                UnreadableEntry.class, () -> new FormValues(Map.of()).required("postalCode-1", headOffice));
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(refusals.describe(missing)).isEqualTo("Indiquez : « Code postal (siège 1) ».");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(refusals.describe(missing)).isEqualTo("Fill in: “Postcode (head office 1)”.");
    }

    @Test
    void anEnglishPageSaysWhyABranchCannotBeDeletedOrCreatedWithItsNameAndCounts() {
        var inUse = new BranchInUse(RefusalText.of(
                "check.branch-in-use",
                "Lyon",
                RefusalText.of("check.branch-accounts", 2),
                RefusalText.of("check.branch-case", 1)));
        var taken = new BranchCodeTaken(RefusalText.of("check.branch-code-taken", "lyon", "Lyon"));
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(refusals.describe(inUse))
                .isEqualTo(inUse.getMessage())
                .startsWith("L'antenne « Lyon » ne peut pas "
                        + "être supprimée : 2 comptes et 1 dossier y sont rattachés. Désactivez-la plutôt");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(refusals.describe(inUse))
                .startsWith("The branch “Lyon” cannot be deleted: 2 accounts and 1 case "
                        + "belong to it. Disable it instead");
        assertThat(refusals.describe(taken))
                .isEqualTo("The code “lyon” is already the branch “Lyon”'s: choose another " + "one.");
    }
}
