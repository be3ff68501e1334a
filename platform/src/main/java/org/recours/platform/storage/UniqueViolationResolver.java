package org.recours.platform.storage;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon that an append lost the race for a case's next sequence number (SQLState 23505, unique violation, on
 * PostgreSQL), so that it throws a ConcurrencyException, which the command gateway retries and the API
 * answers 409 — rather than an EventStoreException, a 500.
 *
 * <p>Axon's {@code JdbcSQLErrorCodesResolver} compares vendor error codes; PostgreSQL's are all 0 and its batch
 * inserts hide the real cause behind {@code getNextException()}, so it never recognised the race. Within one
 * instance the aggregate lock hides this; between two instances on one database it is the only guard.
 *
 * <p><b>Works around</b> Axon 4.13's resolvers: {@code JdbcSQLErrorCodesResolver} compares vendor codes, and
 * {@code SQLStateResolver} (JPA package) reads the SQLState of the first {@code SQLException} only, never
 * {@code getNextException()}. <b>Can go</b> when an Axon resolver looks behind a batch's next exception:
 * {@code UniqueViolationResolverTest} and {@code SameVersionRaceIT} say whether it does.
 */
final class UniqueViolationResolver implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (var next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
