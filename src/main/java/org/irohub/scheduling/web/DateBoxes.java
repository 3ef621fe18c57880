package org.irohub.scheduling.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

/** The GOV.UK date pattern: day, month and year in three boxes, read into a date or an error message. */
record DateBoxes(String day, String month, String year) {

    boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    /** @return the date, or null (after putting an error for {@code field} when something was typed) */
    LocalDate read(String field, Map<String, String> errors) {
        if (isBlank()) {
            return null;
        }
        try {
            int y = Integer.parseInt(year.trim());
            if (y < 1900 || y > 2200) {
                errors.put(field, "The date of the conference must include a year, for example 2017");
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        }
        catch (NumberFormatException | NullPointerException | DateTimeException e) {
            errors.put(field, "The date of the conference must be a real date");
            return null;
        }
    }

    static DateBoxes of(LocalDate date) {
        return date == null ? new DateBoxes("", "", "")
                : new DateBoxes(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                        String.valueOf(date.getYear()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
