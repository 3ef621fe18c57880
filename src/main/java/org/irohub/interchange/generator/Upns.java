package org.irohub.interchange.generator;

import java.time.LocalDate;

/**
 * Unique Pupil Numbers in the DfE format, so that IRO Hub's UPN check accepts them: a check letter, the LA code,
 * a four-digit school number, the two-digit year the number was issued and a three-digit serial.
 */
final class Upns {

    /** The DfE's check-letter alphabet (no I, O or S). */
    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private Upns() {
    }

    static String upn(String lea, LocalDate birth, Draws draws) {
        int issued = (birth.getYear() + 4) % 100;
        String twelve = lea + String.format("%04d", draws.between(1000, 7999)) + String.format("%02d", issued)
                + String.format("%03d", draws.between(1, 999));
        return checkLetter(twelve) + twelve;
    }

    /** Weights 2 to 13 on the 12 characters after the letter, sum modulo 23, as a letter. */
    static char checkLetter(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i + 2);
        }
        return LETTERS.charAt(sum % 23);
    }
}
