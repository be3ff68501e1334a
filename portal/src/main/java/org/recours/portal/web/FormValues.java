package org.recours.portal.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.context.MessageSourceResolvable;

/**
 * What a staff member typed in a form, read into the types the commands take; what cannot be read is refused with
 * the field's label ({@code label}: its message code).
 */
public record FormValues(Map<String, String> values) {

    public String text(String name) {
        var value = values.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    public String required(String name, String label) {
        var value = text(name);
        if (value == null) {
            throw new UnreadableEntry(name, "form.required", label, null);
        }
        return value;
    }

    /** A required entry whose label takes arguments (the head office it belongs to). */
    public String required(String name, MessageSourceResolvable label) {
        var value = text(name);
        if (value == null) {
            throw UnreadableEntry.of(name, "form.required", label);
        }
        return value;
    }

    public LocalDate date(String name, String label) {
        var value = text(name);
        if (value == null) {
            throw new UnreadableEntry(name, "form.date.missing", label, null);
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UnreadableEntry(name, "form.date.invalid", label, value);
        }
    }

    public BigDecimal amount(String name, String label) {
        var value = text(name);
        if (value == null) {
            throw new UnreadableEntry(name, "form.amount.missing", label, null);
        }
        try {
            return new BigDecimal(value.replace(" ", "")
                    .replace("\u00a0", "")
                    .replace("€", "")
                    .replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new UnreadableEntry(name, "form.amount.invalid", label, value);
        }
    }

    public int number(String name, String label) {
        var value = required(name, label);
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new UnreadableEntry(name, "form.number.invalid", label, value);
        }
    }

    /** An optional date: absent is null, anything else must be a date. */
    public LocalDate optionalDate(String name, String label) {
        return text(name) == null ? null : date(name, label);
    }

    public BigDecimal optionalAmount(String name, String label) {
        return text(name) == null ? null : amount(name, label);
    }

    public <E extends Enum<E>> E optionalChoice(String name, String label, Class<E> type) {
        return text(name) == null ? null : choice(name, label, type);
    }

    /**
     * An optional time of day on {@code day} in {@code zone} (a proof's "14:03" or "14:03:55"): null when absent, the
     * instant it names otherwise.
     */
    public java.time.Instant optionalTimeOn(String name, String label, LocalDate day, java.time.ZoneId zone) {
        var value = text(name);
        if (value == null || day == null) {
            return null;
        }
        try {
            return java.time.LocalTime.parse(value.strip())
                    .atDate(day)
                    .atZone(zone)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new UnreadableEntry(name, "form.time.invalid", label, value);
        }
    }

    public <E extends Enum<E>> E choice(String name, String label, Class<E> type) {
        var value = text(name);
        if (value == null) {
            throw new UnreadableEntry(name, "form.choice.missing", label, null);
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new UnreadableEntry(name, "form.choice.invalid", label, value);
        }
    }
}
