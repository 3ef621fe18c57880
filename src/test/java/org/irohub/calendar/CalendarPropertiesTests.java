package org.irohub.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.irohub.calendar.internal.CalendarProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class CalendarPropertiesTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CalendarProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Properties.class);

    @Test
    void defaultsToEnglandAndWales() {
        runner.run(context -> assertThat(context.getBean(CalendarProperties.class).configuredRegion())
            .isEqualTo(Region.ENGLAND_AND_WALES));
    }

    @Test
    void acceptsScotlandByItsGovUkDivisionName() {
        runner.withPropertyValues("irohub.calendar.region=scotland")
            .run(context -> assertThat(context.getBean(CalendarProperties.class).configuredRegion())
                .isEqualTo(Region.SCOTLAND));
    }

    @Test
    void anUnknownRegionStopsStartUpSayingWhichValuesAreAllowed() {
        runner.withPropertyValues("irohub.calendar.region=wales")
            .run(context -> assertThat(context).hasFailed()
                .getFailure()
                .rootCause()
                .hasMessage("irohub.calendar.region is 'wales' but must be one of england-and-wales, scotland, northern-ireland"));
    }
}
