package org.irohub.protection.minutes;

import java.time.LocalDate;

/** A step of the minutes as done: when it happened and who recorded it. */
record MinutesStepDone(MinutesStep step, LocalDate doneOn, String doneBy) {
}
