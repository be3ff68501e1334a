package org.recours.portal.letter;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A PDF's text as one line: every page, spaces (no-break ones too) folded to one. */
public final class PdfText {

    private PdfText() {}

    public static String of(byte[] pdf) {
        try {
            var reader = new PdfReader(pdf);
            var extractor = new PdfTextExtractor(reader);
            var text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append(' ');
            }
            return text.toString().replaceAll("[\\s\\u00a0]+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
