package org.irohub.protection.participation.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.irohub.protection.ProtectionException;
import org.irohub.protection.participation.Attendance;

/** Dates and codes in API bodies arrive as text, so a bad one is refused naming its field (not as an unreadable body). */
final class ApiInput {

    private ApiInput() {
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        }
        catch (DateTimeParseException e) {
            throw ProtectionException.invalid(field, "'" + value + "' is not a date in the form YYYY-MM-DD");
        }
    }

    static Attendance attendance(String value) {
        return Attendance.ofCode(value).orElseThrow(() -> ProtectionException.invalid("attendance",
                "Select the attendance: ATTENDED, APOLOGIES, REPORT_ONLY or DID_NOT_ATTEND"));
    }
}
