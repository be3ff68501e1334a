package org.recours.query.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.CAMPAIGN_TITLE;
import static org.recours.testing.casefile.ReferenceCase.CASE;
import static org.recours.testing.casefile.ReferenceCase.COMPANY_ID;
import static org.recours.testing.casefile.ReferenceCase.LUXEMBOURG;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recours.eventjson.RecoursJson;
import org.recours.kernel.campaign.*;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.Money;
import org.recours.kernel.casefile.SendingMethod;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.casefile.TrackingNumber;

/**
 * Every campaign event, written by the production serializer ({@link RecoursJson}), reads back equal to what was
 * written, and its stored form is pinned: compared with the committed {@code campaign-events.approved.txt}. A change
 * there is a change of a stored form: it needs an upcaster and an ADR, never an edit of the approved file.
 */
class CampaignEventStoredFormsTest {

    private static final CampaignId CAMPAIGN = new CampaignId("CP-PV24-ADS0");
    private static final CaseId CAMILLE = CASE;
    private static final CaseId YANN = new CaseId("RC-8H3N-2WXE");
    private static final ConsentId CONSENT = new ConsentId(UUID.fromString("3f1c1e9a-6a0e-4d4b-9b59-2d7a55d0e001"));

    private final com.fasterxml.jackson.databind.ObjectMapper json = RecoursJson.objectMapper();

    static Stream<CampaignEvent> events() {
        return Stream.of(
                new CampaignOpened(
                        CAMPAIGN,
                        CAMPAIGN_TITLE,
                        COMPANY_ID,
                        LUXEMBOURG.entity(),
                        Category.ADS_IN_PAID_SUBSCRIPTION,
                        "Publicités dans l'abonnement payant",
                        LocalDate.of(2024, 2, 5),
                        null,
                        "Abonnés avant le 9 avril 2024",
                        "Code de la consommation, art. R212-1 3°",
                        new StaffMemberId("sophie"),
                        LocalDate.of(2027, 1, 4)),
                new GroupActionStandingRecorded(
                        CAMPAIGN, "AGR-2025-017", LocalDate.of(2025, 6, 2), LocalDate.of(2030, 6, 1)),
                new CaseJoinedCampaign(CAMPAIGN, CAMILLE, new BranchId("paris-11"), LocalDate.of(2027, 1, 10)),
                new CaseLeftCampaign(CAMPAIGN, YANN, "Remboursé par Amazon", LocalDate.of(2027, 2, 1)),
                new MemberFactsRecorded(
                        CAMPAIGN,
                        CAMILLE,
                        new MemberFacts(
                                LocalDate.of(2021, 9, 1),
                                "Prime mensuel",
                                18,
                                Money.euros("35.82"),
                                Money.euros("41.86"),
                                true)),
                new ConsentToJoinRecorded(CAMPAIGN, CAMILLE, CONSENT),
                new ConsentToJoinWithdrawn(CAMPAIGN, CAMILLE, CONSENT),
                new CollectiveFormalNoticeSent(
                        CAMPAIGN,
                        1,
                        LUXEMBOURG.entity(),
                        LocalDate.of(2027, 3, 1),
                        SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT,
                        new TrackingNumber("1A98765432109"),
                        List.of(CAMILLE, YANN)),
                new CollectiveMediationRequested(
                        CAMPAIGN, 2, "Médiateur du e-commerce", LocalDate.of(2027, 5, 3), null, List.of(CAMILLE)),
                new GroupActionBrought(
                        CAMPAIGN,
                        3,
                        "Tribunal judiciaire de Paris",
                        LocalDate.of(2027, 9, 1),
                        "RG 27/04567",
                        "Action de groupe en réparation",
                        "AGR-2025-017",
                        List.of(CAMILLE)),
                new JudgmentDelivered(
                        CAMPAIGN, LocalDate.of(2028, 6, 1), "Responsabilité retenue", LocalDate.of(2028, 12, 1)),
                new CampaignClosed(CAMPAIGN, "Indemnisation versée", LocalDate.of(2029, 1, 15)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void everyEventReadsBackEqualToWhatWasWritten(CampaignEvent event) throws Exception {
        var written = json.writeValueAsString(event);

        assertThat(json.readValue(written, event.getClass())).isEqualTo(event);
        assertThat(written).contains("\"campaignId\":\"CP-PV24-ADS0\"").doesNotContain("[20");
    }

    @Test
    void everyEventTypeIsCovered() {
        var covered = events().map(Object::getClass).distinct().toList();
        var permitted = Stream.of(CampaignEvent.class.getPermittedSubclasses())
                .flatMap(type -> type.isInterface() ? Stream.of(type.getPermittedSubclasses()) : Stream.of(type))
                .toList();

        assertThat(covered).containsExactlyInAnyOrderElementsOf(permitted);
    }

    @Test
    void theStoredFormsAreThoseApproved() throws IOException {
        var written = events().map(event -> {
                    try {
                        return event.getClass().getSimpleName() + " " + json.writeValueAsString(event);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .collect(Collectors.joining("\n", "", "\n"));
        try (var approved = Objects.requireNonNull(
                getClass().getResourceAsStream("campaign-events.approved.txt"), "campaign-events.approved.txt")) {
            assertThat(written).isEqualTo(new String(approved.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
