package org.recours.kernel.casefile;

import java.time.LocalDate;
import java.util.Optional;
import org.recours.kernel.law.LegalDeadlines;

/**
 * The steps staff record on a case, and whether the case allows each one now: the one place where that is decided.
 * The aggregate refuses a command with {@link #require} before its step's own checks (dates, entries); the case's
 * page offers the steps whose {@link #offered} is empty and explains the others by their refusal. {@code on} is the
 * day the step happened (the command's date) for the aggregate, today for the page.
 */
public enum CaseStep {
    HELP_CENTRE,
    SUPPORT_CONTACT,
    LETTER,
    DELIVERY {
        @Override
        Optional<StepRefused> ownRule(CaseStanding standing, LocalDate on) {
            if (standing.letterAwaitingReceipt()) {
                return Optional.empty();
            }
            return refused(
                    CaseRule.NO_LETTER_TO_DELIVER, standing.writtenComplaintSent() ? "all-delivered" : "send-first");
        }
    },
    /** A registered letter the post returned, unclaimed or refused: one still awaiting its acknowledgement. */
    LETTER_RETURN {
        @Override
        Optional<StepRefused> ownRule(CaseStanding standing, LocalDate on) {
            return standing.letterAwaitingReceipt()
                    ? Optional.empty()
                    : refused(CaseRule.NO_LETTER_TO_DELIVER, "send-first");
        }
    },
    RESPONSE {
        @Override
        Optional<StepRefused> ownRule(CaseStanding standing, LocalDate on) {
            return standing.writtenComplaintSent()
                    ? Optional.empty()
                    : refused(CaseRule.WRITTEN_COMPLAINT_REQUIRED, "response");
        }
    },
    /** Staff state that the company let its window pass: from the day after its last day, if nothing ended it. */
    SILENCE {
        @Override
        Optional<StepRefused> ownRule(CaseStanding standing, LocalDate on) {
            if (!standing.writtenComplaintSent()) {
                return refused(CaseRule.WRITTEN_COMPLAINT_REQUIRED, "silence");
            }
            if (standing.answered()) {
                return refused(CaseRule.RESPONSE_ALREADY_RECEIVED, null);
            }
            if (standing.responseDeadlineExpired()) {
                return refused(CaseRule.RESPONSE_DEADLINE_ALREADY_EXPIRED, null);
            }
            if (!on.isAfter(standing.responseDueOn())) {
                var silenceFrom = LegalDeadlines.dayAfter(standing.responseDueOn());
                return Optional.of(StepRefused.of(
                                CaseRule.RESPONSE_DEADLINE_NOT_REACHED, "due", standing.responseDueOn(), silenceFrom)
                        .possibleFrom(silenceFrom));
            }
            return Optional.empty();
        }
    },
    /** Whether an answer rejecting the complaint named the company's consumer mediator (L616-1): once answered. */
    MEDIATOR_NAMING {
        @Override
        Optional<StepRefused> ownRule(CaseStanding standing, LocalDate on) {
            return standing.answered()
                    ? Optional.empty()
                    : refused(CaseRule.WRITTEN_COMPLAINT_REQUIRED, "answer-first");
        }
    },
    /**
     * Code de la consommation, L612-2: after a written complaint that the company answered or let go unanswered for
     * its response window, no later than one year after it, and not while another mediation runs. The window's
     * refusal ({@link CaseRule#RESPONSE_WINDOW_OPEN}) is the one a supervisor may override with a reason.
     */
    MEDIATION {
        @Override
        Optional<StepRefused> ownRule(CaseStanding standing, LocalDate on) {
            if (standing.mediationPending()) {
                return refused(CaseRule.MEDIATION_ALREADY_PENDING, "since", standing.pendingMediationRequestedOn());
            }
            if (!standing.writtenComplaintSent()) {
                return refused(
                        CaseRule.WRITTEN_COMPLAINT_REQUIRED,
                        "mediation",
                        standing.company().name());
            }
            var complaintSentOn = standing.writtenComplaintSentOn();
            if (on.isBefore(complaintSentOn)) {
                return refused(CaseRule.DATE_OUT_OF_ORDER, "mediation", on, complaintSentOn);
            }
            var admissibleUntil = standing.mediationAdmissibleUntil();
            if (on.isAfter(admissibleUntil)) {
                return refused(
                        CaseRule.MEDIATION_TIME_BARRED,
                        "since",
                        admissibleUntil.plusDays(1),
                        standing.earliestWrittenComplaintOn());
            }
            var possibleFrom = standing.mediationPossibleFrom();
            if (on.isBefore(possibleFrom)) {
                return Optional.of(StepRefused.of(
                                CaseRule.RESPONSE_WINDOW_OPEN,
                                standing.answered() ? "answered-later" : "unanswered",
                                possibleFrom,
                                standing.company().name(),
                                standing.company().responseWindowMonths())
                        .possibleFrom(possibleFrom));
            }
            return Optional.empty();
        }

        @Override
        boolean overridable(StepRefused refusal, StaffRole role) {
            return refusal.rule() == CaseRule.RESPONSE_WINDOW_OPEN && role.canOverrideDeadlines();
        }
    },
    MEDIATION_FILE_RECEIPT {
        @Override
        Optional<StepRefused> ownRule(CaseStanding standing, LocalDate on) {
            return pendingMediation(standing)
                    .or(() -> alreadyRecorded(standing.pendingMediationFileReceivedOn(), "file-received"));
        }
    },
    MEDIATION_SEIZURE_NOTICE {
        @Override
        Optional<StepRefused> ownRule(CaseStanding standing, LocalDate on) {
            return pendingMediation(standing)
                    .or(() -> alreadyRecorded(standing.pendingMediationSeizureNotifiedOn(), "seizure-notified"));
        }
    },
    MEDIATION_EXTENSION {
        @Override
        Optional<StepRefused> ownRule(CaseStanding standing, LocalDate on) {
            return pendingMediation(standing)
                    .or(() -> standing.pendingMediationSeizureNotifiedOn() != null
                            ? Optional.empty()
                            : refused(CaseRule.SEIZURE_NOT_NOTIFIED, null));
        }
    },
    /** The mediator's proposal (R612-4), and each party's answer to it, while the mediation is pending. */
    MEDIATION_PROPOSAL {
        @Override
        Optional<StepRefused> ownRule(CaseStanding standing, LocalDate on) {
            return pendingMediation(standing);
        }
    },
    PROPOSAL_ANSWER {
        @Override
        Optional<StepRefused> ownRule(CaseStanding standing, LocalDate on) {
            return pendingMediation(standing);
        }
    },
    /** The outcome of a mediation, only while one is pending. */
    MEDIATION_OUTCOME {
        @Override
        Optional<StepRefused> ownRule(CaseStanding standing, LocalDate on) {
            return pendingMediation(standing);
        }
    },
    /** A conciliation before a conciliateur de justice (CPC art. 750-1), one at a time. */
    CONCILIATION {
        @Override
        Optional<StepRefused> ownRule(CaseStanding standing, LocalDate on) {
            return standing.conciliationPending()
                    ? refused(CaseRule.CONCILIATION_ALREADY_PENDING, "since", standing.pendingConciliationRequestedOn())
                    : Optional.empty();
        }
    },
    /** The outcome of a conciliation, only while one is pending. */
    CONCILIATION_OUTCOME {
        @Override
        Optional<StepRefused> ownRule(CaseStanding standing, LocalDate on) {
            return standing.conciliationPending()
                    ? Optional.empty()
                    : refused(CaseRule.NO_PENDING_CONCILIATION, "request-first");
        }
    },
    /**
     * The first meeting of the latest conciliation (Code civil, art. 2238: the limitation is suspended from it), once,
     * whether the conciliation still runs or has ended.
     */
    CONCILIATION_FIRST_MEETING {
        @Override
        Optional<StepRefused> ownRule(CaseStanding standing, LocalDate on) {
            return standing.onRecord().contains(CONCILIATION)
                    ? Optional.empty()
                    : refused(CaseRule.NO_PENDING_CONCILIATION, "none-on-record");
        }
    },
    COURT,
    /** When the consumer knew the facts (Code civil, art. 2224), given late or changed. */
    FACTS_KNOWN,
    NOTE,
    /** Attaching a document as evidence, or withdrawing one. */
    EVIDENCE,
    CLOSURE,
    /** Only a closed case is reopened; everything else waits for an open case. */
    REOPENING {
        @Override
        Optional<StepRefused> openness(CaseStanding standing) {
            return standing.closed() ? Optional.empty() : refused(CaseRule.CASE_NOT_CLOSED, "open", standing.caseId());
        }
    },
    CORRECT_COMPLAINT,
    CORRECT_LETTER(LETTER),
    CORRECT_DELIVERY(DELIVERY),
    CORRECT_RESPONSE(RESPONSE),
    CORRECT_SUPPORT_CONTACT(SUPPORT_CONTACT),
    CORRECT_MEDIATION(MEDIATION),
    CORRECT_HELP_CENTRE(HELP_CENTRE),
    CORRECT_MEDIATION_OUTCOME(MEDIATION_OUTCOME),
    CORRECT_COURT(COURT),
    /** A court action's claim (CPC art. 750-1), assessed again on the action's filing day. */
    CORRECT_COURT_CLAIM(COURT),
    CORRECT_CONCILIATION(CONCILIATION),
    CORRECT_CONCILIATION_OUTCOME(CONCILIATION_OUTCOME),
    /** A registered letter's return: its first presentation moves the response window. */
    CORRECT_LETTER_RETURN(LETTER_RETURN),
    /** The closure that stands is corrected while the case is closed. */
    CORRECT_CLOSURE(CLOSURE) {
        @Override
        Optional<StepRefused> openness(CaseStanding standing) {
            return Optional.empty();
        }
    };

