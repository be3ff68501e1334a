package org.recours.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.axonframework.common.jdbc.JdbcException;
import org.junit.jupiter.api.Test;

class UniqueViolationResolverTest {

    private final UniqueViolationResolver resolver = new UniqueViolationResolver();

    @Test
    void aBatchInsertThatLostTheRaceForASequenceNumberIsADuplicateKey() {
        var batch = new BatchUpdateException("Batch entry 0 INSERT INTO domain_event_entry …", "23505", 0, new int[0]);
        batch.setNextException(new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(resolver.isDuplicateKeyViolation(new JdbcException("append failed", batch)))
                .isTrue();
    }

    @Test
    void theViolationMayHideBehindTheBatchsNextException() {
        var batch = new BatchUpdateException("Batch entry 0 failed", null, 0, new int[0]);
        batch.setNextException(new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(resolver.isDuplicateKeyViolation(batch)).isTrue();
    }

    @Test
    void otherFailuresAreNotDuplicates() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("connection lost", "08006")))
                .isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("not null", "23502")))
                .isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("no SQL at all")))
                .isFalse();
    }
}
