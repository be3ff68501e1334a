package org.recours.command.campaign;

import static org.recours.testing.casefile.ReferenceCase.CAMPAIGN_TITLE;
import static org.recours.testing.casefile.ReferenceCase.CASE;
import static org.recours.testing.casefile.ReferenceCase.COMPANY_ID;
import static org.recours.testing.casefile.ReferenceCase.LUXEMBOURG;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.recours.kernel.campaign.BringGroupAction;
import org.recours.kernel.campaign.CampaignClosed;
import org.recours.kernel.campaign.CampaignId;
import org.recours.kernel.campaign.CampaignOpened;
import org.recours.kernel.campaign.CampaignRule;
import org.recours.kernel.campaign.CampaignStepRefused;
import org.recours.kernel.campaign.CaseJoinedCampaign;
import org.recours.kernel.campaign.CaseLeftCampaign;
import org.recours.kernel.campaign.CloseCampaign;
import org.recours.kernel.campaign.CollectiveFormalNoticeSent;
import org.recours.kernel.campaign.CollectiveMediationRequested;
import org.recours.kernel.campaign.ConsentId;
import org.recours.kernel.campaign.ConsentToJoinRecorded;
import org.recours.kernel.campaign.ConsentToJoinWithdrawn;
import org.recours.kernel.campaign.GroupActionBrought;
import org.recours.kernel.campaign.GroupActionStanding;
import org.recours.kernel.campaign.GroupActionStandingRecorded;
import org.recours.kernel.campaign.JoinCampaign;
import org.recours.kernel.campaign.JudgmentDelivered;
import org.recours.kernel.campaign.LeaveCampaign;
import org.recours.kernel.campaign.MemberFacts;
import org.recours.kernel.campaign.MemberFactsRecorded;
import org.recours.kernel.campaign.OpenCampaign;
import org.recours.kernel.campaign.RecordConsentToJoin;
import org.recours.kernel.campaign.RecordGroupActionStanding;
import org.recours.kernel.campaign.RecordJudgment;
import org.recours.kernel.campaign.RecordMemberFacts;
import org.recours.kernel.campaign.RequestCollectiveMediation;
import org.recours.kernel.campaign.SendCollectiveFormalNotice;
import org.recours.kernel.campaign.WithdrawConsentToJoin;
import org.recours.kernel.casefile.ActorMetaData;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.CaseOutOfReach;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.Money;
import org.recours.kernel.casefile.SendingMethod;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.casefile.TrackingNumber;

/** The Prime Video advertising campaign's rules, given its events, when a command, then its events or refusal. */
class CampaignTest {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    static final CampaignId CAMPAIGN = new CampaignId("CP-PV24-ADS0");
    static final CaseId CAMILLE = CASE;
    static final CaseId YANN = new CaseId("RC-8H3N-2WXE");
    static final BranchId PARIS = new BranchId("paris-11");
    static final BranchId LYON = new BranchId("lyon");
    static final ConsentId CAMILLE_CONSENT = new ConsentId(UUID.fromString("3f1c1e9a-6a0e-4d4b-9b59-2d7a55d0e001"));
    static final ConsentId YANN_CONSENT = new ConsentId(UUID.fromString("3f1c1e9a-6a0e-4d4b-9b59-2d7a55d0e002"));

    static final Map<String, Object> SUPERVISOR = Map.of(
            ActorMetaData.STAFF_MEMBER,
            "sophie",
            ActorMetaData.STAFF_ROLE,
            "SUPERVISOR",
            ActorMetaData.STAFF_BRANCH,
            "siege");
    static final Map<String, Object> PARIS_STAFF = Map.of(
            ActorMetaData.STAFF_MEMBER,
            "lea",
            ActorMetaData.STAFF_ROLE,
            "STAFF",
            ActorMetaData.STAFF_BRANCH,
            "paris-11");

