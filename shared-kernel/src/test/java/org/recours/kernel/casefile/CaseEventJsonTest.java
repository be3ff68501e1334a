package org.recours.kernel.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every event type survives a trip through JSON unchanged: the start of the event-compatibility tests (stored events
 * must keep loading).
 */
class CaseEventJsonTest {

    private static final CaseId CASE = new CaseId("RC-7K2M-9QXD");
    private static final HeadOffice CLICHY = new HeadOffice("Amazon Digital France SAS",
            "67 boulevard du Général Leclerc", "92110", "Clichy", "France");
    private static final CompanyProfile PRIME_VIDEO = new CompanyProfile("amazon-prime-video", "Amazon Prime Video",
            List.of(CLICHY, new HeadOffice("Amazon Europe Core SARL", "38 avenue John F. Kennedy", "L-1855",
                    "Luxembourg", "Luxembourg")), "Médiateur du e-commerce de la FEVAD", 2);

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static Stream<CaseEvent> events() {
        return Stream.of(
                new ComplaintFiled(CASE, new ConsumerId(UUID.fromString("3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b")),
                        PRIME_VIDEO, Category.ADS_IN_PAID_SUBSCRIPTION,
                        "Depuis février, des publicités sont diffusées malgré l'abonnement payé « sans publicité ».",
                        Money.euros("83.88"), "Remboursement de 2 € par mois depuis février", new BranchId("paris-11"),
                        new StaffMemberId("marie"), LocalDate.of(2027, 3, 1)),
                new HelpCentreConsulted(CASE, LocalDate.of(2027, 3, 2), "La FAQ renvoie vers l'offre à 1,99 €."),
                new SupportContacted(CASE, ContactChannel.CHAT, LocalDate.of(2027, 3, 3), "PV-2027-55821",
                        "Demande de retrait des publicités", "Renvoyé vers l'option payante"),
                new SupportContacted(CASE, ContactChannel.PHONE, LocalDate.of(2027, 3, 4), null,
                        "Appel au service client", "Aucune réponse utile"),
                new LetterSent(CASE, 1, CLICHY, LocalDate.of(2026, 12, 31),
                        SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT, new TrackingNumber("1A12345678901"),
                        LocalDate.of(2027, 2, 28), LocalDate.of(2027, 12, 31)),
                new LetterSent(CASE, 2, CLICHY, LocalDate.of(2027, 3, 10), SendingMethod.EMAIL, null,
                        LocalDate.of(2027, 2, 28), LocalDate.of(2027, 12, 31)),
                new LetterDelivered(CASE, 1, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 4)),
                new ResponseReceived(CASE, LocalDate.of(2027, 2, 20), ContactChannel.EMAIL,
                        "Refus : les conditions générales le permettent", ResponseAssessment.PARTIAL,
                        "Un mois d'abonnement offert"),
                new ResponseReceived(CASE, LocalDate.of(2027, 2, 20), ContactChannel.POSTAL_MAIL, "Refus",
                        ResponseAssessment.REJECTED, null),
                new ResponseDeadlineExpired(CASE, LocalDate.of(2027, 3, 4), LocalDate.of(2027, 3, 5),
                        LocalDate.of(2027, 12, 31)),
                new MediationRequested(CASE, "Médiateur du e-commerce de la FEVAD", LocalDate.of(2027, 3, 5),
                        "FEVAD-2027-0042", LocalDate.of(2027, 6, 3), null),
                new MediationRequested(CASE, "Médiateur du e-commerce de la FEVAD", LocalDate.of(2027, 2, 1), null,
                        LocalDate.of(2027, 5, 2), "Consommateur en situation de précarité"),
                new MediationConcluded(CASE, MediationOutcome.PARTIAL_AGREEMENT, LocalDate.of(2027, 5, 20),
                        "Remboursement de trois mois"),
                new CourtActionRecorded(CASE, "Tribunal judiciaire de Nanterre", LocalDate.of(2027, 6, 1),
                        "RG 27/01234", "Injonction de faire"),
                new CourtActionRecorded(CASE, "Tribunal judiciaire de Nanterre", LocalDate.of(2027, 6, 1), null,
                        "Assignation déposée"),
                new NoteAdded(CASE, "Rappeler la consommatrice après la médiation."),
                new CaseClosed(CASE, Resolution.PARTIALLY_RESOLVED, Money.euros("24.00"), LocalDate.of(2027, 7, 1),
                        "Trois mois remboursés"),
                new CaseReopened(CASE, LocalDate.of(2027, 8, 1), "Les publicités sont revenues."),
                new EvidenceAttached(CASE, new DocumentId(java.util.UUID.fromString("3f1c2a4e-0d7b-4e55-9a53-5c8b2f7e9d10")),
                        "capture-publicite.png", "image/png", 48213, Sha256.of("capture"), "Capture d'écran de la publicité"),
                new EvidenceWithdrawn(CASE, new DocumentId(java.util.UUID.fromString("3f1c2a4e-0d7b-4e55-9a53-5c8b2f7e9d10")),
                        "capture-publicite.png", Sha256.of("capture"), "Capture floue, remplacée par une nouvelle"),
                new ReminderDue(CASE, ReminderKind.RESPONSE_DEADLINE_APPROACHING, LocalDate.of(2027, 3, 10),
                        LocalDate.of(2027, 3, 3), LocalDate.of(2027, 3, 3)),
                new PersonalDataErased(CASE, new ConsumerId(UUID.fromString("6b1f7c3e-2a44-4a8e-9d2e-0c5f1e7a9b21")),
                        LocalDate.of(2027, 9, 1), "Demande écrite de la consommatrice du 28 août 2027"),
                new ResponseDeadlineExpiryContradicted(CASE, LocalDate.of(2027, 2, 28), LocalDate.of(2027, 2, 28),
                        ExpiryContradiction.ANSWER_RECEIVED_IN_TIME, LocalDate.of(2027, 2, 10),
                        LocalDate.of(2027, 3, 20)),
                new ResponseDeadlineExpiryContradicted(CASE, LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 4),
                        ExpiryContradiction.WINDOW_MOVED, null, LocalDate.of(2027, 3, 3)),
                new LetterSendingCorrected(CASE, 3, 1, CLICHY, LocalDate.of(2027, 1, 2),
                        SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT, new TrackingNumber("1A12345678902"),
                        LocalDate.of(2027, 3, 2), LocalDate.of(2028, 1, 2), "Numéro de suivi mal recopié"),
                new LetterDeliveryCorrected(CASE, 4, 1, LocalDate.of(2027, 1, 5), LocalDate.of(2027, 3, 5),
                        "Date lue sur l'avis de réception : 5 janvier"),
                new ComplaintDetailsCorrected(CASE, 0, Category.ADS_IN_PAID_SUBSCRIPTION,
                        "Publicités depuis février", Money.euros("47.76"), "Remboursement de 24 mois",
                        "Montant recalculé sur les relevés bancaires"),
                new ResponseCorrected(CASE, 5, 1, LocalDate.of(2027, 2, 10), ContactChannel.POSTAL_MAIL, "Refus",
                        ResponseAssessment.REJECTED, null, "Reçue par courrier, pas par courriel"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void everyEventReadsBackEqualToWhatWasWritten(CaseEvent event) throws Exception {
        var written = json.writeValueAsString(event);

        var read = json.readValue(written, event.getClass());

        assertThat(read).isEqualTo(event);
        assertThat(written).doesNotContain("[2027,").contains("\"RC-7K2M-9QXD\"");
    }

    @Test
    void everyEventTypeIsCovered() {
        var covered = events().map(Object::getClass).distinct().toList();

        assertThat(covered).containsExactlyInAnyOrder(CaseEvent.class.getPermittedSubclasses());
    }

    @Test
    void datesAreWrittenAsIsoDays() throws Exception {
        var written = json.readTree(json.writeValueAsString(
                new LetterDelivered(CASE, 1, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 4))));

        assertThat(written.get("deliveredOn").asText()).isEqualTo("2027-01-04");
        assertThat(written.get("responseDueOn").asText()).isEqualTo("2027-03-04");
    }
}
