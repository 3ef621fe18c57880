package org.irohub.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class StaffConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withUserConfiguration(StaffConfiguration.class);

    @Test
    void isStrictWithTheHandbookBandByDefault() {
        runner.run(context -> {
            assertThat(context.getBean(ChairIndependencePolicy.class).mode()).isEqualTo(ChairIndependencePolicy.Mode.STRICT);
            assertThat(context.getBean(CaseloadMeasure.class).min()).isEqualTo(50);
            assertThat(context.getBean(CaseloadMeasure.class).max()).isEqualTo(70);
        });
    }

    @Test
    void anAreaPilotingOtherArrangementsCanSwitchTheCheckOffAndSetItsOwnBand() {
        runner.withPropertyValues("irohub.chairs.independence-policy=OFF", "irohub.chairs.caseload-min=40",
                "irohub.chairs.caseload-max=60").run(context -> {
                    assertThat(context.getBean(ChairIndependencePolicy.class).mode())
                        .isEqualTo(ChairIndependencePolicy.Mode.OFF);
                    assertThat(context.getBean(CaseloadMeasure.class).band(65, BigDecimal.ONE))
                        .isEqualTo(CaseloadBand.OVER);
                });
    }
}
