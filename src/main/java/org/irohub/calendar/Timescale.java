package org.irohub.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One timescale as it stands: what must happen, counted from what, how long, whether the law or statutory
 * guidance sets it or it is a local default the service may change, and where the rule comes from.
 */
public record Timescale(TimescaleId id, String what, String countedFrom, int amount, TimescaleUnit unit,
        TimescaleDirection direction, boolean statutory, String source) {

    public Timescale {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        if (amount < 0) {
            throw new IllegalArgumentException("A timescale cannot be negative");
        }
    }

    public Timescale withAmount(int newAmount) {
        return new Timescale(id, what, countedFrom, newAmount, unit, direction, statutory, source);
    }

    /** The due date counted from {@code basis} with the given calendar's working days. */
    public LocalDate dueFrom(LocalDate basis, WorkingDayCalendar calendar) {
        int signed = direction == TimescaleDirection.AFTER ? amount : -amount;
        return switch (unit) {
            case WORKING_DAYS -> calendar.addWorkingDays(basis, signed);
            case CALENDAR_MONTHS -> CalendarMonths.add(basis, signed);
        };
    }

    /** For example "15 working days after the strategy discussion". */
    public String describe() {
        return unit.label(amount) + " " + direction.name().toLowerCase() + " " + countedFrom;
    }
}
