package org.recours.portal.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock file a killed Recours leaves in the embedded cluster, seen at the next start (the server still running
 * is {@code EmbeddedDefaultJourneyIT}'s SIGKILL).
 */
class StaleServerTest {

    @TempDir
    Path cluster;

    @Test
    void aLockFileNamingAProcessThatIsGoneIsRemoved() throws Exception {
        var gone = new ProcessBuilder("true").start();
        gone.waitFor();
        lockFileNaming(gone.pid());

        EmbeddedPostgresCluster.clearStaleServer(cluster.toFile());

        assertThat(cluster.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void aLockFileNamingAProcessThatIsNotPostgresqlIsRemovedAndTheProcessLeftAlone() throws Exception {
        lockFileNaming(ProcessHandle.current().pid());

        EmbeddedPostgresCluster.clearStaleServer(cluster.toFile());

        assertThat(cluster.resolve("postmaster.pid")).doesNotExist();
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    @Test
    void noLockFileNothingToDo() {
        EmbeddedPostgresCluster.clearStaleServer(cluster.toFile());

        assertThat(cluster).isEmptyDirectory();
    }

    private void lockFileNaming(long pid) throws Exception {
        // the first lines of a postmaster.pid: process id, data directory, start time, port
        Files.writeString(cluster.resolve("postmaster.pid"), pid + "\n" + cluster + "\n1764864000\n5432\n");
    }
}
