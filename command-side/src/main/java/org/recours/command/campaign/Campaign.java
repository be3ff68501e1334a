package org.recours.command.campaign;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.serialization.Revision;
import org.recours.kernel.campaign.BringGroupAction;
import org.recours.kernel.campaign.CampaignClosed;
import org.recours.kernel.campaign.CampaignId;
import org.recours.kernel.campaign.CampaignOpened;
import org.recours.kernel.campaign.CampaignRule;
import org.recours.kernel.campaign.CampaignStatus;
import org.recours.kernel.campaign.CampaignStepRefused;
import org.recours.kernel.campaign.CaseJoinedCampaign;
import org.recours.kernel.campaign.CaseLeftCampaign;
import org.recours.kernel.campaign.CloseCampaign;
import org.recours.kernel.campaign.CollectiveFormalNoticeSent;
import org.recours.kernel.campaign.CollectiveMediationRequested;
import org.recours.kernel.campaign.CollectiveStep;
import org.recours.kernel.campaign.ConsentToJoinRecorded;
import org.recours.kernel.campaign.ConsentToJoinWithdrawn;
import org.recours.kernel.campaign.GroupActionBrought;
import org.recours.kernel.campaign.GroupActionStanding;
import org.recours.kernel.campaign.GroupActionStandingRecorded;
import org.recours.kernel.campaign.JoinCampaign;
import org.recours.kernel.campaign.JudgmentDelivered;
import org.recours.kernel.campaign.LeaveCampaign;
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
import org.recours.kernel.casefile.CaseOutOfReach;
import org.recours.kernel.casefile.RefusalText;
import org.recours.kernel.casefile.Require;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.casefile.StaffRole;

/**
 * Similar complaints against one company grouped into one collective file, up to a group action. Supervisors open
 * and run it; staff add their branch's cases and record their members' facts and consent. A step taken together
 * ({@link CollectiveStep}) names the members whose consent stands; an automation records it on each of their cases.
 *
 * <p>Loaded from a snapshot (its fields as JSON) once it has many events: change the revision whenever the fields
 * (here or in {@link Members}) change, and older snapshots are ignored.
 */
@Revision("1")
public class Campaign {

    @AggregateIdentifier
    private CampaignId campaignId;

    private String companyId;
    private String targetedEntity;
    private CampaignStatus status;
    private GroupActionStanding standing;
    private LocalDate joiningWindowEndsOn;
    private int collectiveSteps;
    private final Members members = new Members();

    protected Campaign() {
        // for Axon, which rebuilds the campaign from its events
    }

    @CommandHandler
    public Campaign(
            OpenCampaign command,
            @MetaDataValue(ActorMetaData.STAFF_MEMBER) String staffMember,
            @MetaDataValue(ActorMetaData.STAFF_ROLE) String role,
            Clock clock) {
        requireSupervisor(role);
        apply(new CampaignOpened(
                command.campaignId(),
                command.title(),
                command.companyId(),
                command.targetedEntity(),
                command.ground(),
                command.breach(),
                command.periodFrom(),
                command.periodTo(),
                command.eligibility(),
                command.legalGrounds(),
                new StaffMemberId(staffMember),
                LocalDate.now(clock)));
    }

    @CommandHandler
    public long handle(
            RecordGroupActionStanding command, @MetaDataValue(ActorMetaData.STAFF_ROLE) String role, Clock clock) {
        requireSupervisor(role);
        requireNotClosed();
        var standing = command.standing();
        Require.notAfter("approvedOn", standing.approvedOn(), LocalDate.now(clock));
        return record(new GroupActionStandingRecorded(
                campaignId, standing.approvalNumber(), standing.approvedOn(), standing.validUntil()));
    }

    @CommandHandler
    public long handle(
            JoinCampaign command,
            @MetaDataValue(ActorMetaData.STAFF_ROLE) String role,
            @MetaDataValue(ActorMetaData.STAFF_BRANCH) String staffBranch,
            Clock clock) {
        requireNotClosed();
        if (isStaff(role) && !command.branch().value().equals(staffBranch)) {
            throw new CaseOutOfReach(command.caseId());
        }
        if (command.caseClosed()) {
            throw CampaignStepRefused.of(CampaignRule.CLOSED_CASE_CANNOT_JOIN, "closed", command.caseId());
        }
        if (!command.companyId().equals(companyId)) {
            throw CampaignStepRefused.of(CampaignRule.OTHER_COMPANY, "case", command.caseId(), companyId);
        }
        if (members.contains(command.caseId())) {
            throw CampaignStepRefused.of(CampaignRule.ALREADY_A_MEMBER, "case", command.caseId());
        }
        var today = LocalDate.now(clock);
        if (status == CampaignStatus.JUDGMENT && (joiningWindowEndsOn == null || today.isAfter(joiningWindowEndsOn))) {
            throw joiningWindowEndsOn == null
                    ? new CampaignStepRefused(CampaignRule.JOINING_WINDOW_CLOSED)
                    : CampaignStepRefused.of(CampaignRule.JOINING_WINDOW_CLOSED, "ended-on", joiningWindowEndsOn);
        }
        return record(new CaseJoinedCampaign(campaignId, command.caseId(), command.branch(), today));
    }

