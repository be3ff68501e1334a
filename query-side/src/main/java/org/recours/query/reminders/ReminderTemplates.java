package org.recours.query.reminders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.FrenchDate;
import org.recours.kernel.casefile.ReminderKind;

/**
 * The French reminder emails, from the templates under {@code reminders/} (a plain-text and an HTML part per
 * audience), with {@code {{name}}} placeholders; values are HTML-escaped in the HTML part.
 */
public class ReminderTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    /** What one reminder says, whoever reads it. */
    public record Reminder(CaseId caseId, String company, ReminderKind kind, LocalDate deadlineOn, String extra) {}

    public record Rendered(String subject, String text, String html) {}

    private final String caseUrl;

    /** @param caseUrl the link to a case, with {@code {caseId}} where its reference goes */
    public ReminderTemplates(String caseUrl) {
        this.caseUrl = caseUrl;
    }

    public Rendered render(ReminderMail.Audience audience, Reminder reminder, String recipientName, LocalDate today) {
        var values = new LinkedHashMap<String, String>();
        values.put("recipientName", recipientName);
        values.put("caseId", reminder.caseId().value());
        values.put("company", reminder.company());
        values.put("title", reminder.kind().title());
        values.put("deadline", FrenchDate.of(reminder.deadlineOn()));
        values.put("meaning", reminder.kind().meaning() + (reminder.extra() == null ? "" : " " + reminder.extra()));
        values.put("legalBasis", reminder.kind().legalBasis());
        values.put("nextStep", reminder.kind().nextStep());
        values.put("link", caseUrl.replace("{caseId}", reminder.caseId().value()));
        values.put("today", FrenchDate.of(today));
        var name = audience.name().toLowerCase();
        var subject = "[Recours] " + reminder.caseId() + " — " + reminder.kind().title() + " ("
                + FrenchDate.of(reminder.deadlineOn()) + ")";
        return new Rendered(
                subject, fill(load(name + ".txt"), values, false), fill(load(name + ".html"), values, true));
    }

    private static String fill(String template, Map<String, String> values, boolean html) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        var out = new StringBuilder();
        while (matcher.find()) {
            var value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for {{" + matcher.group(1) + "}}");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(html ? escape(value) : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String load(String name) {
        try (var in = ReminderTemplates.class.getResourceAsStream("/reminders/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing template reminders/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
