package org.recours.portal.campaign;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.recours.kernel.campaign.CampaignId;
import org.recours.kernel.campaign.CampaignStepRefused;
import org.recours.kernel.campaign.JoinCampaign;
import org.recours.kernel.campaign.OpenCampaign;
import org.recours.kernel.campaign.RecordConsentToJoin;
import org.recours.kernel.campaign.WithdrawConsentToJoin;
import org.recours.kernel.campaign.query.CampaignFigures;
import org.recours.kernel.campaign.query.CampaignFile;
import org.recours.kernel.campaign.query.CampaignMember;
import org.recours.kernel.campaign.query.CampaignSummary;
import org.recours.kernel.campaign.query.FindCampaign;
import org.recours.kernel.campaign.query.FindCampaignFigures;
import org.recours.kernel.campaign.query.FindCampaignMember;
import org.recours.kernel.campaign.query.FindCampaignMemberPage;
import org.recours.kernel.campaign.query.FindCampaignMembers;
import org.recours.kernel.campaign.query.FindCampaigns;
import org.recours.kernel.campaign.query.FindSimilarCases;
import org.recours.kernel.campaign.query.SimilarCase;
import org.recours.kernel.casefile.CaseOutOfReach;
import org.recours.kernel.casefile.ConsumerId;
import org.recours.kernel.casefile.ContactChannel;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.RefusalText;
import org.recours.kernel.casefile.query.CaseStatus;
import org.recours.kernel.consumer.PersonalDataVault;
import org.recours.portal.casefile.CaseAccess;
import org.recours.portal.casefile.CaseNotFound;
import org.recours.portal.casefile.CaseSteps;
import org.recours.portal.staff.CurrentStaff;
import org.springframework.stereotype.Component;

/**
 * What the campaign API and pages share: campaigns read through the query side, intents sent as commands signed with
 * who acts. Staff see every member of a campaign but the consumers' names of their own branch only.
 */
@Component
class Campaigns {

    /** The campaign's members as the acting staff member may see them, with the figures of the page. */
    record Overview(
            CampaignFile campaign,
            List<MemberView> members,
            Map<CaseStatus, Integer> perStage,
            BigDecimal totalClaimed,
            int exportable,
            List<Deadline> deadlines,
            int page,
            int pages,
            int memberCount) {}

    /**
     * A date coming: a member case's next legal date ({@code kind} as the case list names it: RESPONSE_DUE,
     * MEDIATION_TIME_LIMIT, MEDIATOR_CONCLUSION), or the end of the joining window after a judgment
     * ({@link #JOINING_WINDOW}, without member).
     */
    record Deadline(LocalDate on, String kind, String pseudonym, String caseId) {}

    static final String JOINING_WINDOW = "JOINING_WINDOW_ENDS";
    /** Members per page of the campaign page and API; a caller may ask up to {@link #MAX_PAGE_SIZE}. */
    static final int PAGE_SIZE = 100;

    static final int MAX_PAGE_SIZE = 500;
    /** The coming dates shown, the nearest first. */
    static final int DEADLINES_SHOWN = 20;

    /**
     * A member; {@code consumerName} is null when erased or of another branch than the staff member's; {@code missing}
     * names the checklist's items still missing (consent included); {@code reachable}: the staff member may act on it.
     */
    record MemberView(
            CampaignMember member,
            String consumerName,
            LocalDate consentGivenOn,
            ContactChannel consentChannel,
            LocalDate consentWithdrawnOn,
            List<String> missing,
            boolean reachable) {}

    /** The outcome of adding one case: {@code refusal} is null when it joined, {@code version} then the campaign's. */
    record Added(String caseId, String refusal, long version) {}

    /** How long a page waits for the read model to show what was just recorded: 50 × 100 ms at most. */
    private static final int READ_MODEL_WAITS = 50;

    private final QueryGateway queries;
    private final CaseSteps commands;
    private final CaseAccess cases;
    private final CurrentStaff staff;
    private final PersonalDataVault vault;
    private final ConsentRegister consents;
    private final Clock clock;
    private final RandomGenerator random = new java.security.SecureRandom();

    Campaigns(
            QueryGateway queries,
            CaseSteps commands,
            CaseAccess cases,
            CurrentStaff staff,
            PersonalDataVault vault,
            ConsentRegister consents,
            Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.cases = cases;
        this.staff = staff;
        this.vault = vault;
        this.consents = consents;
        this.clock = clock;
    }

