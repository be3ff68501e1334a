package org.recours.kernel.casefile;

/** A staff member wrote a note on the case. */
public record NoteAdded(CaseId caseId, String text) implements CaseEvent {}
