package org.recours.query.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recours.testing.casefile.ReferenceCase.CLICHY;
import static org.recours.testing.casefile.ReferenceCase.COMPANY_NAME;
import static org.recours.testing.casefile.ReferenceCase.CONSUMER_NAME;
import static org.recours.testing.casefile.ReferenceCase.streetAndTown;
import static org.recours.testing.casefile.ReferenceCase.townLine;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.ConsumerId;
import org.recours.kernel.casefile.ContactChannel;
import org.recours.kernel.casefile.HeadOffice;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.Money;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.casefile.query.CaseFile;
import org.recours.kernel.casefile.query.CaseStatus;
import org.recours.kernel.consumer.ConsumerDetails;
import org.recours.testing.casefile.ReferenceCase;
import org.recours.testing.typography.FrenchTypography;

/**
 * Each shipped template rendered to PDF from the reference case, its text read back from the PDF: merge fields,
 * French that follows the names, the consumer's city, blanks for what Recours does not know, and a French
 * typography check over every letter.
 */
class LetterTemplatesTest {

    private static final CaseId CASE = ReferenceCase.CASE;
    /** Camille Martin without her phone number. */
    private static final ConsumerDetails CAMILLE =
            ReferenceCase.CAMILLE.withPhone(null).details();

    private static final LocalDate WRITTEN_ON = LocalDate.of(2027, 3, 1);

    @Test
    void theLetterIsPreFilledFromTheCaseForTheFirstHeadOffice() throws IOException {
        var text = text(CaseLetter.of(primeVideoCase(ReferenceCase.FEVAD), CAMILLE, null, WRITTEN_ON));

        assertThat(text)
                .contains(
                        CONSUMER_NAME,
                        ReferenceCase.CAMILLE.postalAddress(),
                        CLICHY.entity(),
                        CLICHY.street(),
                        townLine(CLICHY),
                        "Paris, le 1er mars 2027",
                        "Objet : réclamation écrite et mise en demeure amiable — Publicité introduite dans un abonnement "
                                + "payant — référence du dossier " + CASE.value(),
                        "Client(e) d'" + COMPANY_NAME,
                        "Les faits sont les suivants : publicités dans l'abonnement payant depuis février 2024.",
                        "je vous demande : remboursement des mois avec publicité.",
                        "s'élève à 35,88 €",
                        "le 2 novembre 2026, par chat en ligne, ticket n° D-4471 : demande de retrait des publicités ; "
                                + "réponse obtenue : refus",
                        "le 5 novembre 2026, par téléphone : relance ; réponse obtenue : aucune suite",
                        "L612-2 du Code de la consommation",
                        "dans un délai de deux mois",
                        "médiateur de la consommation dont relève votre entreprise (le Médiateur du e-commerce de la FEVAD)",
                        "salutations distinguées",
                        "Signature :")
                .doesNotContain("Amazon Online UK", LetterModel.NAME_MISSING, "..");
    }

    @Test
    void theLetterGoesToTheHeadOfficeStaffChose() throws IOException {
        var text = text(CaseLetter.of(primeVideoCase(null), CAMILLE, "amazon online uk limited", WRITTEN_ON));

        assertThat(text)
                .contains("Amazon Online UK Limited", "1 Principal Place, Worship Street", "EC2A 2FA London")
                .doesNotContain(townLine(CLICHY), "dont relève votre entreprise (");
    }

