package org.recours.portal;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;

/** The text of a PDF the application wrote, page after page, its runs of white space as one space. */
public final class PdfText {

    private PdfText() {}

    public static String of(byte[] pdf) throws IOException {
        var reader = new PdfReader(pdf);
        var extractor = new PdfTextExtractor(reader);
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append(' ');
        }
        return text.toString().replaceAll("\\s+", " ");
    }
}
