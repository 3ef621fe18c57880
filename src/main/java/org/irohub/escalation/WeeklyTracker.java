package org.irohub.escalation;

import java.time.LocalDate;
import java.util.List;

/**
 * The open escalations as at {@code asAt}, in the week beginning {@code weekBeginning} (a Monday), against one
 * agency ({@code agency}, with its label) or every agency ({@code agency} null), most overdue first.
 */
public record WeeklyTracker(LocalDate weekBeginning, LocalDate asAt, String agency, String agencyLabel,
        List<TrackerRow> rows) {
}
