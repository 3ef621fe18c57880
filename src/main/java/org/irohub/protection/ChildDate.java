package org.irohub.protection;

import java.time.LocalDate;

/** A child and a date: how an imported record is matched with one already held (same child, same day). */
public record ChildDate(long childId, LocalDate date) {
}
