package org.irohub.protection.participation.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

/** A GOV.UK date typed in three boxes, read into a date or an error for the field. */
final class FormDates {

    private FormDates() {
    }

    static LocalDate read(String field, String label, String day, String month, String year, Map<String, String> errors) {
        if (blank(day) && blank(month) && blank(year)) {
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 1900 || y > 2200) {
                errors.put(field, label + " must include a year, for example 2017");
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        }
        catch (NumberFormatException | NullPointerException | DateTimeException e) {
            errors.put(field, label + " must be a real date");
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
