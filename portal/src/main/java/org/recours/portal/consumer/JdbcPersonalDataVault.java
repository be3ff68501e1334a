package org.recours.portal.consumer;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.recours.kernel.casefile.ConsumerId;
import org.recours.kernel.consumer.ConsumerDetails;
import org.recours.kernel.consumer.PersonalDataVault;
import org.recours.query.sql.Like;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPersonalDataVault implements PersonalDataVault {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JdbcPersonalDataVault(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void store(ConsumerId consumer, ConsumerDetails details) {
        jdbc.update(
                """
                INSERT INTO consumer_personal_data (consumer_id, full_name, email, phone, postal_address,
                                                    agreed_to_reminders, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                consumer.value(),
                details.fullName(),
                details.email(),
                details.phone(),
                details.postalAddress(),
                details.agreedToReminders(),
                Timestamp.from(clock.instant()));
    }

    @Override
    public boolean update(ConsumerId consumer, ConsumerDetails details) {
        return jdbc.update(
                        """
                UPDATE consumer_personal_data SET full_name = ?, email = ?, phone = ?, postal_address = ?,
                                                  agreed_to_reminders = ?, recorded_at = ?
                 WHERE consumer_id = ?""",
                        details.fullName(),
                        details.email(),
                        details.phone(),
                        details.postalAddress(),
                        details.agreedToReminders(),
                        Timestamp.from(clock.instant()),
                        consumer.value())
                == 1;
    }

    @Override
    public Optional<ConsumerDetails> find(ConsumerId consumer) {
        return jdbc
                .query(
                        """
                SELECT full_name, email, phone, postal_address, agreed_to_reminders
                  FROM consumer_personal_data WHERE consumer_id = ?""",
                        (row, n) -> new ConsumerDetails(
                                row.getString(1),
                                row.getString(2),
                                row.getString(3),
                                row.getString(4),
                                row.getBoolean(5)),
                        consumer.value())
                .stream()
                .findFirst();
    }

    @Override
    public Map<ConsumerId, String> fullNames(Collection<ConsumerId> consumers) {
        var names = new HashMap<ConsumerId, String>();
        if (consumers.isEmpty()) {
            return names;
        }
        var ids = consumers.stream().map(ConsumerId::value).distinct().toArray(UUID[]::new);
        jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement(
                            "SELECT consumer_id, full_name FROM consumer_personal_data WHERE consumer_id = ANY (?)");
                    statement.setArray(1, connection.createArrayOf("uuid", ids));
                    return statement;
                },
                (org.springframework.jdbc.core.RowCallbackHandler)
                        row -> names.put(new ConsumerId(row.getObject(1, UUID.class)), row.getString(2)));
        return names;
    }

    @Override
    public List<ConsumerId> findByName(String words, int limit) {
        var terms = Like.words(words);
        if (terms.isEmpty()) {
            return List.of();
        }
        var where = String.join(
                " AND ", terms.stream().map(term -> Like.FOLDED_FULL_NAME).toList());
        var arguments =
                new ArrayList<Object>(terms.stream().map(Like::containing).toList());
        arguments.add(limit);
        return jdbc.query(
                "SELECT consumer_id FROM consumer_personal_data WHERE " + where + " LIMIT ?",
                (row, n) -> new ConsumerId(row.getObject(1, UUID.class)),
                arguments.toArray());
    }

    @Override
    public void erase(ConsumerId consumer) {
        jdbc.update("DELETE FROM consumer_personal_data WHERE consumer_id = ?", consumer.value());
    }
}