    @CommandHandler
    public long handle(
            LeaveCampaign command,
            @MetaDataValue(ActorMetaData.STAFF_ROLE) String role,
            @MetaDataValue(ActorMetaData.STAFF_BRANCH) String staffBranch,
            Clock clock) {
        requireNotClosed();
        requireReach(command.caseId(), role, staffBranch);
        return record(new CaseLeftCampaign(campaignId, command.caseId(), command.reason(), LocalDate.now(clock)));
    }

    @CommandHandler
    public long handle(
            RecordMemberFacts command,
            @MetaDataValue(ActorMetaData.STAFF_ROLE) String role,
            @MetaDataValue(ActorMetaData.STAFF_BRANCH) String staffBranch,
            Clock clock) {
        requireNotClosed();
        requireReach(command.caseId(), role, staffBranch);
        if (command.facts().subscribedOn() != null) {
            Require.notAfter("subscribedOn", command.facts().subscribedOn(), LocalDate.now(clock));
        }
        return record(new MemberFactsRecorded(campaignId, command.caseId(), command.facts()));
    }

    @CommandHandler
    public long handle(
            RecordConsentToJoin command,
            @MetaDataValue(ActorMetaData.STAFF_ROLE) String role,
            @MetaDataValue(ActorMetaData.STAFF_BRANCH) String staffBranch) {
        requireNotClosed();
        requireReach(command.caseId(), role, staffBranch);
        return record(new ConsentToJoinRecorded(campaignId, command.caseId(), command.consentId()));
    }

    /** Allowed even on a closed campaign: a consumer may always withdraw. */
    @CommandHandler
    public long handle(
            WithdrawConsentToJoin command,
            @MetaDataValue(ActorMetaData.STAFF_ROLE) String role,
            @MetaDataValue(ActorMetaData.STAFF_BRANCH) String staffBranch) {
        var member = requireReach(command.caseId(), role, staffBranch);
        if (member.consent() == null) {
            throw CampaignStepRefused.of(CampaignRule.NO_CONSENT, "nothing-to-withdraw", command.caseId());
        }
        return record(new ConsentToJoinWithdrawn(campaignId, command.caseId(), member.consent()));
    }

    @CommandHandler
    public long handle(
            SendCollectiveFormalNotice command, @MetaDataValue(ActorMetaData.STAFF_ROLE) String role, Clock clock) {
        requireCollectiveStep(role);
        Require.notAfter("sentOn", command.sentOn(), LocalDate.now(clock));
        if (status.compareTo(CampaignStatus.FORMAL_NOTICE_SENT) > 0) {
            throw CampaignStepRefused.of(CampaignRule.DATE_OUT_OF_ORDER, "formal-notice", status);
        }
        if (command.method().isTracked() && command.trackingNumber() == null) {
            throw new org.recours.kernel.casefile.InvalidCaseData(
                    "trackingNumber",
                    RefusalText.rule(
                            org.recours.kernel.casefile.CaseRule.TRACKING_NUMBER_REQUIRED, "method", command.method()));
        }
        return record(new CollectiveFormalNoticeSent(
                campaignId,
                collectiveSteps + 1,
                targetedEntity,
                command.sentOn(),
                command.method(),
                command.method().isTracked() ? command.trackingNumber() : null,
                consentingMembers()));
    }

    @CommandHandler
    public long handle(
            RequestCollectiveMediation command, @MetaDataValue(ActorMetaData.STAFF_ROLE) String role, Clock clock) {
        requireCollectiveStep(role);
        Require.notAfter("requestedOn", command.requestedOn(), LocalDate.now(clock));
        if (status.compareTo(CampaignStatus.IN_COURT) >= 0) {
            throw new CampaignStepRefused(CampaignRule.ALREADY_IN_COURT);
        }
        return record(new CollectiveMediationRequested(
                campaignId,
                collectiveSteps + 1,
                command.mediator(),
                command.requestedOn(),
                command.reference(),
                consentingMembers()));
    }

