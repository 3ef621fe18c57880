package org.irohub.children;

/**
 * An NHS number: 10 digits whose last is a modulus 11 check digit over the first nine (weights 10 down to 2;
 * check = 11 - sum mod 11, where 11 means 0 and 10 means the number can never be valid). Held without spaces.
 */
public record NhsNumber(String value) {

    public NhsNumber {
        if (value == null || !value.matches("[0-9]{10}")) {
            throw new IllegalArgumentException("NHS number must be 10 digits");
        }
        if (checkDigit(value) != value.charAt(9) - '0') {
            throw new IllegalArgumentException("NHS number is not valid: check the digits");
        }
    }

    /** Accepts the number as people write it, with spaces anywhere (usually 3 3 4). */
    public static NhsNumber of(String input) {
        return new NhsNumber(input == null ? null : input.replace(" ", ""));
    }

    /** 943 476 5919: the way it is printed on NHS letters. */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }

    /** @return the check digit for the first nine digits, or 10 when no check digit can make them valid */
    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }

    @Override
    public String toString() {
        return value;
    }
}
