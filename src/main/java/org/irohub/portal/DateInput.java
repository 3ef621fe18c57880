package org.irohub.portal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

/**
 * The GOV.UK date pattern, shared by every module's pages: day, month and year typed in three boxes, read into a
 * date or an error message.
 */
public record DateInput(String day, String month, String year) {

    public boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    /** @return the date, or null after putting an error for {@code field} when it is missing or not a real date */
    public LocalDate read(String field, String label, boolean required, Map<String, String> errors) {
        if (isBlank()) {
            if (required) {
                errors.put(field, "Enter " + label);
            }
            return null;
        }
        try {
            int y = Integer.parseInt(year.trim());
            if (y < 1900 || y > 2200) {
                errors.put(field, label.substring(0, 1).toUpperCase() + label.substring(1) + " must include a year, for example 2017");
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        }
        catch (NumberFormatException | NullPointerException | DateTimeException e) {
            errors.put(field, label.substring(0, 1).toUpperCase() + label.substring(1) + " must be a real date");
            return null;
        }
    }

    public static DateInput of(LocalDate date) {
        return date == null ? new DateInput("", "", "")
                : new DateInput(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                        String.valueOf(date.getYear()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
