package org.recours.kernel.casefile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as staff read them in a refusal: "24 janvier 2027". */
public final class FrenchDate {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);

    private FrenchDate() {}

    public static String of(LocalDate date) {
        return date.getDayOfMonth() == 1 ? "1er " + LONG.format(date).substring(2) : LONG.format(date);
    }
}
