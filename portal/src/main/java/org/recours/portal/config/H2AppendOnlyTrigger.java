package org.recours.portal.config;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** The embedded database's version of the PostgreSQL trigger that keeps evidence append-only. */
public class H2AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("evidence is append-only: change refused", "42501");
    }
}
