package org.recours.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.briefFiling;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recours.portal.ApiClient;
import org.recours.testing.UsesPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** The case list page at scale: a search with more matches than it counts, in Chromium; links built cheaply. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "recours.case-list.search-count-cap=2")
@UsesPostgres
class CaseSearchPageIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void linksOfAPageAreWrittenAsTheyAreWithoutLookingForAFileOfThatName() {
        assertThat(context.getBeansOfType(FilterRegistrationBean.class).values().stream()
                        .map(FilterRegistrationBean::getFilter)
                        .toList())
                .as("the resource chain, switched on by springdoc's webjars, took 80 % of the case list's CPU")
                .noneMatch(ResourceUrlEncodingFilter.class::isInstance);
    }

    @Test
    void aSearchMatchingMoreCasesThanItCountsSaysSoAndPagesOnToTheLastMatch() {
        var word = "abonnement" + UUID.randomUUID().toString().substring(0, 8);
        var api = new ApiClient(port);
        for (int i = 0; i < 27; i++) {
            var filed = api.post(
                    "/api/cases",
                    briefFiling()
                            .withFacts("Publicités dans l'%s payant".formatted(word))
                            .json());
            assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
            api.caseAtVersion(api.json(filed).get("caseId").asString(), 0);
        }
        var password = StaffFixtures.account(port, "ines", "paris-11", "STAFF");
        try (var browser = new Browser(port)) {
            browser.open("/login")
                    .type("username", "ines")
                    .type("password", password)
                    .submit();
            browser.pathAfterLeaving("/login");

            browser.open("/cases?q=" + word);
            assertThat(browser.text("main")).contains("Plus de 2 dossiers : précisez la recherche pour les compter");
            assertThat(browser.text("nav.pages")).contains("Page 1").doesNotContain("sur");

            browser.click("Suivante →");
            assertThat(browser.text("nav.pages")).contains("Page 2").doesNotContain("Suivante");
            assertThat(browser.text("table.cases")).contains("RC-");
        }
        assertThat(api.json(api.get("/api/cases?q=" + word)).get("totalCapped").asBoolean())
                .isTrue();
    }
}
