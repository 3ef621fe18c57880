package org.irohub.scheduling.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a booking says: date, start and end time (the end defaults to an hour and a half after the start),
 * room, chair and minute-taker. Any may be missing here; {@link BookingChecks} says which are needed.
 */
public record BookingDetails(LocalDate date, LocalTime start, LocalTime end, Long roomId, Long chairId,
        String minuteTaker) {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

    /**
     * Reads what was typed or sent.
     *
     * @param date {@code 2017-01-10}
     * @param start {@code 10:00} (or {@code 10.00})
     * @throws SchedulingException naming every field that cannot be read
     */
    public static BookingDetails parse(String date, String start, String end, String roomId, String chairId,
            String minuteTaker) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate day = null;
        if (!blank(date)) {
            try {
                day = LocalDate.parse(date.trim());
            }
            catch (DateTimeException e) {
                errors.put("date", "The date must be a real date in the form YYYY-MM-DD, for example 2017-01-10");
            }
        }
        LocalTime from = time(start, "start", "The start time", errors);
        LocalTime to = time(end, "end", "The end time", errors);
        Long room = id(roomId, "roomId", "Select a room", errors);
        Long chair = id(chairId, "chairId", "Select a chair", errors);
        if (!errors.isEmpty()) {
            throw new SchedulingException(errors);
        }
        return new BookingDetails(day, from, to, room, chair, minuteTaker);
    }

    /** A time typed as 10:00, 9:30 or 14.30 (24-hour clock), or null with an error when it is not one. */
    public static LocalTime time(String text, String field, String label, Map<String, String> errors) {
        if (blank(text)) {
            return null;
        }
        Matcher m = TIME.matcher(text.trim());
        if (m.matches()) {
            try {
                return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            catch (DateTimeException e) {
                // reported below
            }
        }
        errors.put(field, label + " must be a real time on the 24-hour clock, for example 10:00 or 14:30");
        return null;
    }

    private static Long id(String text, String field, String message, Map<String, String> errors) {
        if (blank(text)) {
            return null;
        }
        try {
            long id = Long.parseLong(text.trim());
            if (id > 0) {
                return id;
            }
        }
        catch (NumberFormatException e) {
            // reported below
        }
        errors.put(field, message + " from the list");
        return null;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
