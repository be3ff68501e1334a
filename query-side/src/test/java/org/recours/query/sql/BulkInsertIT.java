package org.recours.query.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recours.query.QuerySideTestApplication;
import org.recours.testing.UsesOwnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows written at once (COPY on PostgreSQL) read back exactly as the same rows inserted one by one. */
@SpringBootTest(classes = QuerySideTestApplication.class)
@UsesOwnPostgres
class BulkInsertIT {

    private static final List<String> COLUMNS = List.of("id", "text", "day", "at", "amount", "uuid", "count");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void rowsCopiedAtOnceReadBackAsTheSameRowsInsertedOneByOne() {
        var rows = new ArrayList<Object[]>();
        rows.add(new Object[] {
            1,
            "Prélèvement « Prime » de 1,99 €",
            LocalDate.of(2026, 3, 31),
            Timestamp.from(Instant.parse("2026-03-31T22:30:00.123Z")),
            new BigDecimal("35.88"),
            UUID.randomUUID(),
            7L
        });
        rows.add(new Object[] {2, "", null, null, null, null, null});
        rows.add(new Object[] {
            3,
            "guillemets \"doubles\", virgule,\nretour à la ligne et \\ barre",
            LocalDate.of(2024, 2, 29),
            Timestamp.from(Instant.parse("2026-10-25T01:30:00Z")),
            new BigDecimal("1E+3"),
            UUID.randomUUID(),
            -1L
        });
        rows.add(new Object[] {
            4,
            null,
            LocalDate.of(2026, 1, 1),
            Timestamp.from(Instant.parse("2026-07-01T00:00:00Z")),
            new BigDecimal("0.10"),
            UUID.randomUUID(),
            0L
        });
        for (var table : List.of("one_by_one", "at_once")) {
            jdbc.execute("DROP TABLE IF EXISTS " + table);
            jdbc.execute("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, text TEXT, day DATE, "
                    + "at TIMESTAMP WITH TIME ZONE, amount NUMERIC(14, 2), uuid UUID, count BIGINT)");
        }

        var oneByOne = new BulkInsert("one_by_one", COLUMNS);
        rows.forEach(row -> jdbc.update(oneByOne.insertStatement(), row));
        new BulkInsert("at_once", COLUMNS).insert(jdbc, rows);

        var expected = jdbc.queryForList("SELECT * FROM one_by_one ORDER BY id");
        assertThat(expected).hasSize(4);
        assertThat(expected.get(1).get("text"))
                .as("an empty text stays empty, not null")
                .isEqualTo("");
        assertThat(jdbc.queryForList("SELECT * FROM at_once ORDER BY id")).isEqualTo(expected);
    }
}
