package org.recours.query.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.CompanyProfile;
import org.recours.kernel.casefile.ComplaintFiled;
import org.recours.kernel.casefile.ConsumerId;
import org.recours.kernel.casefile.Money;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.casefile.query.CaseStatus;
import org.recours.kernel.casefile.query.CaseSummary;
import org.recours.kernel.casefile.query.FindCases;
import org.recours.kernel.consumer.ConsumerDetails;
import org.recours.kernel.consumer.PersonalDataVault;
import org.recours.query.QuerySideTestApplication;
import org.recours.testing.UsesOwnPostgres;
import org.recours.testing.casefile.ReferenceCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The case list's pages, most recent activity first, on the real PostgreSQL with its indexes. */
@SpringBootTest(classes = QuerySideTestApplication.class)
@UsesOwnPostgres
class CaseListIT {

    private static final CompanyProfile PRIME_VIDEO =
            ReferenceCase.primeVideo().onlyInClichy().withoutMediator().build();

    @Autowired
    CaseFileProjection projection;

    @Autowired
    CaseList list;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonalDataVault vault;

    @BeforeEach
    void thirtyCases() {
        jdbc.update("DELETE FROM case_file");
        var at = Instant.parse("2026-11-01T09:00:00Z");
        for (int i = 0; i < 30; i++) {
            // cases 10 to 19 share their last change: the reference orders them
            var changedAt = i >= 10 && i < 20 ? at.plusSeconds(10 * 60) : at.plusSeconds(i * 60);
            projection.on(
                    new ComplaintFiled(
                            new CaseId(String.format("RC-CASE-%04d", i)),
                            new ConsumerId(new java.util.UUID(3, i)),
                            PRIME_VIDEO,
                            i % 3 == 0 ? Category.EXTRA_CHARGES : Category.OTHER,
                            i % 2 == 0 ? "Prélèvement en double" : "Publicité dans l'abonnement",
                            new Money(BigDecimal.TEN),
                            "Remboursement",
                            new BranchId(i < 20 ? "paris-11" : "lyon-3"),
                            new StaffMemberId("marie"),
                            LocalDate.of(2026, 11, 1)),
                    0,
                    changedAt,
                    "marie");
        }
    }

    @Test
    void pagesFollowTheLatestChangeThenTheReferenceWithoutGapsOrRepeats() {
        var seen = new ArrayList<String>();
        for (int page = 0; page < 4; page++) {
            var result = list.handle(new FindCases(null, null, null, null, null, null, null, page, 8));
            assertThat(result.total()).isEqualTo(30);
            seen.addAll(result.cases().stream().map(CaseSummary::caseId).toList());
        }
        var expected = new ArrayList<String>();
        for (int i = 29; i >= 20; i--) {
            expected.add(String.format("RC-CASE-%04d", i));
        }
        for (int i = 10; i < 20; i++) {
            expected.add(String.format("RC-CASE-%04d", i));
        }
        for (int i = 9; i >= 0; i--) {
            expected.add(String.format("RC-CASE-%04d", i));
        }
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void filtersAndWordsApplyToTheCountAndToEveryPage() {
        var first = list.handle(new FindCases(
                "paris-11", CaseStatus.FILED, Category.EXTRA_CHARGES, null, null, null, "prélèvement", 0, 2));
        var second = list.handle(new FindCases(
                "paris-11", CaseStatus.FILED, Category.EXTRA_CHARGES, null, null, null, "prélèvement", 1, 2));

        // paris-11 is cases 0 to 19; extra charges every third; "prélèvement" the even ones: 0, 6, 12, 18
        assertThat(first.total()).isEqualTo(4);
        assertThat(first.cases()).extracting(CaseSummary::caseId).containsExactly("RC-CASE-0012", "RC-CASE-0018");
        assertThat(second.cases()).extracting(CaseSummary::caseId).containsExactly("RC-CASE-0006", "RC-CASE-0000");
    }

    @Test
    void aSearchByWordsStopsCountingAtTheCapAndStillPagesOnFromThere() {
        var capped = new CaseList(jdbc, vault, Clock.systemUTC(), 10);

        var first = capped.handle(new FindCases(null, null, null, null, null, null, "remboursement", 0, 8));
        var second = capped.handle(new FindCases(null, null, null, null, null, null, "remboursement", 1, 8));
        var last = capped.handle(new FindCases(null, null, null, null, null, null, "remboursement", 3, 8));
        var filtered = capped.handle(new FindCases(null, null, null, null, null, null, null, 0, 8));

        assertThat(first.total()).isEqualTo(10);
        assertThat(first.totalCapped()).as("30 match, more than the cap").isTrue();
        assertThat(second.hasNext())
                .as("page 3 comes full beyond the capped count")
                .isTrue();
        assertThat(last.cases()).hasSize(6);
        assertThat(last.hasNext()).isFalse();
        assertThat(filtered.total()).as("filters alone count exactly").isEqualTo(30);
        assertThat(filtered.totalCapped()).isFalse();
    }

    @Test
    void aConsumersNameFindsTheirCasesThroughTheVault() {
        for (int i = 0; i < 30; i += 7) {
            vault.store(
                    new ConsumerId(new java.util.UUID(3, i)),
                    new ConsumerDetails("Julien Lefebvre", null, null, null, false));
        }

        var found = list.handle(new FindCases(null, null, null, null, null, null, "lefebvre", 0, 25));

        assertThat(found.cases())
                .extracting(CaseSummary::caseId)
                .containsExactly("RC-CASE-0028", "RC-CASE-0021", "RC-CASE-0014", "RC-CASE-0007", "RC-CASE-0000");
        assertThat(found.total()).isEqualTo(5);
    }

    @Test
    void wordsOfTheFactsAndTheReferenceAreFoundWhateverTheirAccentsAndCase() {
        var plain = list.handle(new FindCases(null, null, null, null, null, null, "PRELEVEMENT", 0, 25));
        var reference = list.handle(new FindCases(null, null, null, null, null, null, "rc-case-0007", 0, 25));
        var accented = list.handle(new FindCases(null, null, null, null, null, null, "Publicité ABONNÉMENT", 0, 25));

        assertThat(plain.total())
                .as("\"Prélèvement en double\": the even cases")
                .isEqualTo(15);
        assertThat(reference.cases()).extracting(CaseSummary::caseId).containsExactly("RC-CASE-0007");
        assertThat(accented.total()).as("an accent too many is ignored as well").isEqualTo(15);
    }

    @Test
    void aSearchIsPlannedForItsWordsEveryTimeNotOnceForAllWords() throws Exception {
        try (var connection = jdbc.getDataSource().getConnection()) {
            var oneConnection = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            var searches = new CaseList(oneConnection, vault, Clock.systemUTC(), 1000);
            for (int i = 0; i < 10; i++) {
                searches.handle(new FindCases(null, null, null, null, null, null, "prélèvement", 0, 8));
            }

            assertThat(oneConnection.queryForObject(
                            "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%(search_text) LIKE%'",
                            Long.class))
                    .as("no statement kept on the server, whose generic plan would guess how many cases match")
                    .isZero();
        }
    }
}