    FixtureConfiguration<Campaign> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Campaign.class);
        fixture.registerInjectableResource(
                Clock.fixed(Instant.parse("2027-03-15T10:00:00Z"), ZoneId.of("Europe/Paris")));
    }

    static OpenCampaign openPrimeVideoAds() {
        return new OpenCampaign(
                CAMPAIGN,
                CAMPAIGN_TITLE,
                COMPANY_ID,
                LUXEMBOURG.entity(),
                Category.ADS_IN_PAID_SUBSCRIPTION,
                "Publicités introduites dans l'abonnement payant ; les retirer coûte 2,99 € par mois.",
                LocalDate.of(2024, 2, 5),
                null,
                "Abonnés avant le 9 avril 2024",
                "Code de la consommation, art. R212-1 3°");
    }

    static CampaignOpened opened() {
        var command = openPrimeVideoAds();
        return new CampaignOpened(
                CAMPAIGN,
                command.title(),
                command.companyId(),
                command.targetedEntity(),
                command.ground(),
                command.breach(),
                command.periodFrom(),
                command.periodTo(),
                command.eligibility(),
                command.legalGrounds(),
                new StaffMemberId("sophie"),
                LocalDate.of(2027, 1, 4));
    }

    static CaseJoinedCampaign joined(CaseId caseId, BranchId branch) {
        return new CaseJoinedCampaign(CAMPAIGN, caseId, branch, LocalDate.of(2027, 1, 10));
    }

    @Nested
    class Opening {

        @Test
        void aSupervisorOpensTheCampaignAgainstTheTargetedEntity() {
            fixture.givenNoPriorActivity()
                    .when(openPrimeVideoAds(), SUPERVISOR)
                    .expectEvents(new CampaignOpened(
                            CAMPAIGN,
                            CAMPAIGN_TITLE,
                            COMPANY_ID,
                            LUXEMBOURG.entity(),
                            Category.ADS_IN_PAID_SUBSCRIPTION,
                            openPrimeVideoAds().breach(),
                            LocalDate.of(2024, 2, 5),
                            null,
                            "Abonnés avant le 9 avril 2024",
                            "Code de la consommation, art. R212-1 3°",
                            new StaffMemberId("sophie"),
                            TODAY));
        }

        @Test
        void staffDoNotOpenACampaign() {
            fixture.givenNoPriorActivity()
                    .when(openPrimeVideoAds(), PARIS_STAFF)
                    .expectException(CampaignStepRefused.class)
                    .expectExceptionMessage(CampaignRule.SUPERVISOR_REQUIRED.explanation());
        }

        @Test
        void theApprovalForGroupActionsLastsFiveYearsItsLastDayIncluded() {
            fixture.given(opened())
                    .when(
                            new RecordGroupActionStanding(
                                    CAMPAIGN, new GroupActionStanding("AGR-2025-017", LocalDate.of(2025, 6, 2))),
                            SUPERVISOR)
                    .expectEvents(new GroupActionStandingRecorded(
                            CAMPAIGN, "AGR-2025-017", LocalDate.of(2025, 6, 2), LocalDate.of(2030, 6, 1)));
        }
    }

    @Nested
    class Members {

        @Test
        void anOpenCaseOfTheCompanyJoins() {
            fixture.given(opened())
                    .when(new JoinCampaign(CAMPAIGN, CAMILLE, PARIS, COMPANY_ID, false), PARIS_STAFF)
                    .expectEvents(new CaseJoinedCampaign(CAMPAIGN, CAMILLE, PARIS, TODAY));
        }

        @Test
        void aClosedCaseCannotJoin() {
            fixture.given(opened())
                    .when(new JoinCampaign(CAMPAIGN, CAMILLE, PARIS, COMPANY_ID, true), SUPERVISOR)
                    .expectNoEvents()
                    .expectException(CampaignStepRefused.class)
                    .expectExceptionMessage("Le dossier RC-7K2M-9QXD est clos : "
                            + org.recours.kernel.casefile.FrenchGrammar.afterColon(
                                    CampaignRule.CLOSED_CASE_CANNOT_JOIN.explanation()));
        }

        @Test
        void aCaseAgainstAnotherCompanyCannotJoin() {
            fixture.given(opened())
                    .when(new JoinCampaign(CAMPAIGN, CAMILLE, PARIS, "netflix", false), SUPERVISOR)
                    .expectException(CampaignStepRefused.class);
        }

        @Test
        void aCaseJoinsOnce() {
            fixture.given(opened(), joined(CAMILLE, PARIS))
                    .when(new JoinCampaign(CAMPAIGN, CAMILLE, PARIS, COMPANY_ID, false), SUPERVISOR)
                    .expectException(CampaignStepRefused.class)
                    .expectExceptionMessage("Le dossier RC-7K2M-9QXD fait déjà partie de la campagne.");
        }

        @Test
        void staffAddOnlyTheirBranchsCases() {
            fixture.given(opened())
                    .when(new JoinCampaign(CAMPAIGN, YANN, LYON, COMPANY_ID, false), PARIS_STAFF)
                    .expectException(CaseOutOfReach.class);
        }

        @Test
        void aMemberLeavesWithAReason() {
            fixture.given(opened(), joined(CAMILLE, PARIS))
                    .when(new LeaveCampaign(CAMPAIGN, CAMILLE, "Remboursée par Amazon"), PARIS_STAFF)
                    .expectEvents(new CaseLeftCampaign(CAMPAIGN, CAMILLE, "Remboursée par Amazon", TODAY));
        }

        @Test
        void theChecklistNamesWhatIsStillMissing() {
            var facts =
                    new MemberFacts(LocalDate.of(2021, 9, 1), "Prime mensuel", 14, null, Money.euros("41.86"), false);
            fixture.given(opened(), joined(CAMILLE, PARIS))
                    .when(new RecordMemberFacts(CAMPAIGN, CAMILLE, facts), PARIS_STAFF)
                    .expectEvents(new MemberFactsRecorded(CAMPAIGN, CAMILLE, facts));
            org.assertj.core.api.Assertions.assertThat(facts.missing()).containsExactly("evidencePresent");
        }

        @Test
        void factsAreRecordedOnlyForAMember() {
            fixture.given(opened())
                    .when(new RecordMemberFacts(CAMPAIGN, CAMILLE, MemberFacts.NONE), SUPERVISOR)
                    .expectException(CampaignStepRefused.class)
                    .expectExceptionMessage("Le dossier RC-7K2M-9QXD ne fait pas partie de la campagne.");
        }

        @Test
        void aConsentIsWithdrawnByTheReferenceItWasRecordedUnder() {
            fixture.given(
                            opened(),
                            joined(CAMILLE, PARIS),
                            new ConsentToJoinRecorded(CAMPAIGN, CAMILLE, CAMILLE_CONSENT))
                    .when(new WithdrawConsentToJoin(CAMPAIGN, CAMILLE), PARIS_STAFF)
                    .expectEvents(new ConsentToJoinWithdrawn(CAMPAIGN, CAMILLE, CAMILLE_CONSENT));
        }

        @Test
        void aConsentIsRecordedByReferenceOnly() {
            fixture.given(opened(), joined(CAMILLE, PARIS))
                    .when(new RecordConsentToJoin(CAMPAIGN, CAMILLE, CAMILLE_CONSENT), PARIS_STAFF)
                    .expectEvents(new ConsentToJoinRecorded(CAMPAIGN, CAMILLE, CAMILLE_CONSENT));
        }
    }

    @Nested
    class ActingTogether {

        Object[] twoConsentingMembers() {
            return new Object[] {
                opened(),
                joined(CAMILLE, PARIS),
                joined(YANN, LYON),
                new ConsentToJoinRecorded(CAMPAIGN, CAMILLE, CAMILLE_CONSENT),
                new ConsentToJoinRecorded(CAMPAIGN, YANN, YANN_CONSENT)
            };
        }

        @Test
        void theCollectiveFormalNoticeListsTheConsentingMembers() {
            fixture.given(twoConsentingMembers())
                    .when(
                            new SendCollectiveFormalNotice(
                                    CAMPAIGN,
                                    TODAY,
                                    SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT,
                                    new TrackingNumber("1A 123 456 7890 1")),
                            SUPERVISOR)
                    .expectEvents(new CollectiveFormalNoticeSent(
                            CAMPAIGN,
                            1,
                            LUXEMBOURG.entity(),
                            TODAY,
                            SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT,
                            new TrackingNumber("1A 123 456 7890 1"),
                            List.of(CAMILLE, YANN)));
        }

        @Test
        void aWithdrawnConsentLeavesTheMemberOutOfTheCollectiveSteps() {
            fixture.given(twoConsentingMembers())
                    .andGiven(new ConsentToJoinWithdrawn(CAMPAIGN, YANN, YANN_CONSENT))
                    .when(new RequestCollectiveMediation(CAMPAIGN, "Médiateur du e-commerce", TODAY, null), SUPERVISOR)
                    .expectEvents(new CollectiveMediationRequested(
                            CAMPAIGN, 1, "Médiateur du e-commerce", TODAY, null, List.of(CAMILLE)));
        }

        @Test
        void aCollectiveStepNeedsAtLeastOneConsentingMember() {
            fixture.given(opened(), joined(CAMILLE, PARIS))
                    .when(new RequestCollectiveMediation(CAMPAIGN, "Médiateur du e-commerce", TODAY, null), SUPERVISOR)
                    .expectException(CampaignStepRefused.class);
        }

        @Test
        void aGroupActionNeedsTheAssociationsApproval() {
            fixture.given(twoConsentingMembers())
                    .when(
                            new BringGroupAction(
                                    CAMPAIGN,
                                    "Tribunal judiciaire de Paris",
                                    TODAY,
                                    null,
                                    "Action de groupe en réparation"),
                            SUPERVISOR)
                    .expectException(CampaignStepRefused.class);
        }

        @Test
        void anApprovalIsStillValidOnItsLastDay() {
            fixture.given(twoConsentingMembers())
                    .andGiven(new GroupActionStandingRecorded(
                            CAMPAIGN, "AGR-2022", LocalDate.of(2022, 3, 16), LocalDate.of(2027, 3, 15)))
                    .when(
                            new BringGroupAction(
                                    CAMPAIGN,
                                    "Tribunal judiciaire de Paris",
                                    TODAY,
                                    null,
                                    "Action de groupe en réparation"),
                            SUPERVISOR)
                    .expectEvents(new GroupActionBrought(
                            CAMPAIGN,
                            1,
                            "Tribunal judiciaire de Paris",
                            TODAY,
                            null,
                            "Action de groupe en réparation",
                            "AGR-2022",
                            List.of(CAMILLE, YANN)));
        }

        @Test
        void anApprovalExpiresTheDayAfterItsFifthAnniversaryEve() {
            fixture.given(twoConsentingMembers())
                    .andGiven(new GroupActionStandingRecorded(
                            CAMPAIGN, "AGR-2022", LocalDate.of(2022, 3, 15), LocalDate.of(2027, 3, 14)))
                    .when(
                            new BringGroupAction(
                                    CAMPAIGN,
                                    "Tribunal judiciaire de Paris",
                                    TODAY,
                                    null,
                                    "Action de groupe en réparation"),
                            SUPERVISOR)
                    .expectException(CampaignStepRefused.class)
                    .expectExceptionMessage("L'agrément n° AGR-2022 n'est pas valide le 15 mars 2027 "
                            + "(valable du 15 mars 2022 au 14 mars 2027).");
        }

        @Test
        void noMediationOnceTheDisputeIsBeforeACourt() {
            fixture.given(twoConsentingMembers())
                    .andGiven(new GroupActionBrought(
                            CAMPAIGN,
                            1,
                            "Tribunal judiciaire de Paris",
                            TODAY,
                            null,
                            "Action",
                            "AGR-2022",
                            List.of(CAMILLE, YANN)))
                    .when(new RequestCollectiveMediation(CAMPAIGN, "Médiateur du e-commerce", TODAY, null), SUPERVISOR)
                    .expectException(CampaignStepRefused.class)
                    .expectExceptionMessage(CampaignRule.ALREADY_IN_COURT.explanation());
        }

        @Test
        void consumersJoinAfterTheJudgmentUntilTheWindowTheJudgeSetEndsItsLastDayIncluded() {
            fixture.given(twoConsentingMembers())
                    .andGiven(
                            new GroupActionBrought(
                                    CAMPAIGN,
                                    1,
                                    "TJ Paris",
                                    LocalDate.of(2027, 1, 5),
                                    null,
                                    "Action",
                                    "AGR-2022",
                                    List.of(CAMILLE, YANN)),
                            new JudgmentDelivered(CAMPAIGN, LocalDate.of(2027, 2, 1), "Responsabilité retenue", TODAY))
                    .when(new JoinCampaign(CAMPAIGN, new CaseId("RC-9J4P-3YZF"), PARIS, COMPANY_ID, false), SUPERVISOR)
                    .expectEvents(new CaseJoinedCampaign(CAMPAIGN, new CaseId("RC-9J4P-3YZF"), PARIS, TODAY));
        }

        @Test
        void noConsumerJoinsAfterTheWindowTheJudgeSet() {
            fixture.given(twoConsentingMembers())
                    .andGiven(
                            new GroupActionBrought(
                                    CAMPAIGN,
                                    1,
                                    "TJ Paris",
                                    LocalDate.of(2027, 1, 5),
                                    null,
                                    "Action",
                                    "AGR-2022",
                                    List.of(CAMILLE, YANN)),
                            new JudgmentDelivered(
                                    CAMPAIGN, LocalDate.of(2027, 2, 1), "Responsabilité retenue", TODAY.minusDays(1)))
                    .when(new JoinCampaign(CAMPAIGN, new CaseId("RC-9J4P-3YZF"), PARIS, COMPANY_ID, false), SUPERVISOR)
                    .expectException(CampaignStepRefused.class)
                    .expectExceptionMessage("La période d'adhésion a pris fin le 14 mars 2027.");
        }

        @Test
        void aJudgmentNeedsACourtAction() {
            fixture.given(twoConsentingMembers())
                    .when(new RecordJudgment(CAMPAIGN, TODAY, "Responsabilité retenue", null), SUPERVISOR)
                    .expectException(CampaignStepRefused.class);
        }

        @Test
        void aClosedCampaignTakesNoMoreSteps() {
            fixture.given(twoConsentingMembers())
                    .andGiven(new CampaignClosed(CAMPAIGN, "Transaction", TODAY))
                    .when(new SendCollectiveFormalNotice(CAMPAIGN, TODAY, SendingMethod.EMAIL, null), SUPERVISOR)
                    .expectException(CampaignStepRefused.class)
                    .expectExceptionMessage(CampaignRule.CAMPAIGN_CLOSED.explanation());
        }

        @Test
        void aSupervisorClosesTheCampaign() {
            fixture.given(twoConsentingMembers())
                    .when(new CloseCampaign(CAMPAIGN, "Transaction conclue"), SUPERVISOR)
                    .expectEvents(new CampaignClosed(CAMPAIGN, "Transaction conclue", TODAY));
        }
    }
}
