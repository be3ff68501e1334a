package org.recours.portal.problem;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.recours.testing.casefile.ReferenceCase.CASE;
import static org.recours.testing.casefile.ReferenceCase.COMPANY_NAME;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.CaseRule;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.RefusalText;
import org.recours.kernel.casefile.StepRefused;
import org.recours.portal.casefile.CaseNotFound;
import org.recours.portal.evidence.DocumentTooLarge;
import org.recours.portal.evidence.EvidenceSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API's refusals as RFC 9457 problems, on Spring MVC alone (no database, no Axon): a controller of the test throws
 * what the application's controllers throw, and {@link ApiProblems} answers. The journeys that reach these answers
 * through the whole application stay in the ITs (CaseApiIT, MalformedInputIT…).
 */
@WebMvcTest
@AutoConfigureMockMvc(addFilters = false)
class ApiProblemsTest {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    @Autowired
    MockMvc mvc;

    @Test
    void aStepTheCaseDoesNotAllowIsAConflictNamingItsRuleItsLegalBasisAndWhenItBecomesPossible() throws Exception {
        mvc.perform(post("/api/test/mediation"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.type").value("/problems/step-not-allowed"))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.rule").value("RESPONSE_WINDOW_OPEN"))
                .andExpect(jsonPath("$.legalBasis").value(CaseRule.RESPONSE_WINDOW_OPEN.explanation()))
                .andExpect(jsonPath("$.possibleFrom").value("2027-03-10"))
                .andExpect(jsonPath("$.detail").value(containsString("10 mars 2027")));
    }

    @Test
    void anEntryThatCanNeverBeValidIsABadRequestNamingItsField() throws Exception {
        mvc.perform(post("/api/test/invalid"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.type").value("/problems/invalid-input"))
                .andExpect(jsonPath("$.field").value("trackingNumber"));
    }

    @Test
    void anUnknownCaseIsNotFound() throws Exception {
        mvc.perform(get("/api/test/cases/RC-7K2M-9QXD"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/case-not-found"))
                .andExpect(jsonPath("$.detail").value(containsString(CASE.value())));
    }

    @Test
    void aStaleVersionIsAConflictGivingTheCurrentVersion() throws Exception {
        mvc.perform(post("/api/test/stale"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/version-conflict"))
                .andExpect(jsonPath("$.currentVersion").value(7));
    }

    @Test
    void aDocumentBeyondTheLimitIsContentTooLarge() throws Exception {
        mvc.perform(post("/api/test/document"))
                .andExpect(status().is(413))
                .andExpect(jsonPath("$.type").value("/problems/document-too-large"));
    }

    @Test
    void aBodyThatIsNotJsonIsAMalformedRequest() throws Exception {
        mvc.perform(post("/api/test/filing")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.type").value("/problems/malformed-request"));
    }

    @Test
    void anUnknownChoiceListsThePossibleValues() throws Exception {
        mvc.perform(post("/api/test/filing")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\": \"NOT_A_CATEGORY\", \"on\": \"2026-11-02\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("NOT_A_CATEGORY")))
                .andExpect(jsonPath("$.detail").value(containsString(Category.values()[0].name())));
    }

    @Test
    void aDateThatDoesNotExistIsRefusedNamingTheField() throws Exception {
        mvc.perform(post("/api/test/filing")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\": \"" + Category.values()[0].name() + "\", \"on\": \"2026-02-30\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/malformed-request"));
    }

    @Test
    void aPathValueOfTheWrongTypeNamesTheFieldAndWhatIsExpected() throws Exception {
        mvc.perform(get("/api/test/letters/abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/invalid-input"))
                .andExpect(jsonPath("$.field").value("number"))
                .andExpect(jsonPath("$.detail").value(containsString("nombre entier")));
    }

    @Test
    void anUnexpectedFailureIsAnInternalErrorThatTellsNothingOfItsCause() throws Exception {
        mvc.perform(get("/api/test/bug"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.type").value("/problems/internal-error"))
                .andExpect(jsonPath("$.detail").value(not(containsString("secret"))));
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsUnavailableForAMoment() throws Exception {
        mvc.perform(get("/api/test/database"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", ApiProblems.RETRY_AFTER_SECONDS))
                .andExpect(jsonPath("$.type").value("/problems/unavailable"));
    }

    record Filing(Category category, LocalDate on) {}

    @RestController
    static class Failing {

        @PostMapping("/api/test/mediation")
        void mediation() {
            var possibleFrom = LocalDate.of(2027, 3, 10);
            throw StepRefused.of(CaseRule.RESPONSE_WINDOW_OPEN, "unanswered", possibleFrom, COMPANY_NAME, 2)
                    .possibleFrom(possibleFrom);
        }

        @PostMapping("/api/test/invalid")
        void invalid() {
            throw new InvalidCaseData("trackingNumber", RefusalText.of("check.tracking-number", "123"));
        }

        @GetMapping("/api/test/cases/{caseId}")
        void find(@PathVariable String caseId) {
            throw new CaseNotFound(caseId);
        }

        @PostMapping("/api/test/stale")
        void stale() {
            throw new ConflictingAggregateVersionException(CASE.value(), 5, 7);
        }

        @PostMapping("/api/test/document")
        void document() {
            throw new DocumentTooLarge(DataSize.ofMegabytes(20));
        }

        @PostMapping("/api/test/filing")
        Filing filing(@RequestBody Filing filing) {
            return filing;
        }

        @GetMapping("/api/test/letters/{number}")
        int letter(@PathVariable int number) {
            return number;
        }

        @GetMapping("/api/test/bug")
        void bug() {
            throw new IllegalStateException("secret");
        }

        @GetMapping("/api/test/database")
        void database() {
            throw new DataAccessResourceFailureException("connection refused");
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Import({ApiProblems.class, Failing.class})
    static class Slice {

        @Bean
        EvidenceSettings evidenceSettings() {
            return new EvidenceSettings(DataSize.ofMegabytes(20));
        }
    }
}
