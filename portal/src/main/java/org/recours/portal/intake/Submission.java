package org.recours.portal.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.FrenchDate;
import org.recours.kernel.casefile.Money;
import org.recours.kernel.consumer.ConsumerDetails;

/**
 * A complaint as a consumer sent it from the public form, before staff take it on. Its id is the case reference it
 * keeps if accepted. {@code consumer} is null once the submission was decided (its personal data then lives in the
 * vault, or nowhere).
 */
record Submission(
        CaseId id,
        Status status,
        String branch,
        String companyId,
        Category category,
        String facts,
        String desiredOutcome,
        Money amountAtStake,
        ConsumerDetails consumer,
        String postcode,
        Answers answers,
        String language,
        Instant submittedAt,
        Instant confirmedAt,
        Instant decidedAt,
        String decidedBy,
        String declineReason) {

    enum Status {
        /** Waiting for the consumer to confirm their email address. */
        UNCONFIRMED,
        /** In its branch's queue. */
        CONFIRMED,
        ACCEPTED,
        DECLINED
    }

    enum Answer {
        YES,
        NO
    }

    /** What the consumer answered to the questions the law raises before a mediation (L612-2). */
    record Answers(
            Answer contactedSupport,
            LocalDate supportContactedOn,
            Answer sentWrittenComplaint,
            LocalDate writtenComplaintOn) {

        /** The answers as the case's first note records them, in French like the rest of the evidence. */
        String asNote(Instant submittedAt) {
            return "Réponses du consommateur au formulaire en ligne (envoyé le "
                    + FrenchDate.of(submittedAt
                            .atZone(java.time.ZoneId.of("Europe/Paris"))
                            .toLocalDate()) + ") :\n"
                    + "- a déjà contacté le service client : " + words(contactedSupport, supportContactedOn) + "\n"
                    + "- a envoyé une réclamation écrite à l'entreprise : "
                    + words(sentWrittenComplaint, writtenComplaintOn);
        }

        private static String words(Answer answer, LocalDate on) {
            if (answer == Answer.NO) {
                return "non";
            }
            return on == null ? "oui (date non précisée)" : "oui, le " + FrenchDate.of(on);
        }
    }

    BigDecimal amount() {
        return amountAtStake.euros();
    }
}
