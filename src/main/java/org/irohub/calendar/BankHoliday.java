package org.irohub.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A bank holiday of a region as GOV.UK names it, for example 2022-06-03 "Platinum Jubilee bank holiday". */
public record BankHoliday(LocalDate date, String title) implements Comparable<BankHoliday> {

    public static final int MAX_TITLE_LENGTH = 120;

    public BankHoliday {
        Objects.requireNonNull(date, "date");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A bank holiday needs a title");
        }
        title = title.strip();
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException("A bank holiday title has at most " + MAX_TITLE_LENGTH + " characters");
        }
    }

    @Override
    public int compareTo(BankHoliday other) {
        return date.compareTo(other.date);
    }
}
