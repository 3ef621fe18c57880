package org.irohub.interchange;

/**
 * Counts of records: children, plans, conferences (initial and review) and reviews (of a plan). In a report,
 * {@code summary} counts what the return held and {@code created} those that were new to IRO Hub.
 */
public record ImportSummary(int children, int plans, int conferences, int reviews) {

    public static final ImportSummary NONE = new ImportSummary(0, 0, 0, 0);
}
