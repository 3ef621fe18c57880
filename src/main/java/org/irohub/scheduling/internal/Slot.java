package org.irohub.scheduling.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A date and a time from {@code start} to {@code end}. Two slots clash when they share any time: one that ends
 * at 11:30 and one that starts at 11:30 do not, so conferences can be booked back to back.
 */
public record Slot(LocalDate date, LocalTime start, LocalTime end) {

    /** An ICPC is usually booked for an hour and a half. */
    public static final java.time.Duration DEFAULT_LENGTH = java.time.Duration.ofMinutes(90);

    public Slot {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A slot ends after it starts");
        }
    }

    /** From {@code start} for the default length (an hour and a half), or {@code end} when given. */
    public static Slot of(LocalDate date, LocalTime start, LocalTime endOrNull) {
        return new Slot(date, start, endOrNull == null ? start.plus(DEFAULT_LENGTH) : endOrNull);
    }

    public boolean clashesWith(Slot other) {
        return date.equals(other.date) && start.isBefore(other.end) && other.start.isBefore(end);
    }

    public LocalDateTime startsAt() {
        return date.atTime(start);
    }

    /** "from 10:00 to 11:30 on 10 January 2017", for messages. */
    public String describe() {
        return "from " + start + " to " + end + " on " + SchedulingDates.format(date);
    }
}
