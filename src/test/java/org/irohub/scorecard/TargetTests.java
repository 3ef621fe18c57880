package org.irohub.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class TargetTests {

    private final Target icpc = new Target(Indicator.ICPC_WITHIN_15_WORKING_DAYS_PCT, Target.Direction.HIGHER_IS_BETTER,
            new BigDecimal("80.0"), new BigDecimal("77.0"));
    private final Target repeat = new Target(Indicator.PLANS_STARTED_SECOND_OR_SUBSEQUENT_PCT,
            Target.Direction.LOWER_IS_BETTER, new BigDecimal("18.7"), new BigDecimal("22.0"));

    @Test
    void higherIsBetterIsGreenFromTheGreenFigureAndAmberFromTheAmber() {
        assertThat(icpc.rate(new BigDecimal("80.0"))).isEqualTo(Rag.GREEN);
        assertThat(icpc.rate(new BigDecimal("79.9"))).isEqualTo(Rag.AMBER);
        assertThat(icpc.rate(new BigDecimal("77.0"))).isEqualTo(Rag.AMBER);
        assertThat(icpc.rate(new BigDecimal("76.9"))).isEqualTo(Rag.RED);
    }

    @Test
    void lowerIsBetterIsGreenUpToTheGreenFigure() {
        assertThat(repeat.rate(new BigDecimal("18.7"))).isEqualTo(Rag.GREEN);
        assertThat(repeat.rate(new BigDecimal("18.8"))).isEqualTo(Rag.AMBER);
        assertThat(repeat.rate(new BigDecimal("22.0"))).isEqualTo(Rag.AMBER);
        assertThat(repeat.rate(22.1)).isEqualTo(Rag.RED);
    }

    @Test
    void anUnknownFigureHasNoRating() {
        assertThat(icpc.rate(null)).isNull();
    }
}
