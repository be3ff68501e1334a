package org.recours.portal.casefile;

/** What a recorded step answers: the case and its new version, to send back in If-Match next time. */
public record StepRecorded(String caseId, long version) {}
