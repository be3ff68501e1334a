package org.recours.query.letter;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Node;

/**
 * A rendered letter as the blocks the PDF lays out ({@link LetterPdf}), each with its lines of text: for a page that
 * shows an administrator what a template gives before it is saved, with the same text as the PDF.
 */
public final class LetterBlocks {

    /** One block: its kind ({@code sender}, {@code addressee}, {@code p}, {@code ul}…) and its lines or items. */
    public record Block(String kind, List<String> lines) {}

    private LetterBlocks() {}

    public static List<Block> of(String renderedXml) {
        var root = LetterPdf.parse(renderedXml);
        var blocks = new ArrayList<Block>();
        for (var node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.ELEMENT_NODE) {
                var child = node.getNodeName().equals("ul") ? "li" : "line";
                var lines = new ArrayList<String>();
                for (var part = node.getFirstChild(); part != null; part = part.getNextSibling()) {
                    if (part.getNodeType() == Node.ELEMENT_NODE && child.equals(part.getNodeName())) {
                        var text = LetterPdf.text(part);
                        if (!text.isEmpty()) {
                            lines.add(text);
                        }
                    }
                }
                if (lines.isEmpty() && !child.equals("li")) {
                    lines.add(LetterPdf.text(node));
                }
                blocks.add(new Block(node.getNodeName(), List.copyOf(lines)));
            }
        }
        return List.copyOf(blocks);
    }
}