    @CommandHandler
    public long handle(BringGroupAction command, @MetaDataValue(ActorMetaData.STAFF_ROLE) String role, Clock clock) {
        requireCollectiveStep(role);
        Require.notAfter("filedOn", command.filedOn(), LocalDate.now(clock));
        if (standing == null || !standing.validOn(command.filedOn())) {
            throw standing == null
                    ? CampaignStepRefused.of(CampaignRule.GROUP_ACTION_STANDING_REQUIRED, "record-first")
                    : CampaignStepRefused.of(
                            CampaignRule.GROUP_ACTION_STANDING_REQUIRED,
                            "not-valid",
                            standing.approvalNumber(),
                            command.filedOn(),
                            standing.approvedOn(),
                            standing.validUntil());
        }
        return record(new GroupActionBrought(
                campaignId,
                collectiveSteps + 1,
                command.court(),
                command.filedOn(),
                command.reference(),
                command.summary(),
                standing.approvalNumber(),
                consentingMembers()));
    }

    @CommandHandler
    public long handle(RecordJudgment command, @MetaDataValue(ActorMetaData.STAFF_ROLE) String role, Clock clock) {
        requireSupervisor(role);
        requireNotClosed();
        Require.notAfter("deliveredOn", command.deliveredOn(), LocalDate.now(clock));
        if (status != CampaignStatus.IN_COURT) {
            throw new CampaignStepRefused(CampaignRule.NOT_IN_COURT);
        }
        return record(new JudgmentDelivered(
                campaignId, command.deliveredOn(), command.summary(), command.joiningWindowEndsOn()));
    }

    @CommandHandler
    public long handle(CloseCampaign command, @MetaDataValue(ActorMetaData.STAFF_ROLE) String role, Clock clock) {
        requireSupervisor(role);
        requireNotClosed();
        return record(new CampaignClosed(campaignId, command.reason(), LocalDate.now(clock)));
    }

    @EventSourcingHandler
    void on(CampaignOpened event) {
        campaignId = event.campaignId();
        companyId = event.companyId();
        targetedEntity = event.targetedEntity();
        status = CampaignStatus.OPEN;
    }

    @EventSourcingHandler
    void on(GroupActionStandingRecorded event) {
        standing = new GroupActionStanding(event.approvalNumber(), event.approvedOn());
    }

    @EventSourcingHandler
    void on(CaseJoinedCampaign event) {
        members.join(event.caseId(), event.branch());
    }

    @EventSourcingHandler
    void on(CaseLeftCampaign event) {
        members.leave(event.caseId());
    }

    @EventSourcingHandler
    void on(ConsentToJoinRecorded event) {
        members.consent(event.caseId(), event.consentId());
    }

    @EventSourcingHandler
    void on(ConsentToJoinWithdrawn event) {
        members.consent(event.caseId(), null);
    }

    @EventSourcingHandler
    void on(CollectiveFormalNoticeSent event) {
        reached(event, CampaignStatus.FORMAL_NOTICE_SENT);
    }

    @EventSourcingHandler
    void on(CollectiveMediationRequested event) {
        reached(event, CampaignStatus.IN_MEDIATION);
    }

    @EventSourcingHandler
    void on(GroupActionBrought event) {
        reached(event, CampaignStatus.IN_COURT);
    }

    private void reached(CollectiveStep step, CampaignStatus stage) {
        collectiveSteps = step.stepNumber();
        if (stage.compareTo(status) > 0) {
            status = stage;
        }
    }

    @EventSourcingHandler
    void on(JudgmentDelivered event) {
        status = CampaignStatus.JUDGMENT;
        joiningWindowEndsOn = event.joiningWindowEndsOn();
    }

    @EventSourcingHandler
    void on(CampaignClosed event) {
        status = CampaignStatus.CLOSED;
    }

    private java.util.List<org.recours.kernel.casefile.CaseId> consentingMembers() {
        var consenting = members.consenting();
        if (consenting.isEmpty()) {
            throw CampaignStepRefused.of(CampaignRule.NO_MEMBERS, "no-consent");
        }
        return consenting;
    }

    private void requireCollectiveStep(String role) {
        requireSupervisor(role);
        requireNotClosed();
    }

    private void requireNotClosed() {
        if (status == CampaignStatus.CLOSED) {
            throw new CampaignStepRefused(CampaignRule.CAMPAIGN_CLOSED);
        }
    }

    private Members.Member requireReach(org.recours.kernel.casefile.CaseId caseId, String role, String staffBranch) {
        var member = members.require(caseId);
        if (isStaff(role) && !member.branch().value().equals(staffBranch)) {
            throw new CaseOutOfReach(caseId);
        }
        return member;
    }

    private static boolean isStaff(String role) {
        return role == null || StaffRole.STAFF.name().equals(role);
    }

    private static void requireSupervisor(String role) {
        if (isStaff(role)) {
            throw new CampaignStepRefused(CampaignRule.SUPERVISOR_REQUIRED);
        }
    }

    private static long record(Object event) {
        apply(event);
        return AggregateLifecycle.getVersion();
    }
}
