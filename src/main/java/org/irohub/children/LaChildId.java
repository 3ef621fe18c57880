package org.irohub.children;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The local authority's own id for a child ({@code LAchildID} in the CIN census): up to 50 letters, digits,
 * hyphens, slashes or underscores. The census schema sets no length and case systems differ (the DfE's sample
 * return has {@code child_fails_assessments}); 50 holds any id seen in a return while keeping lists readable.
 * Held in upper case, so ids that differ only in case (easily confused when read out) cannot be two different
 * children.
 */
public record LaChildId(String value) {

    public static final int MAX_LENGTH = 50;
    private static final Pattern ALLOWED = Pattern.compile("[A-Z0-9/_-]+");

    public LaChildId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Enter the LA child id");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("LA child id must be " + MAX_LENGTH + " characters or fewer");
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "LA child id must contain only letters, numbers, hyphens, slashes and underscores");
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
