package org.irohub.protection;

import java.time.LocalDate;
import java.util.List;

/** A conference's outcome has been recorded; minutes and letters fall due from its date. */
public record ConferenceHeld(long conferenceId, ConferenceType type, ConferenceOutcome outcome, LocalDate heldOn,
        List<Long> childIds) {
}
