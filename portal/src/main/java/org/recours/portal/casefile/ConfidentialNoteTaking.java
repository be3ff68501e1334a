package org.recours.portal.casefile;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.RefusalText;
import org.recours.kernel.casefile.Require;
import org.recours.kernel.casefile.query.AuditEntry;
import org.recours.kernel.casefile.query.FindCaseHistory;
import org.recours.portal.staff.CurrentStaff;
import org.recours.query.confidential.ConfidentialNotes;
import org.recours.query.confidential.ConfidentialNotes.Subject;
import org.springframework.stereotype.Component;

/** Takes a confidential note (L612-3) on a proposal or an outcome of the case's history, in a staff member's name. */
@Component
class ConfidentialNoteTaking {

    /** The steps a note of each subject may be about. */
    private static final Map<Subject, List<String>> STEPS = Map.of(
            Subject.PROPOSAL, List.of("MediationProposalMade"),
            Subject.OUTCOME, List.of("MediationConcluded", "MediationOutcomeCorrected"));

    private final ConfidentialNotes notes;
    private final CurrentStaff staff;
    private final QueryGateway queries;

    ConfidentialNoteTaking(ConfidentialNotes notes, CurrentStaff staff, QueryGateway queries) {
        this.notes = notes;
        this.staff = staff;
        this.queries = queries;
    }

    /** Adds a note on {@code entry}, which must be a step of the note's subject in the case's history. */
    void add(CaseId caseId, Long entry, Subject subject, String text, Principal principal) {
        Require.present("subject", subject);
        Require.present("entry", entry);
        var checked = Require.text("text", text, Require.LONG_TEXT);
        var history = queries.query(new FindCaseHistory(caseId), ResponseTypes.multipleInstancesOf(AuditEntry.class))
                .join();
        var about = history.stream().filter(step -> step.position() == entry).findFirst();
        if (about.isEmpty() || !STEPS.get(subject).contains(about.get().kind())) {
            throw new InvalidCaseData(
                    "entry",
                    RefusalText.of(
                            "check.note-entry",
                            entry,
                            RefusalText.of(
                                    subject == Subject.PROPOSAL
                                            ? "check.note-entry.proposal"
                                            : "check.note-entry.outcome")));
        }
        notes.add(caseId, entry, subject, checked, staff.member(principal));
    }

    /**
     * The text of a note given with a step, checked before the step is sent (so that a text too long refuses the
     * step, not the note after it); null when none is given.
     */
    static String optional(String field, String text) {
        return text == null || text.isBlank() ? null : Require.text(field, text, Require.LONG_TEXT);
    }

    /** A note on the step just recorded as {@code entry} (the proposal's content, an outcome's details). */
    void keepOnRecorded(CaseId caseId, long entry, Subject subject, String text, Principal principal) {
        notes.add(
                caseId,
                entry,
                subject,
                Require.text(subject == Subject.PROPOSAL ? "content" : "details", text, Require.LONG_TEXT),
                staff.member(principal));
    }
}
