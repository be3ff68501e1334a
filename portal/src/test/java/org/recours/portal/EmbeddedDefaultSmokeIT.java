package org.recours.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recours.testing.casefile.ReferenceCase.CONSUMER_NAME;
import static org.recours.testing.casefile.ReferenceCase.briefFiling;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** No database configured: Recours starts its own PostgreSQL under the data directory (the embedded default). */
class EmbeddedDefaultSmokeIT {

    @TempDir
    Path dataDir;

    @Test
    void theApplicationStartsOnTheEmbeddedDefaultFilesACaseAndReadsItBack() throws Exception {
        RecoursApplication.disableAxonUsageReporting();
        try (var context = new SpringApplicationBuilder(RecoursApplication.class)
                .properties("server.port=0", "recours.data-dir=" + dataDir)
                .run()) {
            assertThat(context.getEnvironment().getProperty("spring.datasource.url"))
                    .isNull();
            var api = new ApiClient(
                    ((WebServerApplicationContext) context).getWebServer().getPort());

            var filed = api.post(
                    "/api/cases",
                    briefFiling()
                            .about("CANCELLATION_IGNORED", "Résiliation du 3 mars ignorée, prélèvement d'avril")
                            .atStake("8.99")
                            .asking("Remboursement d'avril")
                            .inBranch("lyon")
                            .json());
            assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            var caseId = api.json(filed).get("caseId").asString();

            var view = api.caseAtVersion(caseId, 0);
            assertThat(view.get("status").asString()).isEqualTo("FILED");
            assertThat(view.get("facts").asString()).contains("Résiliation du 3 mars");
            assertThat(view.get("consumerDetails").get("fullName").asString()).isEqualTo(CONSUMER_NAME);

            assertThat(api.awaitHistory(caseId, 1)).hasSize(1);
            assertThat(api.json(api.get("/api/cases?q=martin"))
                            .get("cases")
                            .get(0)
                            .get("caseId")
                            .asString())
                    .as("found by the consumer's name in the vault")
                    .isEqualTo(caseId);
            var bundle = api.download("/api/cases/" + caseId + "/evidence-bundle.zip");
            assertThat(bundle.getStatusCode()).isEqualTo(HttpStatus.OK);
            var jdbc = context.getBean(JdbcTemplate.class);
            assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET actor = 'faussaire'"))
                    .rootCause()
                    .hasMessageContaining("append-only");
            assertThat(jdbc.queryForObject(
                            "SELECT current_database() || ' ' || current_setting('server_version_num')", String.class))
                    .startsWith("recours 17");
            assertThat(jdbc.queryForObject("SELECT name FROM branch WHERE code = 'siege'", String.class))
                    .isEqualTo("Siège");
            assertThat(jdbc.queryForObject(
                            "SELECT must_change_password FROM staff_member WHERE login = 'admin'", Boolean.class))
                    .as("the printed password is a one-time password")
                    .isTrue();
        }
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsOnly("postgres", "signing", "initial-admin-password");
        }
    }
}
