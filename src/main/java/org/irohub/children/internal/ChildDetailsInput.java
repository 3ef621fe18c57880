package org.irohub.children.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.irohub.children.Ethnicity;
import org.irohub.children.LaChildId;
import org.irohub.children.NhsNumber;
import org.irohub.children.Sex;
import org.irohub.children.Upn;

/**
 * A child's details as typed on a page or sent to the API, all as text so that every mistake can be named
 * against its field rather than failing on the first. Dates are ISO {@code YYYY-MM-DD}.
 */
public record ChildDetailsInput(String laChildId, String firstName, String lastName, String dateOfBirth,
        String expectedDateOfBirth, String sex, String ethnicity, String disability, String upn, String nhsNumber) {

    static final int MAX_NAME_LENGTH = 100;
    /** A pregnancy lasts about 40 weeks: an expected date further ahead is a typing mistake. */
    static final int MAX_MONTHS_BEFORE_BIRTH = 10;

    /**
     * @param today the date a date of birth may not be after
     * @throws ChildValidationException naming each field at fault
     */
    public ChildDetails parse(LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        LaChildId id = value("laChildId", laChildId, LaChildId::of, errors);
        String first = name("firstName", firstName, "first name", errors);
        String last = name("lastName", lastName, "last name", errors);
        LocalDate born = date("dateOfBirth", dateOfBirth, "Date of birth", errors);
        LocalDate expected = date("expectedDateOfBirth", expectedDateOfBirth, "Expected date of birth", errors);
        checkBirth(born, expected, today, errors);
        Sex s = value("sex", sex, Sex::parse, errors);
        Ethnicity e = blank(ethnicity) ? null : value("ethnicity", ethnicity, Ethnicity::parse, errors);
        Boolean disabled = yesNo(disability, errors);
        Upn u = blank(upn) ? null : value("upn", upn, Upn::of, errors);
        NhsNumber nhs = blank(nhsNumber) ? null : value("nhsNumber", nhsNumber, NhsNumber::of, errors);
        if (!errors.isEmpty()) {
            throw new ChildValidationException(errors);
        }
        return new ChildDetails(id, first, last, born, expected, s, e, disabled, u, nhs);
    }

    private static void checkBirth(LocalDate born, LocalDate expected, LocalDate today, Map<String, String> errors) {
        if (errors.containsKey("dateOfBirth") || errors.containsKey("expectedDateOfBirth")) {
            return;
        }
        if (born == null && expected == null) {
            errors.put("dateOfBirth", "Enter the date of birth or, for an unborn child, the expected date of birth");
        }
        else if (born != null && expected != null) {
            errors.put("dateOfBirth", "Enter a date of birth or an expected date of birth, not both");
        }
        else if (born != null && born.isAfter(today)) {
            errors.put("dateOfBirth", "Date of birth must be today or in the past");
        }
        else if (expected != null && expected.isAfter(today.plusMonths(MAX_MONTHS_BEFORE_BIRTH))) {
            errors.put("expectedDateOfBirth",
                    "Expected date of birth must be within " + MAX_MONTHS_BEFORE_BIRTH + " months from today");
        }
    }

    private static String name(String field, String value, String what, Map<String, String> errors) {
        if (blank(value)) {
            errors.put(field, "Enter the child's " + what);
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > MAX_NAME_LENGTH) {
            errors.put(field, capitalise(what) + " must be " + MAX_NAME_LENGTH + " characters or fewer");
        }
        return trimmed;
    }

    private static LocalDate date(String field, String value, String what, Map<String, String> errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        }
        catch (DateTimeParseException e) {
            errors.put(field, what + " must be a real date");
            return null;
        }
    }

    private static Boolean yesNo(String value, Map<String, String> errors) {
        if (blank(value)) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "yes", "true", "y" -> Boolean.TRUE;
            case "no", "false", "n" -> Boolean.FALSE;
            default -> {
                errors.put("disability", "Disability must be yes or no");
                yield null;
            }
        };
    }

    private static <T> T value(String field, String input, Function<String, T> factory, Map<String, String> errors) {
        try {
            return factory.apply(input);
        }
        catch (IllegalArgumentException e) {
            errors.put(field, e.getMessage());
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
