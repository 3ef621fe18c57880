package org.irohub.staff.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.irohub.identity.Username;

/**
 * What a manager enters about a chair, checked: name, optional username, team, FTE 0.1 to 1.0, at least one
 * working day and a daily limit of 1 to 10 conferences. Built only by {@link #parse}, which reports every
 * problem at once.
 */
public record ChairDetails(String name, String username, String team, BigDecimal fte, Set<DayOfWeek> workingDays,
        int maxConferencesPerDay) {

    public static final int DEFAULT_MAX_CONFERENCES_PER_DAY = 3;

    static final BigDecimal MIN_FTE = new BigDecimal("0.10");
    static final BigDecimal MAX_FTE = new BigDecimal("1.00");

    public ChairDetails {
        workingDays = Set.copyOf(workingDays);
    }

    /**
     * @param fte as typed, for example "0.5"
     * @param workingDays day names such as "MONDAY"
     * @param maxConferencesPerDay as typed; empty means the default of 3
     * @throws StaffValidationException naming each field at fault
     */
    public static ChairDetails parse(String name, String username, String team, String fte,
            Collection<String> workingDays, String maxConferencesPerDay) {
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanName = Fields.required(name, "name", "Enter the chair's full name", 120, errors);
        String cleanUsername = username(username, errors);
        String cleanTeam = Fields.required(team, "team", "Enter the chair's team", 120, errors);
        BigDecimal cleanFte = fte(fte, errors);
        Set<DayOfWeek> days = days(workingDays, errors);
        Integer limit = Fields.text(maxConferencesPerDay) == null ? Integer.valueOf(DEFAULT_MAX_CONFERENCES_PER_DAY)
                : Fields.wholeNumber(maxConferencesPerDay, "maxConferencesPerDay", 1, 10,
                        "Enter the most conferences a day as a whole number from 1 to 10", errors);
        if (!errors.isEmpty()) {
            throw new StaffValidationException(errors);
        }
        return new ChairDetails(cleanName, cleanUsername, cleanTeam, cleanFte, days, limit);
    }

    private static String username(String username, Map<String, String> errors) {
        String text = Fields.text(username);
        if (text == null) {
            return null;
        }
        try {
            return new Username(text).value().toLowerCase(Locale.ROOT);
        }
        catch (IllegalArgumentException e) {
            errors.put("username", e.getMessage());
            return null;
        }
    }

    private static BigDecimal fte(String fte, Map<String, String> errors) {
        BigDecimal value = Fields.decimal(fte);
        if (value == null) {
            errors.put("fte", "Enter the FTE as a number from 0.1 to 1.0, for example 0.5");
            return null;
        }
        if (value.compareTo(MIN_FTE) < 0 || value.compareTo(MAX_FTE) > 0) {
            errors.put("fte", "FTE must be from 0.1 to 1.0");
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            errors.put("fte", "FTE must have no more than 2 decimal places, for example 0.75");
            return null;
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static Set<DayOfWeek> days(Collection<String> names, Map<String, String> errors) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (names != null) {
            for (String day : names) {
                try {
                    days.add(DayOfWeek.valueOf(day.trim().toUpperCase(Locale.ROOT)));
                }
                catch (IllegalArgumentException | NullPointerException e) {
                    errors.put("workingDays", "Working days must be days of the week, such as MONDAY");
                    return days;
                }
            }
        }
        if (days.isEmpty()) {
            errors.put("workingDays", "Select at least one day the chair works");
        }
        return days;
    }
}
