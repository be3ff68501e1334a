package org.recours.query.letter;

import java.time.Instant;

/**
 * One version of a letter template: {@code name} is its stable id ({@code reclamation}, {@code relance}…),
 * {@code title} what staff read, {@code body} the Thymeleaf XML an administrator edits. Version 1 is the template
 * shipped with Recours ({@code editedBy} "recours"); every edit is a new version, none is ever changed.
 */
public record LetterTemplate(String name, int version, String title, String body, String editedBy, Instant editedAt) {}
