package org.irohub.scorecard.web;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.irohub.scorecard.FinancialYear;

/**
 * The period the scorecard page shows: a financial year and a part of it (the whole year, a quarter or a month).
 * A period that has not finished yet ends today, so nothing is counted at a date still to come.
 */
public record PeriodChoice(FinancialYear year, String part) {

    public record Option(String value, String label) {
    }

    static final String WHOLE_YEAR = "YEAR";

    /** YEAR, Q1 (April to June) to Q4, then the months in financial-year order, M04 (April) to M03 (March). */
    static List<Option> parts() {
        List<Option> parts = new ArrayList<>();
        parts.add(new Option(WHOLE_YEAR, "Whole year"));
        String[] quarters = { "April to June", "July to September", "October to December", "January to March" };
        for (int q = 1; q <= 4; q++) {
            parts.add(new Option("Q" + q, "Quarter " + q + ": " + quarters[q - 1]));
        }
        for (int i = 0; i < 12; i++) {
            Month month = Month.APRIL.plus(i);
            parts.add(new Option(String.format("M%02d", month.getValue()),
                    month.getDisplayName(TextStyle.FULL, Locale.UK)));
        }
        return parts;
    }

    static boolean isPart(String value) {
        return parts().stream().anyMatch(o -> o.value().equals(value));
    }

    public LocalDate from() {
        if (part.equals(WHOLE_YEAR)) {
            return year.first();
        }
        if (part.startsWith("Q")) {
            return year.first().plusMonths(3L * (Integer.parseInt(part.substring(1)) - 1));
        }
        int month = Integer.parseInt(part.substring(1));
        return LocalDate.of(month >= 4 ? year.startYear() : year.startYear() + 1, month, 1);
    }

    public LocalDate fullTo() {
        if (part.equals(WHOLE_YEAR)) {
            return year.last();
        }
        return part.startsWith("Q") ? from().plusMonths(3).minusDays(1) : from().plusMonths(1).minusDays(1);
    }

    /** The last day counted: the end of the period, or today when the period has not finished. */
    public LocalDate to(LocalDate today) {
        return fullTo().isAfter(today) ? today : fullTo();
    }

    public boolean startsAfter(LocalDate today) {
        return from().isAfter(today);
    }

    public String label() {
        return parts().stream().filter(o -> o.value().equals(part)).findFirst().orElseThrow().label() + " "
                + year.label();
    }
}
