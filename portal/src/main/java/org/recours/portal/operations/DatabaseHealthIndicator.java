package org.recours.portal.operations;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Whether PostgreSQL answers now, for the readiness probe ({@code /actuator/health/readiness}): an instance that
 * cannot reach its database takes no traffic until it can again. It asks the pool for a connection, so it answers
 * within {@code spring.datasource.hikari.connection-timeout} even when the database host does not answer at all.
 */
@Component
class DatabaseHealthIndicator extends AbstractHealthIndicator {

    private static final int VALIDATION_SECONDS = 2;

    private final DataSource dataSource;

    DatabaseHealthIndicator(DataSource dataSource) {
        super("The database does not answer");
        this.dataSource = dataSource;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            if (connection.isValid(VALIDATION_SECONDS)) {
                builder.up().withDetail("database", connection.getMetaData().getDatabaseProductName());
            } else {
                builder.down().withDetail("reason", "connection not valid within " + VALIDATION_SECONDS + " s");
            }
        }
    }
}
