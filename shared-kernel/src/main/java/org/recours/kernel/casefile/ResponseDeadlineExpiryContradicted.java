package org.recours.kernel.casefile;

import java.time.LocalDate;

/**
 * An expiry of the response window recorded earlier ({@link ResponseDeadlineExpired}, stating the last day
 * {@code expiredResponseDueOn}) is contradicted by a step entered or corrected since: both stay in the history, and the
 * case is read as if the window had not expired. {@code responseDueOn} is the last day as it stands now;
 * {@code answeredOn} the day the answer was received for {@link ExpiryContradiction#ANSWER_RECEIVED_IN_TIME}, null
 * otherwise.
 */
public record ResponseDeadlineExpiryContradicted(
        CaseId caseId,
        LocalDate expiredResponseDueOn,
        LocalDate responseDueOn,
        ExpiryContradiction reason,
        LocalDate answeredOn,
        LocalDate recordedOn)
        implements CaseEvent {}
