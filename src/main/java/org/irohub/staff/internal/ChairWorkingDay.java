package org.irohub.staff.internal;

import java.time.DayOfWeek;

/** One day of the week a chair works; a row of {@code chair_working_day}. */
record ChairWorkingDay(DayOfWeek dayOfWeek) {
}
