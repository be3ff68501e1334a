package org.recours.portal.casefile;

import java.security.Principal;
import java.security.SecureRandom;
import java.util.random.RandomGenerator;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.ConsumerId;
import org.recours.kernel.casefile.FileComplaint;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.Money;
import org.recours.kernel.casefile.RefusalText;
import org.recours.kernel.casefile.Require;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.consumer.ConsumerDetails;
import org.recours.kernel.consumer.PersonalDataVault;
import org.recours.portal.branch.Branches;
import org.recours.portal.company.CompanyDirectory;
import org.springframework.stereotype.Service;

/**
 * Files a complaint: the consumer's personal data goes to the vault, the complaint itself to the event store with
 * only the consumer's id, into an existing, active branch ({@link Branches#admitCase}). If the complaint cannot be
 * recorded the personal data and the branch's record of the case are taken back.
 */
@Service
public class ComplaintFiling {

    private final CompanyDirectory companies;
    private final PersonalDataVault vault;
    private final CaseSteps steps;
    private final Branches branches;
    private final RandomGenerator random = new SecureRandom();

    private final org.recours.portal.handler.CaseHandlers handlers;

    ComplaintFiling(
            CompanyDirectory companies,
            PersonalDataVault vault,
            CaseSteps steps,
            Branches branches,
            org.recours.portal.handler.CaseHandlers handlers) {
        this.handlers = handlers;
        this.companies = companies;
        this.vault = vault;
        this.steps = steps;
        this.branches = branches;
    }

    StepRecorded file(CaseRequests.FileComplaint request, Principal principal) {
        var consumerRequest = Require.present("consumer", request.consumer());
        var consumer = new ConsumerDetails(
                consumerRequest.fullName(),
                consumerRequest.email(),
                consumerRequest.phone(),
                consumerRequest.postalAddress(),
                Boolean.TRUE.equals(consumerRequest.agreedToReminders()));
        return file(
                CaseId.generate(random),
                consumer,
                request.companyId(),
                request.category(),
                request.facts(),
                request.amountAtStake(),
                request.desiredOutcome(),
                request.branch(),
                request.handler(),
                request.factsKnownOn(),
                principal);
    }

    /**
     * Files a complaint under a reference chosen beforehand: a consumer's submission keeps the reference its emails
     * gave it (the intake, issue 18). {@code handler} (a login) and {@code factsKnownOn} may be null: its filer
     * handles it, and the day the consumer knew the facts is asked for later.
     */
    public StepRecorded file(
            CaseId caseId,
            ConsumerDetails consumer,
            String companyIdSent,
            org.recours.kernel.casefile.Category category,
            String facts,
            java.math.BigDecimal amountAtStake,
            String desiredOutcome,
            String branch,
            String handler,
            java.time.LocalDate factsKnownOn,
            Principal principal) {
        var companyId = Require.text("companyId", companyIdSent, 100);
        var company = companies
                .find(companyId)
                .orElseThrow(
                        () -> new InvalidCaseData("companyId", RefusalText.of("check.company-unknown", companyId)));
        var consumerId = ConsumerId.generate();
        var branchId = new BranchId(branch);
        var command = new FileComplaint(
                caseId,
                consumerId,
                company,
                category,
                facts,
                new Money(amountAtStake),
                desiredOutcome,
                branchId,
                handler(handler, branchId),
                factsKnownOn);
        branches.admitCase(command.caseId(), command.branch());
        try {
            vault.store(consumerId, consumer);
        } catch (RuntimeException e) {
            branches.forgetCase(command.caseId());
            throw e;
        }
        try {
            steps.send(command, principal);
        } catch (RuntimeException e) {
            vault.erase(consumerId);
            branches.forgetCase(command.caseId());
            throw e;
        }
        // the filing is entry 0, then the hand-over to another handler and the day the facts were known, when given
        var assigned = command.handler() != null && !command.handler().value().equals(principal.getName());
        return new StepRecorded(
                command.caseId().value(), (assigned ? 1 : 0) + (command.factsKnownOn() == null ? 0 : 1));
    }

    /** A chosen handler is an enabled account that reaches the case's branch (null: whoever files it). */
    private StaffMemberId handler(String login, BranchId branch) {
        if (login == null || login.isBlank()) {
            return null;
        }
        return handlers.candidates(branch).stream()
                .filter(account -> account.login().equals(login.strip()))
                .findFirst()
                .map(account -> new StaffMemberId(account.login()))
                .orElseThrow(() -> new InvalidCaseData(
                        "handler", RefusalText.of("check.handler-candidate", login.strip(), branch.value())));
    }
}
