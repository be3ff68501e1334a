package org.recours.testing.spreadsheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Opens a CSV export as a French spreadsheet program does when double-clicked: it takes the file for UTF-8 only when
 * it starts with a byte-order mark (otherwise Windows-1252: the accents come out garbled) and splits cells on the
 * semicolon (the comma being the decimal separator). Fails when the file would not open correctly.
 */
public final class FrenchCsv {

    private FrenchCsv() {}

    /** The rows, header first, each as its cells. */
    public static List<List<String>> read(byte[] csv) {
        if (csv.length < 3 || (csv[0] & 0xFF) != 0xEF || (csv[1] & 0xFF) != 0xBB || (csv[2] & 0xFF) != 0xBF) {
            throw new AssertionError("no UTF-8 byte-order mark: a French spreadsheet reads the file as Windows-1252");
        }
        var text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        try (var parser = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text))) {
            var rows = parser.getRecords().stream().map(CSVRecord::toList).toList();
            if (rows.isEmpty() || rows.get(0).size() < 2) {
                throw new AssertionError("the header is one cell: the separator is not the semicolon");
            }
            for (var row : rows) {
                if (row.size() != rows.get(0).size()) {
                    throw new AssertionError("a row has " + row.size() + " cells, the header "
                            + rows.get(0).size() + ": " + row);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
