package org.recours.portal.problem;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.recours.testing.casefile.ReferenceCase.COMPANY_NAME;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.RefusalText;
import org.recours.kernel.casefile.StepRefused;
import org.recours.portal.casefile.CaseNotFound;
import org.recours.portal.evidence.EvidenceSettings;
import org.recours.portal.web.Dates;
import org.recours.portal.web.Refusals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Refusals on the staff pages, rendered by the real templates and message bundles on Spring MVC alone: a rule's
 * refusal as a page shows it (French as the rule words it, English from its code with the date), and the refusals no
 * page's form catches, by {@link PageProblems}, with their statuses. The journeys stay in the page ITs.
 */
@WebMvcTest
@AutoConfigureMockMvc(addFilters = false)
class PageRefusalsTest {

    private static final String FRENCH_REFUSAL = "La médiation n'est possible qu'à partir du 10 mars 2027 : "
            + COMPANY_NAME + " a 2 mois pour répondre à la réclamation écrite et n'a pas encore répondu.";

    @Autowired
    MockMvc mvc;

    @Test
    void aFrenchPageShowsTheRulesRefusalAsTheRuleWordsIt() throws Exception {
        mvc.perform(post("/test/cases/RC-7K2M-9QXD/mediation"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString(FRENCH_REFUSAL.replace("'", "&#39;"))));
    }

    @Test
    void anEnglishPageShowsTheRulesRefusalFromItsCodeWithTheDate() throws Exception {
        mvc.perform(post("/test/cases/RC-7K2M-9QXD/mediation").cookie(new Cookie("recours-lang", "en")))
                .andExpect(status().isConflict())
                .andExpect(content()
                        .string(allOf(
                                containsString("Mediation is possible only from"),
                                containsString("10 March 2027"),
                                containsString(COMPANY_NAME + " has 2 months"),
                                not(containsString("La médiation")))));
    }

    @Test
    void anUnknownCaseIsAPageNotFoundNamingTheReference() throws Exception {
        mvc.perform(get("/test/cases/RC-7K2M-9QXD"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Aucun dossier ne porte la référence « RC-7K2M-9QXD »")));
    }

    @Test
    void anUnknownCaseInEnglish() throws Exception {
        mvc.perform(get("/test/cases/RC-7K2M-9QXD").param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("No case has the reference “RC-7K2M-9QXD”")));
    }

    @Test
    void anEntryNoFormCaughtIsABadRequestExplainedInTheLanguageOfThePage() throws Exception {
        mvc.perform(get("/test/search").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(
                        content().string(containsString("Invalid tracking number “123”: 8 to 20 letters or digits")));
    }

    @Test
    void anAddressWhoseIdentifierCannotBeOneIsAPageNotFound() throws Exception {
        mvc.perform(get("/test/letters/abc"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page introuvable")));
    }

    @Test
    void anUnexpectedFailureIsAnErrorPageThatTellsNothingOfItsCause() throws Exception {
        mvc.perform(get("/test/bug"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(not(containsString("secret"))));
    }

    /** A page as the application's pages are: it catches the rule's refusal and shows it, in the page's language. */
    @Controller
    static class CasePage {

        private final Refusals refusals;

        CasePage(Refusals refusals) {
            this.refusals = refusals;
        }

        @PostMapping("/test/cases/{caseId}/mediation")
        String mediation(@PathVariable String caseId, Model model, jakarta.servlet.http.HttpServletResponse response) {
            try {
                var possibleFrom = LocalDate.of(2027, 3, 10);
                throw StepRefused.of(CaseRule.RESPONSE_WINDOW_OPEN, "unanswered", possibleFrom, COMPANY_NAME, 2)
                        .possibleFrom(possibleFrom);
            } catch (StepRefused refused) {
                response.setStatus(409);
                model.addAttribute("problemTitle", caseId);
                model.addAttribute("message", refusals.describe(refused));
                return "problem";
            }
        }

        @GetMapping("/test/cases/{caseId}")
        String show(@PathVariable String caseId) {
            throw new CaseNotFound(caseId);
        }

        @GetMapping("/test/search")
        String search() {
            throw new InvalidCaseData("trackingNumber", RefusalText.of("check.tracking-number", "123"));
        }

        @GetMapping("/test/letters/{number}")
        String letter(@PathVariable int number) {
            return "problem";
        }

        @GetMapping("/test/bug")
        String bug() {
            throw new IllegalStateException("secret");
        }
    }

    /** With the API's advice, as in the application: it stands in for Spring Boot's own problem details handler. */
    @Configuration(proxyBeanMethods = false)
    @Import({PageProblems.class, ApiProblems.class, Refusals.class, Dates.class, CasePage.class})
    @ComponentScan(
            basePackageClasses = Refusals.class,
            useDefaultFilters = false,
            includeFilters =
                    @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\.Language(Configuration|Switch)"))
    static class Slice {

        @Bean
        EvidenceSettings evidenceSettings() {
            return new EvidenceSettings(DataSize.ofMegabytes(20));
        }
    }
}
