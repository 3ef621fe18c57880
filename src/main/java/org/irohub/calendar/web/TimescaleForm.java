package org.irohub.calendar.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The change-a-timescale form as typed, so a refused form is shown again with what was entered. */
record TimescaleForm(String amount, String day, String month, String year) {

    static TimescaleForm startingOn(int amount, LocalDate date) {
        return new TimescaleForm(String.valueOf(amount), String.valueOf(date.getDayOfMonth()),
                String.valueOf(date.getMonthValue()), String.valueOf(date.getYear()));
    }

    /** Field id to message for what cannot even be read, in the order the fields appear. */
    Map<String, String> problems() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (parsedAmount() == null) {
            errors.put("amount", "Enter the timescale as a whole number, like 15");
        }
        if (parsedDate() == null) {
            errors.put("effectiveFrom", "Enter the date it applies from as a real date, like 1 4 2026");
        }
        return errors;
    }

    Integer parsedAmount() {
        return number(amount);
    }

    LocalDate parsedDate() {
        Integer d = number(day);
        Integer m = number(month);
        Integer y = number(year);
        if (d == null || m == null || y == null || y < 1000 || y > 9999) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        }
        catch (DateTimeException e) {
            return null;
        }
    }

    private static Integer number(String text) {
        if (text == null || !text.strip().matches("\\d{1,4}")) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }
}
