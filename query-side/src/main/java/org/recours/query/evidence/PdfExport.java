package org.recours.query.evidence;

import static org.recours.query.pdf.PdfFonts.paragraph;
import static org.recours.query.pdf.PdfFonts.phrase;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.recours.kernel.casefile.FrenchDate;
import org.recours.kernel.casefile.query.CaseFile;
import org.recours.query.pdf.PdfFonts;
import org.recours.query.pdf.PdfFonts.Style;

/**
 * The export for people, in French: who, against whom, the legal deadlines met or missed, the chronology, the
 * attached documents with their fingerprints, the chain's final hash and how to check it. Numbered pages, black on
 * white, readable when printed.
 */
public final class PdfExport {

    private static final Style TITLE = font(15, Font.BOLD);
    private static final Style HEADING = font(11, Font.BOLD);
    private static final Style BODY = font(9, Font.NORMAL);
    private static final Style BOLD = font(9, Font.BOLD);
    private static final Style SMALL = font(7, Font.NORMAL);
    private static final Style MONO = PdfFonts.mono(7);
    private static final Color HEADER_GREY = new Color(225, 225, 225);

    private PdfExport() {}

    public static byte[] write(CaseEvidence evidence) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 36, 36, 42, 48);
        try {
            var writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageNumbers(evidence.caseFile().caseId().value()));
            var file = evidence.caseFile();
            document.addTitle("Historique du dossier " + file.caseId());
            document.addSubject("Pièce produite par Recours pour un médiateur ou une juridiction");
            document.addCreator("Recours");
            document.open();
            header(document, evidence);
            deadlines(document, evidence);
            chronology(document, evidence);
            confidentialNotes(document, evidence);
            documents(document, file);
            verification(document, evidence);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF export cannot be written", e);
        }
        return out.toByteArray();
    }

    private static void header(Document document, CaseEvidence evidence) throws DocumentException {
        var file = evidence.caseFile();
        document.add(paragraph("Historique du dossier " + file.caseId(), TITLE));
        document.add(paragraph(
                "Pièce établie par l'association à l'usage d'un médiateur ou d'une juridiction. "
                        + "Exporté le " + Chronology.parisTime(evidence.exportedAt()) + " (heure de Paris) par "
                        + evidence.exportedBy() + ".",
                SMALL));
        var facts = new PdfPTable(new float[] {1.3f, 4f});
        facts.setWidthPercentage(100);
        facts.setSpacingBefore(8);
        row(
                facts,
                "Consommateur",
                evidence.consumerName() == null
                        ? "(données personnelles effacées à la demande du consommateur)"
                        : evidence.consumerName());
        row(facts, "Entreprise", file.company().name());
        row(
                facts,
                "Sièges",
                String.join(
                        "\n",
                        file.company().headOffices().stream()
                                .map(office -> office.asOneLine())
                                .toList()));
        row(facts, "Motif", file.category().labelFr());
        row(facts, "Montant en jeu", file.amountAtStake().toString());
        row(facts, "Demande", file.desiredOutcome());
        row(facts, "Faits", file.facts());
        row(
                facts,
                "Antenne",
                file.branch().value() + " — déposé le " + FrenchDate.of(file.filedOn()) + " par " + file.filedBy());
        row(facts, "Situation", file.status().labelFr() + " (version " + file.version() + ")");
        document.add(facts);
    }

    private static void deadlines(Document document, CaseEvidence evidence) throws DocumentException {
        document.add(heading("Délais légaux"));
        var lines = LegalDeadlineReport.of(
                evidence.caseFile(),
                evidence.exportedAt().atZone(Chronology.PARIS).toLocalDate());
        if (evidence.caseFile().legalDates().responseDueOn() == null) {
            document.add(paragraph(
                    "Aucune réclamation écrite n'a été envoyée : ni le délai de réponse ni celui de "
                            + "la médiation ne courent encore.",
                    BODY));
        }
        for (var line : lines) {
            var paragraph = new Paragraph();
            paragraph.add(phrase("• " + line.rule() + " : ", BODY));
            paragraph.add(phrase(line.verdict(), BOLD));
            document.add(paragraph);
        }
    }

    private static void chronology(Document document, CaseEvidence evidence) throws DocumentException {
        document.add(heading("Chronologie"));
        var table = new PdfPTable(new float[] {0.45f, 1.2f, 1.5f, 1.1f, 5f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (var title : List.of("N°", "Date (Paris)", "Étape", "Par", "Ce qui s'est passé")) {
            var cell = new PdfPCell(phrase(title, BOLD));
            cell.setBackgroundColor(HEADER_GREY);
            table.addCell(cell);
        }
        var contradictedBy = Chronology.contradictedBy(evidence.entries());
        for (var entry : evidence.entries()) {
            table.addCell(phrase(Long.toString(entry.position()), BODY));
            table.addCell(phrase(Chronology.parisTime(Instant.parse(entry.recordedAt())), BODY));
            table.addCell(phrase(Chronology.stepLabel(entry.kind()), BODY));
            table.addCell(phrase(entry.actor(), BODY));
            var what = phrase(entry.summaryFr(), BODY);
            if (evidence.withheldDetails().contains(entry.position())) {
                what.add(phrase(
                        "\n(détail confidentiel non produit sans l'accord des parties, art. L612-3 ; "
                                + "l'empreinte est celle de l'entrée complète)",
                        BOLD));
            }
            if (contradictedBy.containsKey(entry.position())) {
                what.add(phrase("\n(contredite par l'entrée n° " + contradictedBy.get(entry.position()) + ")", BOLD));
            }
            what.add(phrase("\nSHA-256 " + entry.hash(), MONO));
            table.addCell(what);
        }
        document.add(table);
    }

    /** Only when staff stated that the parties agreed to produce them (L612-3); outside the hash chain. */
    private static void confidentialNotes(Document document, CaseEvidence evidence) throws DocumentException {
        if (evidence.confidentialNotes().isEmpty()) {
            return;
        }
        document.add(heading("Notes confidentielles de la médiation, produites avec l'accord des parties"));
        document.add(paragraph(
                "Ce qui a été dit en médiation est confidentiel (Code de la consommation, art. "
                        + "L612-3) ; l'association déclare que les parties ont accepté que ces notes soient produites. Elles "
                        + "ne font pas partie de la chaîne d'empreintes.",
                SMALL));
        for (var note : evidence.confidentialNotes()) {
            document.add(paragraph(
                    "Entrée n° " + note.entry() + " — "
                            + (note.subject() == org.recours.query.confidential.ConfidentialNotes.Subject.PROPOSAL
                                    ? "proposition du médiateur"
                                    : "issue de la médiation")
                            + " — note de " + note.writtenBy() + " du "
                            + Chronology.parisTime(note.writtenAt()) + " : " + note.text(),
                    BODY));
        }
    }

    private static void documents(Document document, CaseFile file) throws DocumentException {
        document.add(heading("Pièces jointes"));
        if (file.evidence().isEmpty()) {
            document.add(paragraph("Aucune pièce jointe.", BODY));
            return;
        }
        var table = new PdfPTable(new float[] {2.2f, 1f, 0.9f, 4.2f, 1.6f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (var title : List.of("Pièce", "Type", "Taille", "Empreinte SHA-256", "Statut")) {
            var cell = new PdfPCell(phrase(title, BOLD));
            cell.setBackgroundColor(HEADER_GREY);
            table.addCell(cell);
        }
        for (var evidence : file.evidence()) {
            table.addCell(phrase(evidence.fileName() + "\n" + evidence.description(), BODY));
            table.addCell(phrase(evidence.mediaType(), BODY));
            table.addCell(phrase(String.format(Locale.FRENCH, "%,d octets", evidence.sizeInBytes()), BODY));
            table.addCell(phrase(evidence.sha256(), MONO));
            table.addCell(phrase(
                    (evidence.withdrawalReason() == null
                                    ? "versée au dossier"
                                    : "retirée : " + evidence.withdrawalReason())
                            + "\n" + scan(evidence.scan()),
                    BODY));
        }
        document.add(table);
    }

    /** Whether the antivirus read the document before it was stored, and which: "non analysé" otherwise. */
    static String scan(CaseFile.Scan scan) {
        return scan.scanned()
                ? "analysé par l'antivirus (" + scan.scannedWith() + "), rien trouvé"
                : "non analysé par l'antivirus";
    }

    private static void verification(Document document, CaseEvidence evidence) throws DocumentException {
        document.add(heading("Intégrité et vérification"));
        var paragraph = new Paragraph();
        paragraph.add(
                phrase("Empreinte finale de la chaîne (" + evidence.entries().size() + " entrées) : ", BODY));
        paragraph.add(phrase(evidence.finalHash(), MONO));
        document.add(paragraph);
        document.add(paragraph(
                "Chaque entrée de la chronologie porte l'empreinte SHA-256 de son contenu et de "
                        + "l'empreinte de l'entrée précédente : modifier, retirer, insérer ou déplacer une entrée change toutes "
                        + "les empreintes qui suivent, et l'empreinte finale ci-dessus. Pour vérifier ce dossier sans faire "
                        + "confiance à l'association : (1) demander le paquet de preuve signé (evidence-bundle.zip) ; "
                        + "(2) vérifier sa signature avec openssl cms -verify et le certificat publié par l'association, "
                        + "puis les empreintes des fichiers avec sha256sum -c manifest.sha256 ; (3) recalculer la chaîne du "
                        + "fichier audit-trail.json comme l'indique le fichier LISEZMOI.txt du paquet (ou avec la commande "
                        + "« java -jar recours.jar verify evidence-bundle.zip --certificate certificat.pem ») ; "
                        + "(4) comparer l'empreinte finale à celle imprimée ici.",
                BODY));
    }

    private static Paragraph heading(String text) {
        var heading = paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        return heading;
    }

    private static void row(PdfPTable table, String label, String value) {
        var name = new PdfPCell(phrase(label, BOLD));
        name.setBackgroundColor(HEADER_GREY);
        table.addCell(name);
        table.addCell(phrase(value, BODY));
    }

    private static Style font(float size, int style) {
        return PdfFonts.sans(size, style);
    }

    /** "Dossier RC-… — page 3 / 12" at the foot of every page. */
    private static final class PageNumbers extends PdfPageEventHelper {

        private final String caseId;
        private PdfTemplate total;
        private BaseFont font;

        PageNumbers(String caseId) {
            this.caseId = caseId;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
            font = BODY.baseFont();
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            var text = "Dossier " + caseId + " — page " + writer.getPageNumber() + " / ";
            var content = writer.getDirectContent();
            float width = font.getWidthPoint(text, 8);
            float x = (document.right() + document.left()) / 2 - width / 2;
            content.beginText();
            content.setFontAndSize(font, 8);
            content.setTextMatrix(x, document.bottom() - 24);
            content.showText(text);
            content.endText();
            content.addTemplate(total, x + width, document.bottom() - 24);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font, 8);
            total.setTextMatrix(0, 0);
            total.showText(Integer.toString(writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
