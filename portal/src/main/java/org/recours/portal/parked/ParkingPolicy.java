package org.recours.portal.parked;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;

/**
 * An event whose handler throws is parked with its case, never skipped: the case's later events wait behind it, in
 * order, and the other cases go on. Each failed attempt is counted in the letter's diagnostics, which the automatic
 * retries read.
 */
final class ParkingPolicy implements EnqueuePolicy<EventMessage<?>> {

    static final String ATTEMPTS = "attempts";
    /** The cause's message fits its column (VARCHAR(1023)). */
    private static final int CAUSE_LENGTH = 1000;

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        int attempts = attempts(letter) + 1;
        return Decisions.requeue(
                ThrowableCause.truncated(cause, CAUSE_LENGTH),
                failed -> failed.diagnostics().and(ATTEMPTS, attempts));
    }

    /** How many times the letter's event failed so far. */
    static int attempts(DeadLetter<?> letter) {
        var attempts = letter.diagnostics().get(ATTEMPTS);
        return attempts instanceof Number number
                ? number.intValue()
                : attempts == null ? 0 : Integer.parseInt(attempts.toString());
    }
}
