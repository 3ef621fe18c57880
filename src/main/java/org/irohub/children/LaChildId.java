package org.irohub.children;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The local authority's own id for a child ({@code LAchildID} in the CIN census): up to 10 letters, digits,
 * hyphens or slashes. Held in upper case, so ids that differ only in case (easily confused when read out)
 * cannot be two different children.
 */
public record LaChildId(String value) {

    public static final int MAX_LENGTH = 10;
    private static final Pattern ALLOWED = Pattern.compile("[A-Z0-9/-]+");

    public LaChildId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Enter the LA child id");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("LA child id must be " + MAX_LENGTH + " characters or fewer");
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException("LA child id must contain only letters, numbers, hyphens and slashes");
        }
    }

    /** Trims spaces around the id and puts letters in upper case before checking it. */
    public static LaChildId of(String input) {
        return new LaChildId(input == null ? null : input.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
