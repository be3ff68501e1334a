package org.recours.portal.reminders;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import org.recours.testing.TestDatabase;

/**
 * A fresh database of its own on the tests' PostgreSQL server (the one {@link TestDatabase} chose), for tests that
 * start and stop whole applications and move their clocks years ahead: the applications other test classes leave
 * running (Spring caches their contexts) must not claim these tests' event processors nor fire their deadlines.
 */
final class OwnDatabase implements AutoCloseable {

    private final TestDatabase.Coordinates server = TestDatabase.get();
    private final String name = "recours_reminders_"
            + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
    final TestDatabase.Coordinates coordinates;

    OwnDatabase() {
        execute("CREATE DATABASE " + name);
        var url = server.url();
        coordinates = new TestDatabase.Coordinates(
                url.substring(0, url.lastIndexOf('/') + 1) + name, server.username(), server.password());
    }

    @Override
    public void close() {
        if (!"true".equalsIgnoreCase(System.getenv("RECOURS_TEST_KEEP_DB"))) {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private void execute(String statement) {
        try (var connection = DriverManager.getConnection(server.url(), server.username(), server.password())) {
            connection.createStatement().execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }
}
