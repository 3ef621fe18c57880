package org.irohub.protection;

import java.time.LocalDate;
import java.util.List;

/** A conference as other modules see it: enough to schedule, allocate and count it. */
public record ConferenceSummary(long id, ConferenceType type, ConferenceStatus status, List<Long> childIds,
        LocalDate dueDate, Long chairId, LocalDate bookedFor, LocalDate heldOn) {

    static ConferenceSummary of(Conference c) {
        return new ConferenceSummary(c.getId(), c.getType(), c.getStatus(), c.getChildIds(), c.getDueDate(),
                c.getChairId(), c.getBookedFor(), c.getHeldOn());
    }
}
