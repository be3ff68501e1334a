package org.recours.kernel.statistics;

/** Asks for the cases' figures per company and ground of complaint; {@code branch} null means every branch. */
public record FindStatistics(String branch) {}
