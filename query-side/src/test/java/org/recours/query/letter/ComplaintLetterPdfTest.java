package org.recours.query.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.CompanyProfile;
import org.recours.kernel.casefile.ConsumerId;
import org.recours.kernel.casefile.ContactChannel;
import org.recours.kernel.casefile.HeadOffice;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.Money;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.casefile.query.CaseFile;
import org.recours.kernel.casefile.query.CaseStatus;
import org.recours.kernel.consumer.ConsumerDetails;

class ComplaintLetterPdfTest {

    private static final CaseId CASE = new CaseId("RC-7K2M-9QXD");
    private static final ConsumerDetails CAMILLE = new ConsumerDetails("Camille Martin", "camille.martin@example.org",
            null, "12 rue des Lilas, 75011 Paris");
    private static final LocalDate WRITTEN_ON = LocalDate.of(2027, 3, 1);

    @Test
    void theLetterIsPreFilledFromTheCaseForTheFirstHeadOffice() throws IOException {
        var text = text(ComplaintLetter.of(primeVideoCase("Médiateur du e-commerce de la FEVAD"), CAMILLE, null,
                WRITTEN_ON));

        assertThat(text).contains("Camille Martin", "12 rue des Lilas, 75011 Paris",
                "Amazon Digital France SAS", "67 boulevard du Général Leclerc", "92110 Clichy",
                "Paris, le 1er mars 2027",
                "Objet : réclamation écrite et mise en demeure amiable — Publicité introduite dans un abonnement "
                        + "payant — notre référence RC-7K2M-9QXD",
                "Les faits sont les suivants : Publicités dans l'abonnement payant depuis février 2024.",
                "je vous demande : Remboursement des mois avec publicité.",
                "s'élève à 35,88 €",
                "le 2 novembre 2026, par chat en ligne, ticket n° D-4471 : Demande de retrait des publicités "
                        + "— réponse obtenue : Refus",
                "le 5 novembre 2026, par téléphone : Relance — réponse obtenue : Aucune suite",
                "L612-2 du Code de la consommation", "dans un délai de deux mois",
                "médiateur de la consommation dont relève votre entreprise (Médiateur du e-commerce de la FEVAD)",
                "salutations distinguées", "Signature :")
                .doesNotContain("Amazon Online UK", ComplaintLetterPdf.NAME_MISSING);
    }

    @Test
    void theLetterGoesToTheHeadOfficeStaffChose() throws IOException {
        var text = text(ComplaintLetter.of(primeVideoCase(null), CAMILLE, "amazon online uk limited", WRITTEN_ON));

        assertThat(text).contains("Amazon Online UK Limited", "1 Principal Place, Worship Street", "EC2A 2FA London")
                .doesNotContain("92110 Clichy", "dont relève votre entreprise (");
    }

    @Test
    void anUnknownHeadOfficeIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> ComplaintLetter.of(primeVideoCase(null), CAMILLE, "Amazon Luxembourg", WRITTEN_ON))
                .isInstanceOf(InvalidCaseData.class)
                .hasMessageContaining("Amazon Digital France SAS ; Amazon Online UK Limited");
    }

    @Test
    void anErasedConsumerLeavesBlanksToFillInByHand() throws IOException {
        var text = text(ComplaintLetter.of(primeVideoCase(null), null, null, WRITTEN_ON));

        assertThat(text).contains(ComplaintLetterPdf.NAME_MISSING, ComplaintLetterPdf.ADDRESS_MISSING)
                .doesNotContain("Camille");
    }

    @Test
    void aConsumerWithoutPostalAddressGetsABlankForIt() throws IOException {
        var text = text(ComplaintLetter.of(primeVideoCase(null),
                new ConsumerDetails("Camille Martin", null, null, null), null, WRITTEN_ON));

        assertThat(text).contains("Camille Martin", ComplaintLetterPdf.ADDRESS_MISSING);
    }

    /**
     * Issue 19 (Medium): "Ольга Иванова" vanished from a letter and "Łódź" printed as "ód". Every script DejaVu
     * covers is printed as written; an emoji or a CJK character no shipped font can draw is printed as its code point, never dropped.
     */
    @Test
    void namesInAnyScriptArePrintedAsWrittenAndAnEmojiAsItsCodePoint() throws IOException {
        var consumer = new ConsumerDetails("Ольга Иванова", null, null, "ul. Piotrkowska 12, 90-001 Łódź");
        var text = text(ComplaintLetter.of(primeVideoCase(null), consumer, null, WRITTEN_ON));
        var arabic = text(ComplaintLetter.of(primeVideoCase(null),
                new ConsumerDetails("محمد عبد الله 😀 🦄", null, null, "Żółć, Ελλάδα, 北京"), null, WRITTEN_ON));

        assertThat(text).contains("Ольга Иванова", "ul. Piotrkowska 12, 90-001 Łódź");
        assertThat(arabic).contains("محمد", "عبد", "الله", "😀", "[U+1F984]", "Żółć, Ελλάδα, [U+5317][U+4EAC]")
                .doesNotContain("🦄");
    }

    private static String text(ComplaintLetter letter) throws IOException {
        var reader = new PdfReader(ComplaintLetterPdf.write(letter));
        var extractor = new PdfTextExtractor(reader);
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append(' ');
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    private static CaseFile primeVideoCase(String mediator) {
        var company = new CompanyProfile("amazon-prime-video", "Amazon Prime Video", List.of(
                new HeadOffice("Amazon Digital France SAS", "67 boulevard du Général Leclerc", "92110", "Clichy",
                        "France"),
                new HeadOffice("Amazon Online UK Limited", "1 Principal Place, Worship Street", "EC2A 2FA", "London",
                        "Royaume-Uni")), mediator, 2);
        var contacts = List.of(
                new CaseFile.SupportContact(CASE, ContactChannel.CHAT, LocalDate.of(2026, 11, 2), "D-4471",
                        "Demande de retrait des publicités", "Refus"),
                new CaseFile.SupportContact(CASE, ContactChannel.PHONE, LocalDate.of(2026, 11, 5), null, "Relance",
                        "Aucune suite"));
        return new CaseFile(CASE, 3, CaseStatus.FILED, new ConsumerId(UUID.randomUUID()), company,
                Category.ADS_IN_PAID_SUBSCRIPTION, "Publicités dans l'abonnement payant depuis février 2024.",
                Money.euros("35.88"), "Remboursement des mois avec publicité", new BranchId("paris-11"),
                new StaffMemberId("marie"), LocalDate.of(2026, 11, 1), Instant.parse("2026-11-05T10:00:00Z"),
                List.of(), contacts, List.of(), List.of(), CaseFile.LegalDates.NONE, List.of(), List.of(), List.of(),
                null, List.of(), List.of());
    }
}
