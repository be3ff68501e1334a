package org.recours.query.letter;

import static org.recours.query.pdf.PdfFonts.paragraph;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.recours.kernel.casefile.FrenchDate;
import org.recours.kernel.casefile.query.CaseFile;
import org.recours.query.pdf.PdfFonts;
import org.recours.query.pdf.PdfFonts.Style;

/**
 * The formal complaint letter (réclamation écrite, mise en demeure amiable) the consumer signs and sends registered
 * to the company's head office, pre-filled from the case. It is the written complaint that L612-2 of the Code de la
 * consommation asks for before the consumer mediator may be seized, so it says so, with the time the company has to
 * answer. Whatever is missing (an erased consumer, an address never given) is left as a visible blank to fill in by
 * hand, never invented.
 */
public final class ComplaintLetterPdf {

    static final String NAME_MISSING = "[Nom et prénom du consommateur à compléter]";
    static final String ADDRESS_MISSING = "[Adresse postale du consommateur à compléter]";

    private static final Style BODY = font(10.5f, Font.NORMAL);
    private static final Style BOLD = font(10.5f, Font.BOLD);
    private static final Style SMALL = font(8, Font.NORMAL);
    private static final String[] MONTHS = {"un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
        "dix", "onze", "douze"};

    private ComplaintLetterPdf() {
    }

    public static byte[] write(ComplaintLetter letter) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 64, 64, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            var file = letter.file();
            document.addTitle("Réclamation écrite — dossier " + file.caseId());
            document.addSubject("Lettre de réclamation à " + letter.addressee().entity());
            document.addCreator("Recours");
            document.open();
            sender(document, letter);
            addressee(document, letter);
            place(document, letter);
            body(document, letter);
            signature(document, letter);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the complaint letter cannot be written", e);
        }
        return out.toByteArray();
    }

    private static void sender(Document document, ComplaintLetter letter) throws DocumentException {
        document.add(paragraph(name(letter), BOLD));
        var address = letter.consumer() == null || letter.consumer().postalAddress() == null ? ADDRESS_MISSING
                : letter.consumer().postalAddress();
        document.add(paragraph(address, BODY));
        if (letter.consumer() != null && letter.consumer().email() != null) {
            document.add(paragraph(letter.consumer().email(), BODY));
        }
        if (letter.consumer() != null && letter.consumer().phone() != null) {
            document.add(paragraph(letter.consumer().phone(), BODY));
        }
    }

    private static void addressee(Document document, ComplaintLetter letter) throws DocumentException {
        var office = letter.addressee();
        var block = paragraph(String.join("\n", office.entity(), "Service réclamations — Siège social",
                office.street(), office.postalCode() + " " + office.city(), office.country()), BODY);
        block.setIndentationLeft(260);
        block.setSpacingBefore(18);
        document.add(block);
    }

    private static void place(Document document, ComplaintLetter letter) throws DocumentException {
        var date = paragraph("Paris, le " + FrenchDate.of(letter.writtenOn()), BODY);
        date.setAlignment(Element.ALIGN_RIGHT);
        date.setSpacingBefore(24);
        document.add(date);
        var method = paragraph("Lettre recommandée avec demande d'avis de réception", BOLD);
        method.setSpacingBefore(12);
        document.add(method);
        var file = letter.file();
        document.add(paragraph("Objet : réclamation écrite et mise en demeure amiable — "
                + file.category().labelFr() + " — notre référence " + file.caseId(), BOLD));
    }

    private static void body(Document document, ComplaintLetter letter) throws DocumentException {
        var file = letter.file();
        addParagraph(document, "Madame, Monsieur,");
        addParagraph(document, "Client(e) de " + file.company().name() + ", je vous adresse la présente réclamation "
                + "au sujet du manquement suivant : " + file.category().labelFr().toLowerCase(java.util.Locale.FRENCH)
                + ".");
        addParagraph(document, "Les faits sont les suivants : " + file.facts());
        var contacts = file.supportContacts();
        if (contacts.isEmpty()) {
            addParagraph(document, "Je n'ai pas obtenu de solution auprès de votre service client.");
        } else {
            addParagraph(document, "J'ai déjà sollicité votre service client, sans obtenir satisfaction :");
            for (var contact : contacts) {
                var item = paragraph("• " + contactLine(contact), BODY);
                item.setIndentationLeft(14);
                document.add(item);
            }
        }
        addParagraph(document, "En conséquence, je vous demande : " + file.desiredOutcome() + ". Le montant en jeu "
                + "s'élève à " + file.amountAtStake() + ".");
        var months = file.company().responseWindowMonths();
        var mediator = file.company().consumerMediator();
        addParagraph(document, "La présente lettre constitue la réclamation écrite préalable prévue par l'article "
                + "L612-2 du Code de la consommation. Je vous remercie de me répondre par écrit dans un délai de "
                + MONTHS[months - 1] + " mois à compter de sa réception. À défaut de réponse dans ce délai, ou de "
                + "réponse satisfaisante, je saisirai le médiateur de la consommation dont relève votre entreprise"
                + (mediator == null ? "" : " (" + mediator + ")") + ", ce que je pourrai faire dans l'année qui "
                + "suit la présente réclamation, sans préjudice de toute autre action, notamment en justice.");
        if (!file.mediatorNotNamedInAnswers().isEmpty()) {
            addParagraph(document, "Votre réponse rejette ma réclamation sans désigner le médiateur de la "
                    + "consommation dont vous relevez. Conformément à l'article L616-1 du Code de la consommation, "
                    + "je vous demande de me communiquer ses coordonnées (nom, site internet, adresse).");
        }
        var attached = file.evidence().stream().filter(evidence -> evidence.withdrawalReason() == null)
                .map(evidence -> evidence.fileName() + " (" + evidence.description() + ")").toList();
        if (!attached.isEmpty()) {
            addParagraph(document, "Pièces jointes (copies) : " + String.join(" ; ", attached) + ".");
        }
        addParagraph(document, "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.");
    }

    private static void signature(Document document, ComplaintLetter letter) throws DocumentException {
        var signature = paragraph(name(letter) + "\nSignature :", BODY);
        signature.setIndentationLeft(260);
        signature.setSpacingBefore(18);
        document.add(signature);
        var footer = paragraph("Réclamation suivie par une association de consommateurs, dossier "
                + letter.file().caseId() + ". Conservez une copie de cette lettre, la preuve de dépôt et l'avis de "
                + "réception.", SMALL);
        footer.setSpacingBefore(28);
        document.add(footer);
    }

    static String contactLine(CaseFile.SupportContact contact) {
        var parts = new ArrayList<>(List.of("le " + FrenchDate.of(contact.contactedOn()) + ", par "
                + contact.channel().labelFr()));
        if (contact.ticketReference() != null) {
            parts.add("ticket n° " + contact.ticketReference());
        }
        return String.join(", ", parts) + " : " + contact.summary() + " — réponse obtenue : " + contact.outcome();
    }

    private static String name(ComplaintLetter letter) {
        return letter.consumer() == null ? NAME_MISSING : letter.consumer().fullName();
    }

    private static void addParagraph(Document document, String text) throws DocumentException {
        var paragraph = paragraph(text, BODY);
        paragraph.setSpacingBefore(8);
        paragraph.setAlignment(Element.ALIGN_LEFT);
        document.add(paragraph);
    }

    private static Style font(float size, int style) {
        return PdfFonts.sans(size, style);
    }
}
