package org.irohub.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NhsNumberTests {

    @Test
    void acceptsANumberWhoseCheckDigitMatches() {
        assertThat(NhsNumber.of("9434765919").value()).isEqualTo("9434765919");
        assertThat(NhsNumber.of("4010232137").value()).isEqualTo("4010232137");
    }

    @Test
    void acceptsSpacesAnywhereIncludingAroundIt() {
        assertThat(NhsNumber.of(" 943 476 5919 ").value()).isEqualTo("9434765919");
    }

    @Test
    void formatsAsThreeThreeFour() {
        assertThat(NhsNumber.of("9434765919").formatted()).isEqualTo("943 476 5919");
    }

    @Test
    void refusesAWrongCheckDigit() {
        assertThatThrownBy(() -> NhsNumber.of("943 476 5918")).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("NHS number is not valid: check the digits");
    }

    @Test
    void refusesNumbersWhoseCheckDigitWouldBeTen() {
        // 123456789: sum 210, 11 - 210 mod 11 = 10, so no tenth digit can make it valid.
        for (int last = 0; last <= 9; last++) {
            int digit = last;
            assertThatThrownBy(() -> NhsNumber.of("123456789" + digit)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void treatsACheckOfElevenAsZero() {
        // 000000000: sum 0, 11 - 0 = 11, which means a check digit of 0.
        assertThat(NhsNumber.checkDigit("000000000")).isZero();
        assertThat(NhsNumber.of("0000000000").value()).isEqualTo("0000000000");
    }

    @Test
    void refusesTheWrongLengthOrLetters() {
        assertThatThrownBy(() -> NhsNumber.of("943476591")).hasMessage("NHS number must be 10 digits");
        assertThatThrownBy(() -> NhsNumber.of("94347659190")).hasMessage("NHS number must be 10 digits");
        assertThatThrownBy(() -> NhsNumber.of("943-476-5919")).hasMessage("NHS number must be 10 digits");
        assertThatThrownBy(() -> NhsNumber.of("94347659l9")).hasMessage("NHS number must be 10 digits");
        assertThatThrownBy(() -> NhsNumber.of(null)).hasMessage("NHS number must be 10 digits");
    }
}
