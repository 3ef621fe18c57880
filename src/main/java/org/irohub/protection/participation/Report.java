package org.irohub.protection.participation;

import java.time.LocalDate;

/**
 * An agency's report to a conference: due to the chair by {@code dueToChair}; the social worker's report is also
 * due to be shared with the parents by {@code sharedWithParentsBy} (null for other agencies).
 */
public record Report(boolean expected, LocalDate dueToChair, LocalDate sharedWithParentsBy, LocalDate receivedOn,
        ReportStatus status) {
}
