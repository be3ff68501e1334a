package org.recours.query.letter;

import java.util.Locale;
import java.util.Map;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Fills a letter template (Thymeleaf, XML mode) with the merge fields of a {@link LetterModel} and lays the result
 * out as a PDF ({@link LetterPdf}). Templates are text kept in the database, so the engine resolves them from
 * strings and caches nothing: an edit is a new version, rendered as soon as it is saved. Expressions are Spring's,
 * restricted by Thymeleaf 3.1 (no static classes, no object creation): a template reads its merge fields and calls
 * the {@code fr} helper, nothing else.
 */
public final class LetterRenderer {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    public LetterRenderer() {
        var resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCacheable(false);
        engine.setTemplateResolver(resolver);
    }

    /** The letter as XML blocks; a template that does not render is refused with the engine's reason. */
    public String xml(String template, Map<String, Object> fields) {
        try {
            var xml = engine.process(template, new Context(Locale.FRENCH, fields));
            LetterPdf.parse(xml);
            return xml;
        } catch (TemplateProcessingException e) {
            throw new InvalidTemplate("Le modèle ne peut pas être rendu : " + reason(e), e);
        }
    }

    /**
     * The engine's reason, for the administrator who wrote the template: the innermost error (the expression that
     * does not parse, rather than "An error happened during template parsing") and where it is, without the whole
     * template the engine quotes after it.
     */
    static String reason(TemplateProcessingException thrown) {
        var innermost = thrown;
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof TemplateProcessingException processing) {
                innermost = processing;
            }
        }
        var reason = innermost
                .getMessage()
                .replaceFirst("(?s)\\s*\\(template: \".*\"(?: - line \\d+, col \\d+)?\\)\\s*$", "");
        if (innermost.getLine() != null && innermost.getLine() > 0) {
            reason += " (ligne " + innermost.getLine()
                    + (innermost.getCol() == null ? "" : ", colonne " + innermost.getCol()) + ")";
        }
        return reason.endsWith(".") ? reason : reason + ".";
    }

    public byte[] pdf(LetterTemplate template, Map<String, Object> fields) {
        return LetterPdf.write(xml(template.body(), fields), template.title());
    }
}
