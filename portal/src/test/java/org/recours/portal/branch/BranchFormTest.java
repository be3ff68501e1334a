package org.recours.portal.branch;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.RefusalText;
import org.recours.portal.web.Dates;
import org.recours.portal.web.Refusals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A page's form handling on Spring MVC alone (petclinic's way), with the branches' store mocked: a refused entry
 * answers its status and the form again, with what was typed and the refusal naming the field by its label, in the
 * page's language; an accepted one redirects with a notice. The journeys through the real store stay in the ITs.
 */
@WebMvcTest
@AutoConfigureMockMvc(addFilters = false)
class BranchFormTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Branches branches;

    @BeforeEach
    void noBranchYet() {
        given(branches.inUse()).willReturn(List.of());
    }

    @Test
    void aBranchWithoutANameIsRefusedNamingTheFieldAndKeepingWhatWasTyped() throws Exception {
        mvc.perform(post("/admin/antennes")
                        .param("code", "clichy")
                        .param("name", " ")
                        .param("city", "Clichy"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(allOf(
                                containsString("Antenne non créée"),
                                containsString("Indiquez : « Nom »"),
                                containsString("value=\"clichy\""),
                                containsString("value=\"Clichy\""))));
        verify(branches, never()).create(any());
    }

    @Test
    void theRefusalSpeaksThePagesLanguage() throws Exception {
        mvc.perform(post("/admin/antennes").param("code", "clichy").cookie(new Cookie("recours-lang", "en")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(allOf(containsString("Branch not created:"), containsString("Fill in: “Name”"))));
    }

    @Test
    void aCodeAlreadyTakenIsAConflictSaidAsTheStoreSaysIt() throws Exception {
        willThrow(new BranchCodeTaken(RefusalText.of("check.branch-code-taken", "clichy", "Clichy")))
                .given(branches)
                .create(any());

        mvc.perform(post("/admin/antennes").param("code", "clichy").param("name", "Clichy"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("choisissez-en un autre")));
    }

    @Test
    void anAcceptedBranchRedirectsToTheListWithANotice() throws Exception {
        mvc.perform(post("/admin/antennes")
                        .param("code", "clichy")
                        .param("name", "Clichy")
                        .param("address", "1 rue de Paris")
                        .param("city", "Clichy"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/antennes"))
                .andExpect(flash().attribute("notice", "Antenne « Clichy » créée."));
        verify(branches).create(new Branch("clichy", "Clichy", "1 rue de Paris", "Clichy", true));
    }

    @Configuration(proxyBeanMethods = false)
    @Import({BranchPages.class, Refusals.class, Dates.class})
    @ComponentScan(
            basePackageClasses = Refusals.class,
            useDefaultFilters = false,
            includeFilters =
                    @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\.Language(Configuration|Switch)"))
    static class Slice {}
}
