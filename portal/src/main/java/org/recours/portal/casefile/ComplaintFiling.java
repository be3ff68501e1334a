package org.recours.portal.casefile;

import java.security.Principal;
import java.util.random.RandomGenerator;
import java.security.SecureRandom;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.ConsumerId;
import org.recours.kernel.casefile.FileComplaint;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.Money;
import org.recours.kernel.casefile.Require;
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

    ComplaintFiling(CompanyDirectory companies, PersonalDataVault vault, CaseSteps steps, Branches branches) {
        this.companies = companies;
        this.vault = vault;
        this.steps = steps;
        this.branches = branches;
    }

    StepRecorded file(CaseRequests.FileComplaint request, Principal principal) {
        var consumerRequest = Require.present("consumer", request.consumer());
        var consumer = new ConsumerDetails(consumerRequest.fullName(), consumerRequest.email(),
                consumerRequest.phone(), consumerRequest.postalAddress(),
                Boolean.TRUE.equals(consumerRequest.agreedToReminders()));
        return file(CaseId.generate(random), consumer, request.companyId(), request.category(), request.facts(),
                request.amountAtStake(), request.desiredOutcome(), request.branch(), principal);
    }

    /**
     * Files a complaint under a reference chosen beforehand: a consumer's submission keeps the reference its emails
     * gave it (the intake, issue 18).
     */
    public StepRecorded file(CaseId caseId, ConsumerDetails consumer, String companyIdSent,
                             org.recours.kernel.casefile.Category category, String facts,
                             java.math.BigDecimal amountAtStake, String desiredOutcome, String branch,
                             Principal principal) {
        var companyId = Require.text("companyId", companyIdSent, 100);
        var company = companies.find(companyId).orElseThrow(() -> new InvalidCaseData("companyId",
                "Entreprise inconnue « " + companyId + " » : choisissez-en une de l'annuaire (GET /api/companies)."));
        var consumerId = ConsumerId.generate();
        var command = new FileComplaint(caseId, consumerId, company, category, facts, new Money(amountAtStake),
                desiredOutcome, new BranchId(branch));
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
        return new StepRecorded(command.caseId().value(), 0);
    }
}
