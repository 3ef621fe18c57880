package org.irohub.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.irohub.calendar.internal.ConfiguredTimescales;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** {@code irohub.timescales.<key>: <amount>} in application.yml. */
class ConfiguredTimescalesTests {

    @Test
    void aLocalTimescaleTakesTheConfiguredValue() {
        var env = new MockEnvironment().withProperty("irohub.timescales.minutes-distributed", "20");

        var timescales = ConfiguredTimescales.from(env);

        assertThat(timescales.get(TimescaleId.MINUTES_DISTRIBUTED).amount()).isEqualTo(20);
        assertThat(timescales.get(TimescaleId.DECISION_LETTER).amount()).isEqualTo(1);
    }

    @Test
    void aStatutoryTimescaleMayBeShortened() {
        var env = new MockEnvironment().withProperty("irohub.timescales.icpc", "10");

        assertThat(ConfiguredTimescales.from(env).get(TimescaleId.ICPC).amount()).isEqualTo(10);
    }

    @Test
    void aStatutoryTimescaleCannotBeLengthened() {
        var env = new MockEnvironment().withProperty("irohub.timescales.icpc", "20");

        assertThatThrownBy(() -> ConfiguredTimescales.from(env)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("irohub.timescales.icpc = 20 is refused")
            .hasMessageContaining("statutory");
    }

    @Test
    void anUnknownKeyStopsStartUpListingTheKnownOnes() {
        var env = new MockEnvironment().withProperty("irohub.timescales.minutes", "20");

        assertThatThrownBy(() -> ConfiguredTimescales.from(env)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("irohub.timescales.minutes names no timescale")
            .hasMessageContaining("minutes-distributed");
    }

    @Test
    void anImplausibleValueIsRefused() {
        var env = new MockEnvironment().withProperty("irohub.timescales.minutes-distributed", "150");

        assertThatThrownBy(() -> ConfiguredTimescales.from(env)).hasMessageContaining("from 0 to 120");
    }
}
