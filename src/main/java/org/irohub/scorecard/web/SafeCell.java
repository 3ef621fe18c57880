package org.irohub.scorecard.web;

/**
 * A text cell a spreadsheet will not run: text that starts with {@code = + - @}, a tab or a carriage return is
 * read as a formula by Excel and others, so it is prefixed with a single quote (OWASP CSV injection).
 */
final class SafeCell {

    private SafeCell() {
    }

    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