    /** For a correction: the step it corrects, of which one must stand. */
    private final CaseStep corrected;

    CaseStep() {
        this(null);
    }

    CaseStep(CaseStep corrected) {
        this.corrected = corrected;
    }

    /** Whether this step corrects another one. */
    public boolean correction() {
        return name().startsWith("CORRECT_");
    }

    /** The refusal of this step on {@code on} with the case as it stands, empty when the case allows it. */
    public Optional<StepRefused> refusal(CaseStanding standing, LocalDate on) {
        return openness(standing).or(() -> ownRule(standing, on));
    }

    /** Refuses the step if the case does not allow it on {@code on}. */
    public void require(CaseStanding standing, LocalDate on) {
        var refusal = refusal(standing, on);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    /**
     * Why the page does not offer this step today to a member of {@code role}, empty when it does: its refusal,
     * unless the member may override it; a correction only while a step it may correct stands.
     */
    public Optional<StepRefused> offered(CaseStanding standing, LocalDate today, StaffRole role) {
        var refusal = refusal(standing, today).filter(refused -> !overridable(refused, role));
        if (refusal.isEmpty() && corrected != null && !standing.onRecord().contains(corrected)) {
            return refused(CaseRule.UNKNOWN_ENTRY, "none");
        }
        return refusal;
    }

    /** Every step but reopening (and a closure's correction) waits for an open case. */
    Optional<StepRefused> openness(CaseStanding standing) {
        return standing.closed() ? refused(CaseRule.CASE_CLOSED, "closed", standing.caseId()) : Optional.empty();
    }

    Optional<StepRefused> ownRule(CaseStanding standing, LocalDate on) {
        return Optional.empty();
    }

    boolean overridable(StepRefused refusal, StaffRole role) {
        return false;
    }

    private static Optional<StepRefused> pendingMediation(CaseStanding standing) {
        return standing.mediationPending() ? Optional.empty() : refused(CaseRule.NO_PENDING_MEDIATION, null);
    }

    /** A step of the pending mediation recorded already ({@code on} its day, null if not): it is corrected. */
    private static Optional<StepRefused> alreadyRecorded(LocalDate on, String variant) {
        return on == null ? Optional.empty() : refused(CaseRule.MEDIATION_STEP_ALREADY_RECORDED, variant, on);
    }

    /** The rule's sentence {@code variant} (its explanation alone when null) with its arguments. */
    private static Optional<StepRefused> refused(CaseRule rule, String variant, Object... arguments) {
        return Optional.of(StepRefused.of(rule, variant, arguments));
    }
}
