package org.recours.portal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.recours.kernel.casefile.FrenchDate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates on the staff pages, in Paris time and in the page's language: "1er mars 2027" and "01/03/2027 14:05" in
 * French, "1 March 2027" and "1 Mar 2027, 14:05" in English. The patterns are in the message bundles.
 */
@Component("dates")
public class Dates {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final MessageSource messages;

    Dates(MessageSource messages) {
        this.messages = messages;
    }

    /** A day in words: a deadline, the date a step becomes possible. */
    public String day(LocalDate date) {
        if (date == null) {
            return null;
        }
        var locale = LocaleContextHolder.getLocale();
        if (Locale.FRENCH.getLanguage().equals(locale.getLanguage())) {
            return FrenchDate.of(date);
        }
        return pattern("format.day", locale).format(date);
    }

    /** A day in a table column. */
    public String shortDay(LocalDate date) {
        return date == null
                ? null
                : pattern("format.short-day", LocaleContextHolder.getLocale()).format(date);
    }

    /** An instant as Paris time: when a step was recorded, when an email was queued. */
    public String time(Instant instant) {
        return instant == null
                ? null
                : pattern("format.time", LocaleContextHolder.getLocale())
                        .withZone(PARIS)
                        .format(instant);
    }

    /** An instant written ISO-8601, as the audit trail keeps it. */
    public String time(String isoInstant) {
        return isoInstant == null ? null : time(Instant.parse(isoInstant));
    }

    private DateTimeFormatter pattern(String key, Locale locale) {
        return DateTimeFormatter.ofPattern(messages.getMessage(key, null, locale), locale);
    }
}
