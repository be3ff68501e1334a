package org.recours.query.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;

/**
 * A table as a French spreadsheet program opens it, in two forms. The CSV: UTF-8 with a byte-order mark (so that
 * the accents are read as UTF-8), cells separated by semicolons (the comma is the French decimal separator), lines
 * ended by CRLF, numbers with a decimal comma and no thousands separator, dates as dd/mm/yyyy, booleans as
 * "oui"/"non", and no text cell read as a formula ({@link SpreadsheetCells}). The XLSX (fastexcel, written as a
 * stream): the same headers in bold, numbers as numbers, dates as dates, text as text, never as a formula.
 */
public final class FrenchSpreadsheet {

    /** The columns' headers (in French, for people) and its rows, each value of its own type (null when empty). */
    public record Table(List<String> headers, Iterable<? extends List<?>> rows) {}

    public static final String BOM = "\uFEFF";
    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();

    private FrenchSpreadsheet() {}

    public static byte[] csv(Table table) {
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, FORMAT)) {
            csv.printRecord(table.headers());
            for (var row : table.rows()) {
                csv.printRecord(row.stream().map(FrenchSpreadsheet::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the CSV cannot be written", e);
        }
        return (BOM + out).getBytes(StandardCharsets.UTF_8);
    }

    /** A value as a French CSV cell. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString().replace('.', ',');
        }
        if (value instanceof Double || value instanceof Float) {
            return decimal(((Number) value).doubleValue());
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        if (value instanceof Boolean yes) {
            return yes ? "oui" : "non";
        }
        if (value instanceof LocalDate day) {
            return DAY.format(day);
        }
        return SpreadsheetCells.neutralised(value.toString());
    }

    private static String decimal(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** The table as one sheet of an Excel workbook; rows are flushed as they go, memory does not grow with them. */
    public static void xlsx(Table table, String sheetName, OutputStream out) {
        try {
            var workbook = new Workbook(out, "Recours", "1.0");
            var sheet = workbook.newWorksheet(sheetName);
            for (int column = 0; column < table.headers().size(); column++) {
                sheet.value(0, column, table.headers().get(column));
                sheet.style(0, column).bold().set();
            }
            int line = 1;
            for (var row : table.rows()) {
                for (int column = 0; column < row.size(); column++) {
                    var value = row.get(column);
                    if (value instanceof LocalDate day) {
                        sheet.value(line, column, day);
                        sheet.style(line, column).format("dd/mm/yyyy").set();
                    } else if (value instanceof Number number) {
                        sheet.value(line, column, number);
                    } else if (value instanceof Boolean yes) {
                        sheet.value(line, column, yes);
                    } else if (value != null) {
                        sheet.value(line, column, value.toString());
                    }
                }
                if (line % 1000 == 0) {
                    sheet.flush();
                }
                line++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("the spreadsheet cannot be written", e);
        }
    }

    public static byte[] xlsx(Table table, String sheetName) {
        var out = new java.io.ByteArrayOutputStream();
        xlsx(table, sheetName, out);
        return out.toByteArray();
    }
}
