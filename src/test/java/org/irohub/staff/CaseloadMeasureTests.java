package org.irohub.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseloadMeasureTests {

    private final CaseloadMeasure handbook = CaseloadMeasure.iroHandbook();

    @ParameterizedTest(name = "{0} children at {1} FTE is {2}")
    @CsvSource({
            "49, 1.0, UNDER", "50, 1.0, WITHIN", "70, 1.0, WITHIN", "71, 1.0, OVER",
            "24, 0.5, UNDER", "25, 0.5, WITHIN", "30, 0.5, WITHIN", "35, 0.5, WITHIN", "36, 0.5, OVER",
            "39, 0.8, UNDER", "40, 0.8, WITHIN", "56, 0.8, WITHIN", "57, 0.8, OVER",
            "0, 0.1, UNDER", "5, 0.1, WITHIN", "7, 0.1, WITHIN", "8, 0.1, OVER" })
    void measuresTheCaseloadPerFteAgainstTheInclusiveBand(int children, String fte, CaseloadBand band) {
        assertThat(handbook.band(children, new BigDecimal(fte))).isEqualTo(band);
    }

    @Test
    void givesTheCaseloadPerFteToOneDecimalPlace() {
        assertThat(handbook.perFte(30, new BigDecimal("0.5"))).isEqualByComparingTo("60.0");
        assertThat(handbook.perFte(50, new BigDecimal("0.8"))).isEqualByComparingTo("62.5");
        assertThat(handbook.perFte(20, new BigDecimal("0.30"))).isEqualByComparingTo("66.7");
    }

    @Test
    void usesTheBandItIsGiven() {
        CaseloadMeasure local = new CaseloadMeasure(40, 60);

        assertThat(local.band(61, BigDecimal.ONE)).isEqualTo(CaseloadBand.OVER);
        assertThat(local.band(40, BigDecimal.ONE)).isEqualTo(CaseloadBand.WITHIN);
        assertThat(local.min()).isEqualTo(40);
        assertThat(local.max()).isEqualTo(60);
    }

    @Test
    void refusesANonsenseBandOrFte() {
        assertThatThrownBy(() -> new CaseloadMeasure(70, 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> handbook.band(10, BigDecimal.ZERO)).hasMessageContaining("FTE must be more than 0");
        assertThatThrownBy(() -> handbook.perFte(10, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
