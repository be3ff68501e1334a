package org.recours.portal.evidence;

import static org.recours.testing.casefile.ReferenceCase.COMPANY_NAME;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Real files of the accepted kinds, made on the spot: a screenshot and an invoice. */
final class SampleFiles {

    private SampleFiles() {}

    static byte[] screenshot() {
        var image = new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.DARK_GRAY);
        graphics.fillRect(0, 0, 320, 180);
        graphics.setColor(Color.YELLOW);
        graphics.drawString("Publicité — reprise dans 30 s", 60, 90);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    static byte[] invoice() {
        var out = new ByteArrayOutputStream();
        var document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Facture " + COMPANY_NAME + " — mars 2024 — option sans publicité 1,99 €"));
        document.close();
        return out.toByteArray();
    }
}
