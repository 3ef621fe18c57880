package org.irohub.identity;

import java.util.regex.Pattern;

/** A sign-in name: 3 to 80 letters, digits, dots, hyphens, underscores or @, kept as typed but matched without case. */
public record Username(String value) {

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._@-]{3,80}");

    public Username {
        if (value == null || !ALLOWED.matcher(value.trim()).matches()) {
            throw new IllegalArgumentException(
                    "Enter a username of 3 to 80 letters, numbers, dots, hyphens, underscores or @");
        }
        value = value.trim();
    }
}
