package org.irohub.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UpnTests {

    @Test
    void computesTheCheckLetterFromWeightsTwoToThirteenModulo23() {
        // 2*2 + 1*4 + 4*5 + 1*7 + 1*10 + 1*13 = 58; 58 mod 23 = 12, the 13th letter of ABCDEFGHJKLMNPQRTUVWXYZ: L
        assertThat(Upn.checkLetter("201401100001")).isEqualTo('L');
        assertThat(Upn.checkLetter("000000000000")).isEqualTo('A');
    }

    @Test
    void acceptsPermanentUpnsWithTheRightCheckLetter() {
        assertThat(Upn.of("L201401100001").temporary()).isFalse();
        assertThat(Upn.of("G938012345678").value()).isEqualTo("G938012345678");
    }

    @Test
    void acceptsATemporaryUpnWithALetterLast() {
        // A in position 13 counts 0; so V80610100001A has the same sum as ...0 there.
        Upn upn = Upn.of("V80610100001A");
        assertThat(upn.temporary()).isTrue();
    }

    @Test
    void trimsAndUpperCasesWhatWasTyped() {
        assertThat(Upn.of("  l201401100001 ").value()).isEqualTo("L201401100001");
        assertThat(Upn.of("v80610100001a").value()).isEqualTo("V80610100001A");
    }

    @Test
    void refusesAWrongCheckLetter() {
        assertThatThrownBy(() -> Upn.of("M201401100001")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("check letter does not match");
        assertThatThrownBy(() -> Upn.of("L201401100002")).hasMessageContaining("check letter does not match");
    }

    @Test
    void refusesTheWrongLength() {
        assertThatThrownBy(() -> Upn.of("L20140110000")).hasMessage("UPN must be 13 characters");
        assertThatThrownBy(() -> Upn.of("L2014011000011")).hasMessage("UPN must be 13 characters");
        assertThatThrownBy(() -> Upn.of(null)).hasMessage("UPN must be 13 characters");
    }

    @Test
    void refusesLettersWhereDigitsBelongAndLettersOutsideTheAlphabet() {
        assertThatThrownBy(() -> Upn.of("L2014011000A1")).hasMessageContaining("11 digits");
        assertThatThrownBy(() -> Upn.of("1201401100001")).hasMessageContaining("check letter, 11 digits");
        // I, O and S are never used: they look like 1, 0 and 5.
        assertThatThrownBy(() -> Upn.of("L20140110000I")).hasMessageContaining("check letter, 11 digits");
        assertThatThrownBy(() -> Upn.of("O201401100001")).hasMessageContaining("check letter, 11 digits");
    }
}