    @Test
    void anUnknownHeadOfficeIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> CaseLetter.of(primeVideoCase(null), CAMILLE, "Amazon Luxembourg", WRITTEN_ON))
                .isInstanceOf(InvalidCaseData.class)
                .hasMessageContaining("Amazon Digital France SAS ; Amazon Online UK Limited");
    }

    @Test
    void anErasedConsumerLeavesBlanksToFillInByHand() throws IOException {
        var text = text(CaseLetter.of(primeVideoCase(null), null, null, WRITTEN_ON));

        assertThat(text)
                .contains(LetterModel.NAME_MISSING, LetterModel.ADDRESS_MISSING)
                .doesNotContain("Camille");
    }

    @Test
    void aConsumerWithoutPostalAddressGetsABlankForIt() throws IOException {
        var text = text(CaseLetter.of(
                primeVideoCase(null), new ConsumerDetails(CONSUMER_NAME, null, null, null), null, WRITTEN_ON));

        assertThat(text).contains(CONSUMER_NAME, LetterModel.ADDRESS_MISSING);
    }

    /**
     * Issue 19 (Medium): "Ольга Иванова" vanished from a letter and "Łódź" printed as "ód". Every script DejaVu
     * covers is printed as written; an emoji or a CJK character no shipped font can draw is printed as its code point, never dropped.
     */
    @Test
    void namesInAnyScriptArePrintedAsWrittenAndAnEmojiAsItsCodePoint() throws IOException {
        var consumer = new ConsumerDetails("Ольга Иванова", null, null, "ul. Piotrkowska 12, 90-001 Łódź");
        var text = text(CaseLetter.of(primeVideoCase(null), consumer, null, WRITTEN_ON));
        var arabic = text(CaseLetter.of(
                primeVideoCase(null),
                new ConsumerDetails("محمد عبد الله 😀 🦄", null, null, "Żółć, Ελλάδα, 北京"),
                null,
                WRITTEN_ON));

        assertThat(text).contains("Ольга Иванова", "ul. Piotrkowska 12, 90-001 Łódź");
        assertThat(arabic)
                .contains("محمد", "عبد", "الله", "😀", "[U+1F984]", "Żółć, Ελλάδα, [U+5317][U+4EAC]")
                .doesNotContain("🦄");
    }

    @Test
    void theLetterIsDatedInTheConsumersCityNeverInAPlaceRecoursDoesNotKnow() throws IOException {
        var lyon = new ConsumerDetails(CONSUMER_NAME, null, null, "3 rue Mercière\n69002 Lyon");
        var cedex = new ConsumerDetails(CONSUMER_NAME, null, null, "BP 12, 92130 Issy-les-Moulineaux Cedex 9");
        var unknown = new ConsumerDetails(CONSUMER_NAME, null, null, "Chez M. Dupont, rue du Port");

        assertThat(text(CaseLetter.of(primeVideoCase(null), lyon, null, WRITTEN_ON)))
                .contains("Lyon, le 1er mars 2027")
                .doesNotContain("Paris");
        assertThat(LetterModel.city(cedex.postalAddress())).isEqualTo("Issy-les-Moulineaux");
        assertThat(text(CaseLetter.of(primeVideoCase(null), unknown, null, WRITTEN_ON)))
                .contains("Le 1er mars 2027")
                .doesNotContain("Paris");
    }

    @ParameterizedTest
    @MethodSource("templates")
    void eachShippedTemplateRendersTheCaseInCorrectFrench(String name) throws IOException {
        var text = text(name, CaseLetter.of(primeVideoCase(ReferenceCase.FEVAD), CAMILLE, null, WRITTEN_ON));

        assertThat(text)
                .contains(
                        CONSUMER_NAME,
                        ReferenceCase.CAMILLE.postalAddress(),
                        "Paris, le 1er mars 2027",
                        ReferenceCase.CASE.value(),
                        "salutations distinguées",
                        "Signature :")
                .doesNotContain("${", "null");
        FrenchTypography.assertCorrectFrench("la lettre " + name, text);
        switch (name) {
            case "reclamation" -> assertThat(text).contains("Client(e) d'" + COMPANY_NAME, "L612-2");
            case "relance" ->
                assertThat(text)
                        .contains(
                                "relance de ma réclamation écrite",
                                "Le 20 novembre 2026, je vous ai adressé par lettre recommandée avec accusé de réception "
                                        + "(n° 1A 234 567 8901 2) une réclamation écrite",
                                "Vos services l'ont reçue le 23 novembre 2026.",
                                "expire le 23 janvier 2027");
            case "mediation" ->
                assertThat(text)
                        .contains(
                                "Le " + ReferenceCase.FEVAD,
                                "qui m'oppose à " + COMPANY_NAME,
                                "directement auprès d'" + COMPANY_NAME,
                                "envoyée le 20 novembre 2026 (n° 1A 234 567 8901 2)");
            case "conciliation" ->
                assertThat(text)
                        .contains(
                                "conciliateur de justice",
                                "750-1 du Code de " + "procédure civile",
                                "j'ai adressé une réclamation écrite à " + COMPANY_NAME + ", restée sans réponse");
            case "resiliation" ->
                assertThat(text)
                        .contains(
                                "ma décision de résilier le contrat qui me lie à " + COMPANY_NAME,
                                "cesser tout prélèvement");
            default -> throw new AssertionError(name);
        }
    }

    @Test
    void theMediationLetterIsAddressedToTheMediatorTheDirectoryHolds() throws IOException {
        var letter = CaseLetter.of(primeVideoCase(ReferenceCase.FEVAD), CAMILLE, null, WRITTEN_ON)
                .withMediator(new CaseLetter.Mediator(
                        ReferenceCase.FEVAD,
                        "https://www.mediateurfevad.fr",
                        "BP 20015, 75362 Paris Cedex 08",
                        "contact@example.org"));

        var text = text("mediation", letter);

        assertThat(text)
                .contains("Le Médiateur du e-commerce de la FEVAD BP 20015 75362 Paris Cedex 08")
                .doesNotContain("à compléter");
        FrenchTypography.assertCorrectFrench("la lettre au médiateur", text);
    }

    @Test
    void theMediatorsAddressStaysABlankOnlyWhenTheDirectoryHasNone() throws IOException {
        var onlyItsSite = CaseLetter.of(primeVideoCase(null), CAMILLE, null, WRITTEN_ON)
                .withMediator(
                        new CaseLetter.Mediator(ReferenceCase.FEVAD, "https://www.mediateurfevad.fr", null, null));
        var nothingKnown = CaseLetter.of(primeVideoCase(null), CAMILLE, null, WRITTEN_ON);

        assertThat(text("mediation", onlyItsSite))
                .contains(
                        "Le " + ReferenceCase.FEVAD,
                        "[Adresse du médiateur à compléter, ou saisine en ligne sur https://www.mediateurfevad.fr]");
        assertThat(text("mediation", nothingKnown))
                .contains(
                        "[Nom du médiateur de la consommation à compléter]",
                        "[Adresse du médiateur à compléter, ou saisine en ligne sur son site]");
    }

    @Test
    void aMediatorsAddressIsCutIntoLinesBeforeItsPostcodeNeverInsideTheStreet() {
        assertThat(LetterModel.addressLines("BP 20015, 75362 Paris Cedex 08"))
                .containsExactly("BP 20015", "75362 Paris Cedex 08");
        assertThat(LetterModel.addressLines("12, rue des Lilas, 75011 Paris"))
                .containsExactly("12, rue des Lilas", "75011 Paris");
        assertThat(LetterModel.addressLines("Médiateur\n 60 rue La Boétie \n75008 Paris"))
                .containsExactly("Médiateur", "60 rue La Boétie", "75008 Paris");
    }

    @Test
    void aTemplateThatDoesNotParseIsRefusedWithTheExpressionAndWhereItIsNotTheWholeTemplate() {
        var broken = "<letter xmlns:th=\"http://www.thymeleaf.org\">\n<p th:text=\"${dossier.\"/></letter>";

        assertThatThrownBy(
                        () -> new LetterRenderer().xml(broken, LetterModel.fields(SampleLetter.primeVideo(WRITTEN_ON))))
                .isInstanceOf(InvalidTemplate.class)
                .hasMessage("Le modèle ne peut pas être rendu : "
                        + "Could not parse as expression: \"${dossier.\" (ligne 2, colonne 4).");
    }

    /** The fictitious case of the previews, written to target/letters for a look (docs/screenshots/letter-*.png). */
    @ParameterizedTest
    @MethodSource("templates")
    void theSampleCaseGivesEachLetterForALook(String name) throws IOException {
        var pdf = pdf(name, SampleLetter.primeVideo(WRITTEN_ON));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "letters"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "letters", name + ".pdf"), pdf);

        var reader = new PdfReader(pdf);
        var text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("[\\s\\u00a0]+", " ");
        FrenchTypography.assertCorrectFrench("la lettre " + name + " du dossier fictif", text);
    }

    /** However long the letter, its closing formula and signature share a page with the paragraph before them. */
    @Test
    void theClosingAndTheSignatureNeverLandAloneOnAPage() throws IOException {
        for (int length = 60; length < 140; length += 4) {
            var facts = "Les publicités interrompent les films. ".repeat(length);
            var pdf = pdf("reclamation", CaseLetter.of(primeVideoCase(null, facts), CAMILLE, null, WRITTEN_ON));
            var reader = new PdfReader(pdf);
            var extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                var text = extractor.getTextFromPage(page).replaceAll("[\\s\\u00a0]+", " ");
                if (text.contains("salutations distinguées")) {
                    assertThat(text)
                            .as("page %d of %d, facts ×%d", page, reader.getNumberOfPages(), length)
                            .contains("Signature :", "Je vous remercie de me répondre");
                }
            }
        }
    }

    static List<String> templates() {
        return List.copyOf(LetterTemplates.SHIPPED.keySet());
    }

    static byte[] pdf(String name, CaseLetter letter) {
        var template = new LetterTemplate(
                name,
                1,
                LetterTemplates.SHIPPED.get(name),
                LetterTemplates.shippedBody(name),
                LetterTemplates.SHIPPED_BY,
                Instant.EPOCH);
        return new LetterRenderer().pdf(template, LetterModel.fields(letter));
    }

    private static String text(CaseLetter letter) throws IOException {
        return text("reclamation", letter);
    }

    static String text(String name, CaseLetter letter) throws IOException {
        var reader = new PdfReader(pdf(name, letter));
        var extractor = new PdfTextExtractor(reader);
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append(' ');
        }
        return text.toString().replaceAll("[\\s\\u00a0]+", " ");
    }

    private static CaseFile primeVideoCase(String mediator) {
        return primeVideoCase(mediator, "Publicités dans l'abonnement payant depuis février 2024.");
    }

    private static CaseFile primeVideoCase(String mediator, String facts) {
        var london = new HeadOffice(
                "Amazon Online UK Limited", "1 Principal Place, Worship Street", "EC2A 2FA", "London", "Royaume-Uni");
        var company = ReferenceCase.primeVideo()
                .withHeadOffices(CLICHY, london)
                .withMediator(mediator)
                .build();
        var contacts = List.of(
                new CaseFile.SupportContact(
                        CASE,
                        ContactChannel.CHAT,
                        LocalDate.of(2026, 11, 2),
                        "D-4471",
                        "Demande de retrait des publicités",
                        "Refus"),
                new CaseFile.SupportContact(
                        CASE, ContactChannel.PHONE, LocalDate.of(2026, 11, 5), null, "Relance", "Aucune suite"));
        return new CaseFile(
                CASE,
                3,
                CaseStatus.FILED,
                new ConsumerId(UUID.randomUUID()),
                company,
                Category.ADS_IN_PAID_SUBSCRIPTION,
                facts,
                Money.euros("35.88"),
                "Remboursement des mois avec publicité",
                new BranchId("paris-11"),
                new StaffMemberId("marie"),
                LocalDate.of(2026, 11, 1),
                Instant.parse("2026-11-05T10:00:00Z"),
                List.of(),
                contacts,
                List.of(new CaseFile.Letter(
                        1,
                        CLICHY.entity(),
                        streetAndTown(CLICHY),
                        "REGISTERED_WITH_ACKNOWLEDGEMENT",
                        "1A 234 567 8901 2",
                        LocalDate.of(2026, 11, 20),
                        LocalDate.of(2026, 11, 23))),
                List.of(),
                new CaseFile.LegalDates(
                        LocalDate.of(2027, 1, 23), false, LocalDate.of(2027, 1, 24), LocalDate.of(2027, 11, 20)),
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of());
    }
}
