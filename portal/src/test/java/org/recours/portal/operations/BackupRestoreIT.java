package org.recours.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.CONSUMER_NAME;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recours.portal.casefile.PrimeVideoCase;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The procedure of docs/operations.md, "Backup and restore": pg_dump of the database, pg_restore into an empty
 * one, projections rebuilt from the restored event store; the case files and the audit-trail hashes come out the
 * same.
 */
class BackupRestoreIT {

    private static final String CASE_FILES =
            "SELECT case_id, version, status, document FROM case_file ORDER BY case_id";
    private static final String AUDIT_HASHES =
            "SELECT case_id, position, previous_hash, hash FROM audit_entry " + "ORDER BY case_id, position";

    @TempDir
    Path work;

    @Test
    void aRestoredDumpRebuildsIdenticalCaseFilesAndTheSameAuditTrailHashes() throws Exception {
        try (var source = ScratchDatabase.create("recours_backup");
                var restored = ScratchDatabase.create("recours_restored")) {
            List<Map<String, Object>> caseFiles;
            List<Map<String, Object>> hashes;
            try (var app = AppInstance.start(source.url(), source, work.resolve("data"))) {
                for (int i = 0; i < 3; i++) {
                    var caseId = app.api
                            .json(app.api.post("/api/cases", PrimeVideoCase.complaint()))
                            .get("caseId")
                            .asString();
                    app.api.post(
                            "/api/cases/" + caseId + "/support-contacts",
                            PrimeVideoCase.supportContact(PrimeVideoCase.today().minusMonths(4)));
                    app.api.post("/api/cases/" + caseId + "/notes", PrimeVideoCase.note("Relance n° " + i));
                    app.api.upload(
                            "/api/cases/" + caseId + "/evidence",
                            "releve.txt",
                            ("Relevé " + i + " : prélèvement de 1,99 €").getBytes(),
                            "Relevé bancaire");
                    app.api.caseAtVersion(caseId, 3);
                }
                var jdbc = jdbc(source);
                AppInstance.await(
                        "audit trail complete",
                        Duration.ofSeconds(10),
                        () -> count(jdbc, "audit_entry") == count(jdbc, "domain_event_entry"));
                caseFiles = jdbc.queryForList(CASE_FILES);
                hashes = jdbc.queryForList(AUDIT_HASHES);
            }
            assertThat(caseFiles).hasSize(3);
            assertThat(hashes).hasSize(12);

            var dump = work.resolve("recours.dump");
            run(source, "pg_dump", "--format=custom", "--file=" + dump, "--dbname=" + source.name());
            assertThat(Files.size(dump)).isPositive();
            run(
                    restored,
                    "pg_restore",
                    "--no-owner",
                    "--exit-on-error",
                    "--dbname=" + restored.name(),
                    dump.toString());

            var jdbc = jdbc(restored);
            assertThat(count(jdbc, "domain_event_entry")).isEqualTo(12);
            // the rebuild of docs/operations.md: empty the projections and their tokens, then start the application
            jdbc.execute("TRUNCATE case_file, audit_entry");
            jdbc.execute("DELETE FROM token_entry");
            // rebuilt in bulk before the processors start (as any store of 10,000 events or more would be): complete
            // as soon as the application has started
            try (var app = AppInstance.start(
                    restored.url(), restored, work.resolve("data"), "recours.processing.bulk-rebuild.min-events=1")) {
                assertThat(count(jdbc, "audit_entry")).isEqualTo(12);
                assertThat(jdbc.queryForList(CASE_FILES)).isEqualTo(caseFiles);
                assertThat(jdbc.queryForList(AUDIT_HASHES)).isEqualTo(hashes);
                var caseId = (String) caseFiles.get(0).get("case_id");
                assertThat(app.api.get("/api/cases/" + caseId + "/export.json").getStatusCode())
                        .isEqualTo(HttpStatus.OK);
                assertThat(app.api
                                .json(app.api.get("/api/cases/" + caseId))
                                .get("consumerDetails")
                                .get("fullName")
                                .asString())
                        .as("personal data restored too")
                        .isEqualTo(CONSUMER_NAME);
            }
        }
    }

    private static JdbcTemplate jdbc(ScratchDatabase database) {
        return new JdbcTemplate(new DriverManagerDataSource(database.url(), database.username(), database.password()));
    }

    private static int count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
    }

    /** pg_dump and pg_restore from PATH, else from the PostgreSQL installation the machine has. */
    private static void run(ScratchDatabase database, String tool, String... arguments) throws Exception {
        var command = new ArrayList<>(List.of(
                executable(tool),
                "--host=" + database.host(),
                "--port=" + database.port(),
                "--username=" + database.username()));
        command.addAll(List.of(arguments));
        var process =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE);
        process.environment().put("PGPASSWORD", database.password());
        var running = process.start();
        var output = new String(running.getInputStream().readAllBytes());
        assertThat(running.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(running.exitValue())
                .as(String.join(" ", command) + "\n" + output)
                .isZero();
    }

    private static String executable(String tool) {
        for (var directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, tool))) {
                return Path.of(directory, tool).toString();
            }
        }
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.sorted(java.util.Comparator.reverseOrder())
                    .map(version -> version.resolve("bin/" + tool))
                    .filter(Files::isExecutable)
                    .findFirst()
                    .map(Path::toString)
                    .orElseThrow(() -> new AssertionError(tool + " not found: install the PostgreSQL client"));
        } catch (java.io.IOException e) {
            throw new AssertionError(tool + " not found on PATH nor under /usr/lib/postgresql", e);
        }
    }
}
