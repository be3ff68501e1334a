package org.recours.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Databases of their own are created and dropped next to the shared one, on the same server. */
class TestDatabaseTest {

    @Test
    void aSiblingDatabaseKeepsTheServerAndTheParameters() {
        assertThat(TestDatabase.sibling("jdbc:postgresql://127.0.0.1:5432/recours_test_1", "postgres"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/postgres");
        assertThat(TestDatabase.sibling("jdbc:postgresql://localhost:32771/test?loggerLevel=OFF", "recours_own_1"))
                .isEqualTo("jdbc:postgresql://localhost:32771/recours_own_1?loggerLevel=OFF");
    }
}
