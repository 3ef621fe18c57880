package org.irohub.calendar;

import java.time.LocalDate;

/** A timescale's new value and the first date it counts from. */
public record TimescaleChange(TimescaleId id, int amount, LocalDate effectiveFrom) {
}
