package org.recours.query.evidence;

import java.util.Locale;
import java.util.Map;
import org.apache.tika.Tika;
import org.recours.kernel.casefile.RefusalText;

/**
 * Which documents may stand as evidence, judged from their content (Apache Tika's magic-byte detection), never
 * from the name a file was given: PDF, PNG, JPEG and plain text.
 */
public final class DocumentTypes {

    public static final Map<String, String> ACCEPTED = Map.of(
            "application/pdf", "PDF",
            "image/png", "PNG",
            "image/jpeg", "JPEG",
            "text/plain", "texte brut");

    private static final Map<String, String> EXTENSIONS = Map.of(
            "pdf",
            "application/pdf",
            "png",
            "image/png",
            "jpg",
            "image/jpeg",
            "jpeg",
            "image/jpeg",
            "txt",
            "text/plain");

    private static final Tika TIKA = new Tika();

    private DocumentTypes() {}

    /** The document's real media type, or a refusal that says what it is and what is accepted. */
    public static String check(String fileName, byte[] content) {
        var detected = TIKA.detect(content);
        if (!ACCEPTED.containsKey(detected)) {
            throw new UnacceptableDocument(RefusalText.of("check.document-type", fileName, detected));
        }
        var claimed = EXTENSIONS.get(extension(fileName));
        if (claimed != null && !claimed.equals(detected)) {
            throw new UnacceptableDocument(RefusalText.of(
                    "check.document-type-mismatch", fileName, ACCEPTED.get(claimed), ACCEPTED.get(detected)));
        }
        return detected;
    }

    /**
     * The name a document is kept, served and bundled under: the name it was sent with, with the extension of its
     * detected type added unless it already has it (a text sent as {@code facture.hta}, {@code .html}, {@code .svg},
     * {@code .cmd}, {@code .ps1} or {@code .url} is kept as {@code facture.hta.txt}), so that no program opens a piece
     * of evidence as something it is not.
     */
    public static String storedName(String fileName, String mediaType) {
        var claimed = EXTENSIONS.get(extension(fileName));
        if (mediaType.equals(claimed)) {
            return fileName;
        }
        return fileName + "." + PREFERRED_EXTENSIONS.get(mediaType);
    }

    private static final Map<String, String> PREFERRED_EXTENSIONS =
            Map.of("application/pdf", "pdf", "image/png", "png", "image/jpeg", "jpg", "text/plain", "txt");

    private static String extension(String fileName) {
        var dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
