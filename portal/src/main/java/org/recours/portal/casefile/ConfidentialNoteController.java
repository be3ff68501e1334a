package org.recours.portal.casefile;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.List;
import org.recours.query.confidential.ConfidentialNotes;
import org.recours.query.confidential.ConfidentialNotes.ConfidentialNote;
import org.recours.query.confidential.ConfidentialNotes.Subject;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The confidential notes of a case's mediations (Code de la consommation, art. L612-3): the content of the mediator's
 * proposal, the details of an outcome, each on the history entry it is about. Staff who reach the case read and add
 * them; an export carries them only with {@code partiesAgreed=true} (ADR 18).
 */
@RestController
@RequestMapping("/api/cases/{caseId}/confidential-notes")
class ConfidentialNoteController {

    private final ConfidentialNotes notes;
    private final ConfidentialNoteTaking taking;
    private final CaseAccess access;

    ConfidentialNoteController(ConfidentialNotes notes, ConfidentialNoteTaking taking, CaseAccess access) {
        this.notes = notes;
        this.taking = taking;
        this.access = access;
    }

    /** {@code entry}: the history entry of the proposal or of the outcome the note is about. */
    record NewNote(Long entry, Subject subject, String text) {}

    @Operation(summary = "List the case's confidential mediation notes")
    @GetMapping
    List<ConfidentialNote> notes(@PathVariable String caseId, Principal principal) {
        return notes.of(access.visible(caseId, principal).caseId());
    }

    @Operation(summary = "Add a confidential mediation note")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    List<ConfidentialNote> add(@PathVariable String caseId, @RequestBody NewNote body, Principal principal) {
        var file = access.visible(caseId, principal);
        taking.add(file.caseId(), body.entry(), body.subject(), body.text(), principal);
        return notes.of(file.caseId());
    }
}
