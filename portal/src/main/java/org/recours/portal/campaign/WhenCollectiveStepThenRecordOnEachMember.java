package org.recours.portal.campaign;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.recours.kernel.campaign.CollectiveFormalNoticeSent;
import org.recours.kernel.campaign.CollectiveMediationRequested;
import org.recours.kernel.campaign.CollectiveStep;
import org.recours.kernel.campaign.GroupActionBrought;
import org.recours.kernel.casefile.ActorMetaData;
import org.recours.kernel.casefile.AddNote;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.CourtClaim;
import org.recours.kernel.casefile.FrenchDate;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.RecordCourtAction;
import org.recours.kernel.casefile.RecordLetterSent;
import org.recours.kernel.casefile.RequestMediation;
import org.recours.kernel.casefile.StaffRole;
import org.recours.kernel.casefile.StepRefused;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When a step is taken for a campaign's members together, then record it on each member's case through the case's
 * own commands, so that each case stays complete evidence on its own: the collective formal notice as a letter sent,
 * the collective mediation as a mediation requested, the group action as a court action. A step a case's rules
 * refuse (a mediation before its response window ends) becomes a note on the case naming the campaign's step and the
 * refusal; a closed case takes nothing and the ledger says so.
 *
 * <p>Its own processing group; never replayed; each (step, case) handled once whatever the redeliveries: the case's
 * command and the ledger row ({@code campaign_step_on_case}) commit in one transaction of their own, on a thread of
 * their own. Sent from the event processor's thread, a command would join the processor's unit of work and its
 * transaction, and a refused one (a closed case) would mark that transaction rollback-only and stop the processor.
 */
@ProcessingGroup(WhenCollectiveStepThenRecordOnEachMember.PROCESSING_GROUP)
@DisallowReplay
public class WhenCollectiveStepThenRecordOnEachMember {

    public static final String PROCESSING_GROUP = "campaign-steps-on-cases";

    /** How a collective step landed on a member's case. */
    enum Outcome {
        /** recorded as the case's own step (letter, mediation, court action) */
        RECORDED,
        /** the case's rules refused the step as such: recorded as a note naming the step and the refusal */
        NOTED,
        /** the case took neither (closed): only the ledger says so */
        REFUSED
    }

    private final CommandGateway commands;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        var worker = new Thread(task, "campaign-steps-on-cases");
        worker.setDaemon(true);
        return worker;
    });

    WhenCollectiveStepThenRecordOnEachMember(
            CommandGateway commands, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.commands = commands;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventHandler
    void on(
            CollectiveFormalNoticeSent step,
            @MetaDataValue(ActorMetaData.STAFF_MEMBER) String actor,
            @MetaDataValue(ActorMetaData.STAFF_BRANCH) String branch) {
        each(
                step,
                actor,
                branch,
                "mise en demeure collective envoyée le " + FrenchDate.of(step.sentOn()) + " à " + step.addressee(),
                caseId -> new RecordLetterSent(
                        caseId, null, step.addressee(), step.sentOn(), step.method(), step.trackingNumber()));
    }

    @EventHandler
    void on(
            CollectiveMediationRequested step,
            @MetaDataValue(ActorMetaData.STAFF_MEMBER) String actor,
            @MetaDataValue(ActorMetaData.STAFF_BRANCH) String branch) {
        each(
                step,
                actor,
                branch,
                "médiation collective demandée le " + FrenchDate.of(step.requestedOn()) + " auprès de "
                        + step.mediator(),
                caseId -> new RequestMediation(
                        caseId, null, step.mediator(), step.requestedOn(), step.reference(), null));
    }

    @EventHandler
    void on(
            GroupActionBrought step,
            @MetaDataValue(ActorMetaData.STAFF_MEMBER) String actor,
            @MetaDataValue(ActorMetaData.STAFF_BRANCH) String branch) {
        each(
                step,
                actor,
                branch,
                "action de groupe introduite le " + FrenchDate.of(step.filedOn()) + " devant " + step.court(),
                caseId -> new RecordCourtAction(
                        caseId,
                        null,
                        step.court(),
                        step.filedOn(),
                        step.reference(),
                        "Action de groupe de la campagne " + step.campaignId() + " (agrément n° "
                                + step.approvalNumber() + ") : " + step.summary(),
                        // a group action first asks for a judgment on the company's liability, not for a member's sum
                        CourtClaim.notASum()));
    }

    private void each(
            CollectiveStep step, String actor, String branch, String described, Function<CaseId, Object> command) {
        var metaData = actor(actor, branch);
        for (var caseId : step.members()) {
            try {
                thread.submit(() -> land(step, caseId, described, command.apply(caseId), metaData))
                        .get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while recording " + step + " on " + caseId, e);
            }
        }
    }

    /** On the automation's own thread: the case's command and the ledger row, in one transaction. */
    private void land(
            CollectiveStep step, CaseId caseId, String described, Object command, Map<String, Object> metaData) {
        if (done(step, caseId)) {
            return;
        }
        try {
            ownTransaction.executeWithoutResult(status -> {
                send(command, metaData);
                record(step, caseId, Outcome.RECORDED, null);
            });
            return;
        } catch (StepRefused | InvalidCaseData refused) {
            var note = "Campagne " + step.campaignId() + " : " + described + ", pour "
                    + step.members().size() + " membre(s) dont ce dossier ; non enregistrée comme étape du dossier : "
                    + refused.getMessage();
            try {
                ownTransaction.executeWithoutResult(status -> {
                    send(
                            new AddNote(caseId, null, note.length() > 10_000 ? note.substring(0, 10_000) : note),
                            metaData);
                    record(step, caseId, Outcome.NOTED, refused.getMessage());
                });
                return;
            } catch (StepRefused closed) {
                ownTransaction.executeWithoutResult(
                        status -> record(step, caseId, Outcome.REFUSED, closed.getMessage()));
            }
        }
    }

    private boolean done(CollectiveStep step, CaseId caseId) {
        return !jdbc.queryForList(
                        "SELECT outcome FROM campaign_step_on_case WHERE campaign_id = ? AND step_number = ? "
                                + "AND case_id = ?",
                        String.class,
                        step.campaignId().value(),
                        step.stepNumber(),
                        caseId.value())
                .isEmpty();
    }

    private void record(CollectiveStep step, CaseId caseId, Outcome outcome, String detail) {
        jdbc.update(
                "INSERT INTO campaign_step_on_case (campaign_id, step_number, case_id, outcome, detail) "
                        + "VALUES (?, ?, ?, ?, ?)",
                step.campaignId().value(),
                step.stepNumber(),
                caseId.value(),
                outcome.name(),
                detail);
    }

    /** The case's step is the act of whoever recorded the campaign's, with a supervisor's reach (every branch). */
    private static Map<String, Object> actor(String actor, String branch) {
        var metaData = new HashMap<String, Object>();
        metaData.put(ActorMetaData.STAFF_MEMBER, actor);
        metaData.put(ActorMetaData.STAFF_ROLE, StaffRole.SUPERVISOR.name());
        metaData.put(ActorMetaData.STAFF_BRANCH, branch);
        return metaData;
    }

    private void send(Object command, Map<String, Object> metaData) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }
}
