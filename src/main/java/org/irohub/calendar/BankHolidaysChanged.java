package org.irohub.calendar;

/**
 * Published in the transaction that changed a region's bank holidays. Due dates computed before it may now be
 * different; {@link WorkingDays} rebuilds its calendar once the change commits.
 */
public record BankHolidaysChanged(Region region, int added, int updated) {
}
