package org.recours.portal.intake;

import java.security.Principal;
import java.time.Clock;
import org.recours.kernel.casefile.AddNote;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.Require;
import org.recours.kernel.consumer.ConsumerDetails;
import org.recours.portal.casefile.CaseSteps;
import org.recours.portal.casefile.ComplaintFiling;
import org.recours.portal.evidence.EvidenceIntake;
import org.recours.portal.staff.CurrentStaff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Staff decide on a confirmed submission of their branch (supervisors and administrators on any). Accepted, it
 * becomes a case filed by them under the reference its emails gave it: the consumer's details go to the vault, the
 * complaint to the events, their answers to the case's first note and their files, through the evidence intake
 * (type by content, size, and whatever else it checks), to the case's documents; the consumer gets their follow-up
 * link. Declined, the consumer gets the reason by email. Either way the submission then forgets its content.
 */
@Service
class IntakeDecisions {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeDecisions.class);

    private final Submissions submissions;
    private final ComplaintFiling filing;
    private final CaseSteps steps;
    private final EvidenceIntake evidence;
    private final FollowUpLinks links;
    private final IntakeMails mails;
    private final CurrentStaff staff;
    private final Clock clock;

    IntakeDecisions(
            Submissions submissions,
            ComplaintFiling filing,
            CaseSteps steps,
            EvidenceIntake evidence,
            FollowUpLinks links,
            IntakeMails mails,
            CurrentStaff staff,
            Clock clock) {
        this.submissions = submissions;
        this.filing = filing;
        this.steps = steps;
        this.evidence = evidence;
        this.links = links;
        this.mails = mails;
        this.staff = staff;
        this.clock = clock;
    }

    /** A submission waiting in the queue of someone who reaches its branch; otherwise unknown (404). */
    Submission waiting(String id, Principal principal) {
        var submission = visible(id, principal);
        if (submission.status() != Submission.Status.CONFIRMED) {
            throw new SubmissionAlreadyDecided(submission.id());
        }
        return submission;
    }

    Submission visible(String id, Principal principal) {
        var caseId = CaseSteps.existingCaseId(id);
        var member = staff.of(principal);
        return submissions
                .find(caseId)
                .filter(found -> found.status() != Submission.Status.UNCONFIRMED)
                .filter(found -> member.reaches(found.branch()))
                .orElseThrow(() -> new SubmissionNotFound(id));
    }

    /** The case a submission became, and its version once the consumer's answers and files are recorded. */
    record Accepted(CaseId caseId, long version) {}

    Accepted accept(String id, Principal principal) {
        var submission = waiting(id, principal);
        var member = staff.member(principal);
        if (!submissions.claim(submission.id(), Submission.Status.ACCEPTED, member, clock.instant())) {
            throw new SubmissionAlreadyDecided(submission.id());
        }
        var caseId = submission.id();
        try {
            var consumer = submission.consumer();
            filing.file(
                    caseId,
                    new ConsumerDetails(
                            consumer.fullName(), consumer.email(), consumer.phone(), consumer.postalAddress(), false),
                    submission.companyId(),
                    submission.category(),
                    submission.facts(),
                    submission.amount(),
                    submission.desiredOutcome(),
                    submission.branch(),
                    null,
                    null,
                    principal);
        } catch (RuntimeException refused) {
            submissions.release(caseId);
            throw refused;
        }
        long version = steps.<Long>send(
                new AddNote(caseId, null, submission.answers().asNote(submission.submittedAt())), principal);
        for (var document : submissions.documents(caseId)) {
            try {
                version = evidence.attach(
                                caseId,
                                null,
                                document.fileName(),
                                document.content(),
                                document.description(),
                                principal)
                        .version();
            } catch (RuntimeException refused) {
                // the case stands; a file the evidence intake refuses is named in a note rather than lost unsaid
                LOG.warn("a file of submission {} was refused as evidence: {}", caseId, refused.getMessage());
                version = steps.<Long>send(
                        new AddNote(
                                caseId,
                                null,
                                "Pièce du consommateur refusée comme preuve : « " + document.fileName() + " » ("
                                        + refused.getMessage() + ")"),
                        principal);
            }
        }
        var token = links.issue(caseId, member);
        mails.followUpLink(caseId, submission.consumer().email(), submission.language(), token, Tokens.hash(token));
        submissions.forgetContent(caseId, null);
        return new Accepted(caseId, version);
    }

    void decline(String id, String reasonTyped, Principal principal) {
        var submission = waiting(id, principal);
        var reason = Require.text("reason", reasonTyped, FollowUpLinks.REQUEST_LENGTH);
        if (!submissions.claim(submission.id(), Submission.Status.DECLINED, staff.member(principal), clock.instant())) {
            throw new SubmissionAlreadyDecided(submission.id());
        }
        mails.declined(submission.id(), submission.consumer().email(), submission.language(), reason);
        submissions.forgetContent(submission.id(), reason);
    }

    /** No submission of that reference in the caller's reach (404). */
    static final class SubmissionNotFound extends RuntimeException {
        SubmissionNotFound(String id) {
            super("Aucune réclamation en attente « " + id + " ».");
        }
    }

    /** The submission was accepted or declined already (409). */
    static final class SubmissionAlreadyDecided extends RuntimeException {
        SubmissionAlreadyDecided(CaseId id) {
            super("La réclamation " + id.value() + " a déjà été traitée.");
        }
    }
}