    List<CampaignSummary> list() {
        return queries.query(new FindCampaigns(), ResponseTypes.multipleInstancesOf(CampaignSummary.class))
                .join();
    }

    CampaignFile get(String campaignId) {
        var id = existing(campaignId);
        return queries.query(new FindCampaign(id), ResponseTypes.optionalInstanceOf(CampaignFile.class))
                .join()
                .orElseThrow(() -> new CampaignNotFound(campaignId));
    }

    CampaignId open(CampaignRequests.Open body, Principal principal) {
        var id = CampaignId.generate(random);
        commands.send(
                new OpenCampaign(
                        id,
                        body.title(),
                        body.companyId(),
                        body.targetedEntity(),
                        body.ground(),
                        body.breach(),
                        body.periodFrom(),
                        body.periodTo(),
                        body.eligibility(),
                        body.legalGrounds()),
                principal);
        return id;
    }

    /** Sends an intent on an existing campaign; answers its new version. */
    long send(String campaignId, java.util.function.Function<CampaignId, Object> command, Principal principal) {
        var message = command.apply(existing(campaignId));
        try {
            return commands.<Long>send(message, principal);
        } catch (AggregateNotFoundException e) {
            throw new CampaignNotFound(campaignId);
        }
    }

    /** Adds cases in one action; each is checked on its own, and one refused does not stop the others. */
    List<Added> add(String campaignId, List<String> caseIds, Principal principal) {
        var id = existing(campaignId);
        if (caseIds == null || caseIds.isEmpty()) {
            throw new InvalidCaseData("caseIds", RefusalText.of("check.campaign-cases"));
        }
        var added = new ArrayList<Added>();
        for (var caseId : caseIds) {
            try {
                var file = cases.visible(caseId, principal);
                long version = send(
                        campaignId,
                        campaign -> new JoinCampaign(
                                campaign,
                                file.caseId(),
                                file.branch(),
                                file.company().companyId(),
                                file.status() == CaseStatus.CLOSED),
                        principal);
                added.add(new Added(file.caseId().value(), null, version));
            } catch (CampaignStepRefused | CaseNotFound | CaseOutOfReach refused) {
                added.add(new Added(caseId, refused.getMessage(), -1));
            }
        }
        return added;
    }

    long consent(String campaignId, String caseId, LocalDate givenOn, ContactChannel channel, Principal principal) {
        var member = CaseSteps.existingCaseId(caseId);
        var id = existing(campaignId);
        org.recours.kernel.casefile.Require.notAfter("givenOn", givenOn, LocalDate.now(clock));
        org.recours.kernel.casefile.Require.present("channel", channel);
        var consentId = consents.store(id, member, givenOn, channel);
        try {
            return send(campaignId, campaign -> new RecordConsentToJoin(campaign, member, consentId), principal);
        } catch (RuntimeException refused) {
            consents.forget(consentId);
            throw refused;
        }
    }

    long withdraw(String campaignId, String caseId, LocalDate withdrawnOn, Principal principal) {
        var member = CaseSteps.existingCaseId(caseId);
        var on = withdrawnOn == null ? LocalDate.now(clock) : withdrawnOn;
        org.recours.kernel.casefile.Require.notAfter("withdrawnOn", on, LocalDate.now(clock));
        long version = send(campaignId, campaign -> new WithdrawConsentToJoin(campaign, member), principal);
        consents.withdrawn(existing(campaignId), member, on);
        return version;
    }

    Overview overview(String campaignId, Principal principal) {
        return overview(campaignId, principal, -1, 1, PAGE_SIZE);
    }

