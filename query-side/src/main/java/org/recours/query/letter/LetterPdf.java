package org.recours.query.letter;

import static org.recours.query.pdf.PdfFonts.paragraph;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.recours.query.pdf.PdfFonts;
import org.recours.query.pdf.PdfFonts.Style;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Lays out a rendered letter (the XML a {@link LetterTemplate} gives, see {@link LetterRenderer}) on A4 pages with
 * the PDF tooling of the other exports. The blocks a template may use: {@code sender}, {@code addressee}, {@code date},
 * {@code method}, {@code subject} (each of {@code line}s or text), {@code p}, {@code ul} of {@code li}, {@code closing},
 * {@code signature} and {@code footnote}. The closing formula and the signature are kept on one page with the
 * paragraph before them: they never land alone on a page.
 */
public final class LetterPdf {

    private static final Style BODY = PdfFonts.sans(10.5f, Font.NORMAL);
    private static final Style BOLD = PdfFonts.sans(10.5f, Font.BOLD);
    private static final Style SMALL = PdfFonts.sans(8, Font.NORMAL);
    private static final float RIGHT_COLUMN = 260;

    private LetterPdf() {}

    /** The letter's PDF; {@code title} goes into its metadata. */
    public static byte[] write(String renderedXml, String title) {
        var root = parse(renderedXml);
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 64, 64, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.addCreator("Recours");
            document.open();
            var names = new ArrayList<String>();
            var blocks = new ArrayList<Element>();
            for (var node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node.getNodeType() == Node.ELEMENT_NODE) {
                    names.add(node.getNodeName());
                    blocks.add(block(node));
                }
            }
            // the paragraph before the closing, the closing and the signature go on one page together
            int first =
                    Math.max(names.indexOf("closing"), 0) == 0 ? names.indexOf("signature") : names.indexOf("closing");
            int last = Math.max(names.lastIndexOf("signature"), names.lastIndexOf("closing"));
            for (int at = 0; at < blocks.size(); at++) {
                if (first > 0 && at == first - 1) {
                    document.add(keptTogether(blocks.subList(first - 1, last + 1)));
                    at = last;
                } else {
                    document.add(blocks.get(at));
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the letter cannot be laid out", e);
        }
        return out.toByteArray();
    }

    /**
     * One borderless row holding the paragraph before, the closing and the signature: a row that is never split
     * moves to the next page whole when it does not fit.
     */
    private static PdfPTable keptTogether(List<Element> blocks) {
        var table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        table.setSplitRows(false);
        table.setSplitLate(true);
        table.setSpacingBefore(8);
        var cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        blocks.forEach(cell::addElement);
        table.addCell(cell);
        return table;
    }

    private static Element block(Node node) {
        return switch (node.getNodeName()) {
            case "sender" -> lines(node, BOLD, BODY, 0, 0, Element.ALIGN_LEFT);
            case "addressee" -> lines(node, BODY, BODY, RIGHT_COLUMN, 18, Element.ALIGN_LEFT);
            case "date" -> lines(node, BODY, BODY, 0, 24, Element.ALIGN_RIGHT);
            case "method" -> lines(node, BOLD, BOLD, 0, 12, Element.ALIGN_LEFT);
            case "subject" -> lines(node, BOLD, BOLD, 0, 0, Element.ALIGN_LEFT);
            case "p", "closing" -> lines(node, BODY, BODY, 0, 8, Element.ALIGN_LEFT);
            case "signature" -> lines(node, BODY, BODY, RIGHT_COLUMN, 18, Element.ALIGN_LEFT);
            case "footnote" -> lines(node, SMALL, SMALL, 0, 28, Element.ALIGN_LEFT);
            case "ul" -> list(node);
            default ->
                throw new InvalidTemplate("Un courrier n'a pas de bloc <" + node.getNodeName() + "> ; blocs "
                        + "possibles : sender, addressee, date, method, subject, p, ul, closing, signature, footnote.");
        };
    }

    private static Paragraph lines(Node node, Style first, Style rest, float indent, float before, int alignment) {
        var texts = new ArrayList<String>();
        for (var child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE && "line".equals(child.getNodeName())) {
                var text = text(child);
                if (!text.isEmpty()) {
                    texts.add(text);
                }
            }
        }
        if (texts.isEmpty()) {
            texts.add(text(node));
        }
        var paragraph = paragraph(texts.get(0), first);
        if (texts.size() > 1) {
            paragraph.add(PdfFonts.phrase("\n" + String.join("\n", texts.subList(1, texts.size())), rest));
        }
        paragraph.setIndentationLeft(indent);
        paragraph.setSpacingBefore(before);
        paragraph.setAlignment(alignment);
        return paragraph;
    }

    private static Paragraph list(Node node) {
        var list = new Paragraph();
        list.setSpacingBefore(4);
        for (var child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE && "li".equals(child.getNodeName())) {
                var item = paragraph("• " + text(child), BODY);
                item.setIndentationLeft(14);
                list.add(item);
            }
        }
        return list;
    }

    /**
     * A block's text with the template's indentation and line breaks folded into single spaces, and a no-break space
     * before "?", "!", ";", ":", "»" and after "«", as French typography has it: a colon never starts a line.
     */
    static String text(Node node) {
        return node.getTextContent()
                .replaceAll("\\s+", " ")
                .strip()
                .replaceAll(" ([:;?!»])", "\u00a0$1")
                .replace("« ", "«\u00a0");
    }

    /** The rendered XML, read without external entities or DTDs (an administrator's template is still input). */
    static org.w3c.dom.Element parse(String xml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            var root = factory.newDocumentBuilder()
                    .parse(new InputSource(new StringReader(xml)))
                    .getDocumentElement();
            if (!"letter".equals(root.getNodeName())) {
                throw new InvalidTemplate(
                        "Un modèle de courrier commence par <letter>, pas par <" + root.getNodeName() + ">.");
            }
            return root;
        } catch (SAXException e) {
            throw new InvalidTemplate("Le modèle rendu n'est pas un XML bien formé : " + e.getMessage());
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
