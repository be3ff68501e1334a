package org.recours.query.csv;

/**
 * Cells of a CSV file a spreadsheet program will open. A text cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is read as a formula (a login {@code =HYPERLINK(…)} becomes a link, or runs a
 * command in older programs): such a cell is prefixed with an apostrophe, which spreadsheets show as text (OWASP's
 * "CSV injection" advice). Numbers are left as they are; a negative number is a number, not text.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {}

    public static Object[] of(Object... values) {
        var cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = values[i] instanceof CharSequence text ? neutralised(text.toString()) : values[i];
        }
        return cells;
    }

    public static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
