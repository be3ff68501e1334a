package org.recours.query.evidence;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.recours.query.csv.SpreadsheetCells;

/**
 * The chronology for spreadsheets: one row per step, dates in Paris time, with each entry's hash; no cell is read as
 * a formula ({@link SpreadsheetCells}).
 */
public final class CsvExport {

    private CsvExport() {
    }

    public static byte[] write(CaseEvidence evidence) {
        var out = new StringWriter();
        var format = CSVFormat.DEFAULT.builder()
                .setHeader("position", "date_paris", "recorded_at_utc", "actor", "step", "what_happened",
                        "what_happened_en", "previous_hash", "hash")
                .get();
        try (var csv = new CSVPrinter(out, format)) {
            for (var entry : evidence.entries()) {
                csv.printRecord(SpreadsheetCells.of(entry.position(),
                        Chronology.parisTime(Instant.parse(entry.recordedAt())), entry.recordedAt(), entry.actor(),
                        Chronology.stepLabel(entry.kind()), entry.summaryFr(), entry.summaryEn(), entry.previousHash(),
                        entry.hash()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("the CSV export cannot be written", e);
        }
        // a byte-order mark so that spreadsheet programs read the accents as UTF-8
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }
}
