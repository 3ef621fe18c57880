package org.irohub.children;

import java.util.Locale;

/**
 * A Unique Pupil Number (DfE): a check letter followed by 12 characters, 11 digits and then a digit or, for a
 * temporary UPN, a letter. The check letter is the sum over characters 2 to 13 of value times position
 * (weights 2 to 13), modulo 23, as a letter of {@value #LETTERS}; a letter's value is its index there.
 */
public record Upn(String value) {

    static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    public Upn {
        if (value == null || value.length() != 13) {
            throw new IllegalArgumentException("UPN must be 13 characters");
        }
        if (LETTERS.indexOf(value.charAt(0)) < 0 || !value.substring(1, 12).matches("[0-9]{11}")
                || !(Character.isDigit(value.charAt(12)) || LETTERS.indexOf(value.charAt(12)) >= 0)) {
            throw new IllegalArgumentException(
                    "UPN must be a check letter, 11 digits, then a digit or a letter (for a temporary UPN)");
        }
        if (checkLetter(value.substring(1)) != value.charAt(0)) {
            throw new IllegalArgumentException("UPN is not valid: the check letter does not match, check the characters");
        }
    }

    /** Trims spaces around the UPN and puts letters in upper case before checking it. */
    public static Upn of(String input) {
        return new Upn(input == null ? null : input.trim().toUpperCase(Locale.ROOT));
    }

    /** Whether this is a temporary UPN, given before a permanent one is known (a letter in position 13). */
    public boolean temporary() {
        return !Character.isDigit(value.charAt(12));
    }

    /** The check letter for the 12 characters after it. */
    static char checkLetter(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = twelve.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : LETTERS.indexOf(c);
            sum += v * (i + 2);
        }
        return LETTERS.charAt(sum % 23);
    }

    @Override
    public String toString() {
        return value;
    }
}
