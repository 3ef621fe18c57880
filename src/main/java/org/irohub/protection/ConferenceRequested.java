package org.irohub.protection;

import java.time.LocalDate;
import java.util.List;

/** A conference has been requested and needs booking; business support books it provisionally at once (seed 5.3). */
public record ConferenceRequested(long conferenceId, ConferenceType type, List<Long> childIds, LocalDate dueDate) {
}
