package org.recours.query.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The fonts of Recours' PDFs: DejaVu Sans (regular and bold) and DejaVu Sans Mono, shipped with the application and
 * embedded in each PDF, so that names and text in any script they cover (Latin with every diacritic, Greek,
 * Cyrillic, Armenian, Georgian, Hebrew, Arabic…) are printed as written. Each style falls back to DejaVu Sans for a
 * character its own font lacks. A character no shipped font can draw (an emoji, CJK) is never dropped silently: it is
 * printed as its code point in brackets, {@code [U+1F600]}, so that the reader sees something was there and what.
 *
 * <p>Arabic and Hebrew are drawn letter by letter, left to right, without joining forms (OpenPDF shapes and reorders
 * only in right-to-left columns): the letters are all there and extractable, the typography is not a native one.
 */
public final class PdfFonts {

    private static final BaseFont SANS = load("DejaVuSans.ttf");
    private static final BaseFont SANS_BOLD = load("DejaVuSans-Bold.ttf");
    private static final BaseFont MONO = load("DejaVuSansMono.ttf");

    /** A size and weight of text, with the fonts tried in order for each character. */
    public record Style(List<Font> fonts) {

        /** The first font: the one a paragraph's leading and a page footer use. */
        public Font font() {
            return fonts.get(0);
        }

        public BaseFont baseFont() {
            return font().getBaseFont();
        }
    }

    private PdfFonts() {}

    public static Style sans(float size, int style) {
        var bold = (style & Font.BOLD) != 0;
        return bold
                ? new Style(List.of(new Font(SANS_BOLD, size, style & ~Font.BOLD), new Font(SANS, size, style)))
                : new Style(List.of(new Font(SANS, size, style)));
    }

    public static Style mono(float size) {
        return new Style(List.of(new Font(MONO, size), new Font(SANS, size)));
    }

    /**
     * The text in {@code style}: each run of characters in the first of its fonts that has them, a character none
     * has as its code point. (OpenPDF's FontSelector does the same but took 7 ms a phrase.)
     */
    public static Phrase phrase(String text, Style style) {
        var phrase = new Phrase(Float.NaN, "", style.font());
        if (text == null || text.isEmpty()) {
            return phrase;
        }
        var printable = printable(text, style);
        var run = new StringBuilder();
        Font runFont = null;
        for (int at = 0; at < printable.length(); ) {
            var codePoint = printable.codePointAt(at);
            var font = fontFor(codePoint, style);
            if (font != runFont && run.length() > 0) {
                phrase.add(new Chunk(run.toString(), runFont));
                run.setLength(0);
            }
            runFont = font;
            run.appendCodePoint(codePoint);
            at += Character.charCount(codePoint);
        }
        phrase.add(new Chunk(run.toString(), runFont));
        return phrase;
    }

    private static Font fontFor(int codePoint, Style style) {
        for (var font : style.fonts()) {
            if (font.getBaseFont().charExists(codePoint)) {
                return font;
            }
        }
        return style.font();
    }

    public static Paragraph paragraph(String text, Style style) {
        var paragraph = new Paragraph(Float.NaN, "", style.font());
        paragraph.add(phrase(text, style));
        return paragraph;
    }

    /**
     * The text with every character none of the style's fonts can draw replaced by {@code [U+XXXX]} (line breaks and
     * tabs kept; an emoji's variation selector and zero-width joiner go with it).
     */
    public static String printable(String text, Style style) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t' || drawable(codePoint, style)) {
                out.appendCodePoint(codePoint);
            } else if (codePoint != 0xFE0F && codePoint != 0x200D) {
                out.append(String.format("[U+%04X]", codePoint));
            }
        });
        return out.toString();
    }

    private static boolean drawable(int codePoint, Style style) {
        for (var font : style.fonts()) {
            if (font.getBaseFont().charExists(codePoint)) {
                return true;
            }
        }
        return false;
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/dejavu/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the font " + file + " is missing from the application");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("the font " + file + " cannot be read", e);
        }
    }
}
