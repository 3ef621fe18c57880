package org.irohub.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A conference's booking as other modules see it: when, where, who chairs and who takes the minutes.
 *
 * @param minuteTaker a business support username, or the name of whoever takes the minutes
 * @param cancelled {@code true} once the booking (and so the conference) is cancelled
 */
public record BookingSummary(long conferenceId, LocalDate date, LocalTime start, LocalTime end, long roomId,
        long chairId, String minuteTaker, boolean cancelled) {
}
