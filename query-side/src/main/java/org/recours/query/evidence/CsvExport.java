package org.recours.query.evidence;

import java.time.Instant;
import java.util.List;
import org.recours.query.csv.FrenchSpreadsheet;

/**
 * The chronology for spreadsheets: one row per step, dates in Paris time, with each entry's hash, as a French
 * spreadsheet program opens it ({@link FrenchSpreadsheet}: semicolons, byte-order mark, French headers), or as an
 * XLSX workbook. Not meant for verification: the JSON export and the bundle are.
 */
public final class CsvExport {

    static final List<String> HEADERS = List.of(
            "position",
            "date (heure de Paris)",
            "enregistré le (UTC)",
            "auteur",
            "étape",
            "ce qui s'est passé",
            "what happened",
            "empreinte précédente",
            "empreinte");

    private CsvExport() {}

    public static byte[] write(CaseEvidence evidence) {
        return FrenchSpreadsheet.csv(table(evidence));
    }

    public static byte[] xlsx(CaseEvidence evidence) {
        return FrenchSpreadsheet.xlsx(table(evidence), "chronologie");
    }

    static FrenchSpreadsheet.Table table(CaseEvidence evidence) {
        return new FrenchSpreadsheet.Table(
                HEADERS,
                evidence.entries().stream()
                        .map(entry -> java.util.Arrays.<Object>asList(
                                entry.position(),
                                Chronology.parisTime(Instant.parse(entry.recordedAt())),
                                entry.recordedAt(),
                                entry.actor(),
                                Chronology.stepLabel(entry.kind()),
                                entry.summaryFr(),
                                entry.summaryEn(),
                                entry.previousHash(),
                                entry.hash()))
                        .toList());
    }
}
