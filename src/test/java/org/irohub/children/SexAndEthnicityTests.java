package org.irohub.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SexAndEthnicityTests {

    @Test
    void sexAcceptsNamesAndCensusCodesInAnyCase() {
        assertThat(Sex.parse("MALE")).isEqualTo(Sex.MALE);
        assertThat(Sex.parse(" f ")).isEqualTo(Sex.FEMALE);
        assertThat(Sex.parse("u")).isEqualTo(Sex.UNKNOWN);
        assertThat(Sex.parse("Unknown")).isEqualTo(Sex.UNKNOWN);
        assertThat(Sex.FEMALE.code()).isEqualTo("F");
    }

    @Test
    void sexRefusesAnythingElse() {
        assertThatThrownBy(() -> Sex.parse("X")).hasMessageContaining("MALE, FEMALE or UNKNOWN");
        assertThatThrownBy(() -> Sex.parse("")).hasMessage("Select the child's sex");
    }

    @Test
    void ethnicityAcceptsDfeCodesInAnyCase() {
        assertThat(Ethnicity.parse(" wbri ")).isEqualTo(Ethnicity.WBRI);
        assertThat(Ethnicity.parse("NOBT").label()).isEqualTo("Information not yet obtained");
        assertThat(Ethnicity.values()).hasSize(20);
        assertThatThrownBy(() -> Ethnicity.parse("WHITE")).hasMessageContaining("DfE ethnicity code");
    }
}