    /**
     * Right after a step, a page waits (briefly) for the read model to show the campaign at {@code version} at least,
     * so that staff see what they just recorded; past the wait it shows what is there. The figures and deadlines
     * cover every member, counted by the database; only the members of page {@code page} (from 1, {@code size} a
     * page) are read, into {@link Overview#members()}, their consumers' names and consents in one query each.
     */
    Overview overview(String campaignId, Principal principal, long version, int page, int size) {
        var campaign = atLeast(campaignId, version);
        var me = staff.of(principal);
        var pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        var today = LocalDate.now(clock);
        var figures = queries.query(
                        new FindCampaignFigures(campaign.campaignId(), today, DEADLINES_SHOWN),
                        ResponseTypes.instanceOf(CampaignFigures.class))
                .join();
        var pages = Math.max(1, (figures.members() + pageSize - 1) / pageSize);
        var shown = Math.max(1, Math.min(page, pages));
        var slice = queries.query(
                        new FindCampaignMemberPage(campaign.campaignId(), (shown - 1) * pageSize, pageSize),
                        ResponseTypes.multipleInstancesOf(CampaignMember.class))
                .join();
        var deadlines = new ArrayList<Deadline>();
        if (campaign.joiningWindowEndsOn() != null
                && !campaign.joiningWindowEndsOn().isBefore(today)) {
            deadlines.add(new Deadline(campaign.joiningWindowEndsOn(), JOINING_WINDOW, null, null));
        }
        figures.coming()
                .forEach(date -> deadlines.add(new Deadline(date.on(), date.kind(), date.pseudonym(), date.caseId())));
        deadlines.sort(java.util.Comparator.comparing(Deadline::on)
                .thenComparing(deadline -> deadline.pseudonym() == null ? "" : deadline.pseudonym()));
        return new Overview(
                campaign,
                views(slice, me),
                figures.perStage(),
                figures.totalClaimed(),
                figures.exportable(),
                List.copyOf(deadlines.subList(0, Math.min(deadlines.size(), DEADLINES_SHOWN))),
                shown,
                pages,
                figures.members());
    }

    /** One member as the staff member may see it; empty when it is not a current member. */
    java.util.Optional<MemberView> member(String campaignId, String caseId, Principal principal, long version) {
        var campaign = atLeast(campaignId, version);
        return queries.query(
                        new FindCampaignMember(campaign.campaignId(), CaseSteps.existingCaseId(caseId)),
                        ResponseTypes.optionalInstanceOf(CampaignMember.class))
                .join()
                .map(member -> views(List.of(member), staff.of(principal)).get(0));
    }

    CampaignFile file(String campaignId, long version) {
        return atLeast(campaignId, version);
    }

    /** The members' views: their consents in one query, the names the staff member may see in one more. */
    private List<MemberView> views(List<CampaignMember> members, org.recours.portal.staff.StaffPrincipal me) {
        var consentsById = consents.of(members.stream()
                .map(CampaignMember::consentId)
                .filter(java.util.Objects::nonNull)
                .toList());
        var names = vault.fullNames(members.stream()
                .filter(member -> me.reaches(member.branch()) && member.consumerId() != null)
                .map(member -> new ConsumerId(member.consumerId()))
                .toList());
        var views = new ArrayList<MemberView>();
        for (var member : members) {
            var reachable = me.reaches(member.branch());
            var name = reachable && member.consumerId() != null ? names.get(new ConsumerId(member.consumerId())) : null;
            var consent = java.util.Optional.ofNullable(member.consentId()).map(consentsById::get);
            views.add(new MemberView(
                    member,
                    name,
                    consent.map(ConsentRegister.Consent::givenOn).orElse(null),
                    consent.map(ConsentRegister.Consent::channel).orElse(null),
                    consent.map(ConsentRegister.Consent::withdrawnOn).orElse(null),
                    member.missing(),
                    reachable));
        }
        return views;
    }

    private CampaignFile atLeast(String campaignId, long version) {
        var id = existing(campaignId);
        for (int attempt = 0; attempt < READ_MODEL_WAITS; attempt++) {
            var campaign = queries.query(new FindCampaign(id), ResponseTypes.optionalInstanceOf(CampaignFile.class))
                    .join();
            if (campaign.isPresent() && campaign.get().version() >= version) {
                return campaign.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return get(campaignId);
    }

    List<SimilarCase> suggestions(String campaignId, Principal principal, int limit) {
        var campaign = get(campaignId);
        return queries.query(
                        new FindSimilarCases(
                                campaign.campaignId(),
                                cases.branchFilter(principal, null),
                                Math.max(1, Math.min(limit, 1000))),
                        ResponseTypes.multipleInstancesOf(SimilarCase.class))
                .join();
    }

    List<CampaignMember> members(CampaignId campaignId, String branch) {
        return queries.query(
                        new FindCampaignMembers(campaignId, branch),
                        ResponseTypes.multipleInstancesOf(CampaignMember.class))
                .join();
    }

    static CampaignId existing(String campaignId) {
        try {
            return CampaignId.parse(campaignId);
        } catch (InvalidCaseData e) {
            throw new CampaignNotFound(campaignId);
        }
    }
}
