package org.recours.portal.operations;

import java.net.URI;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import org.recours.testing.TestDatabase;

/**
 * A database of its own on the test run's PostgreSQL server, for tests that run several application instances or
 * restore a dump: the shared test database has other tests' contexts and processors working on it.
 */
public record ScratchDatabase(String name, String url, String username, String password) implements AutoCloseable {

    public static ScratchDatabase create(String purpose) {
        var shared = TestDatabase.get();
        var name =
                purpose + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
        var base = shared.url().substring(0, shared.url().lastIndexOf('/') + 1);
        var scratch = new ScratchDatabase(name, base + name, shared.username(), shared.password());
        scratch.admin("CREATE DATABASE " + name);
        return scratch;
    }

    public String host() {
        return jdbcUri().getHost();
    }

    public int port() {
        var port = jdbcUri().getPort();
        return port < 0 ? 5432 : port;
    }

    /** The same database reached through another port (a {@link TcpProxy}). */
    public String urlThroughPort(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name;
    }

    private URI jdbcUri() {
        return URI.create(url.substring("jdbc:".length()));
    }

    void admin(String sql) {
        var shared = TestDatabase.get();
        try (var connection = DriverManager.getConnection(shared.url(), username, password)) {
            connection.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (!"true".equalsIgnoreCase(System.getenv("RECOURS_TEST_KEEP_DB"))) {
            admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
