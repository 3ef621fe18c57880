package org.irohub.staff.internal;

import java.math.BigDecimal;
import java.util.Map;

/** Parsing of typed-in values shared by the chair, venue and room details; each problem goes into {@code errors}. */
final class Fields {

    private Fields() {
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim().replaceAll("\\s+", " ");
    }

    static String required(String value, String field, String message, int maxLength, Map<String, String> errors) {
        String text = text(value);
        if (text == null) {
            errors.put(field, message);
        }
        else if (text.length() > maxLength) {
            errors.put(field, "Must be " + maxLength + " characters or fewer");
        }
        return text;
    }

    static String optional(String value, String field, int maxLength, Map<String, String> errors) {
        String text = text(value);
        if (text != null && text.length() > maxLength) {
            errors.put(field, "Must be " + maxLength + " characters or fewer");
        }
        return text;
    }

    static Integer wholeNumber(String value, String field, int min, int max, String message,
            Map<String, String> errors) {
        String text = text(value);
        try {
            int n = Integer.parseInt(text == null ? "" : text);
            if (n >= min && n <= max) {
                return n;
            }
        }
        catch (NumberFormatException e) {
            // reported below with the same message as an out-of-range number
        }
        errors.put(field, message);
        return null;
    }

    static BigDecimal decimal(String value) {
        String text = text(value);
        try {
            return text == null ? null : new BigDecimal(text);
        }
        catch (NumberFormatException e) {
            return null;
        }
    }
}
