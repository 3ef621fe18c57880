package org.irohub.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Years far ahead, so that no other test's populations are involved. */
@IroHubTest
class DemoPopulationsTests {

    @Autowired
    ChildPopulations populations;

    @Test
    void setsThisYearAndTheTwoBeforeButLeavesAYearAlreadySet() {
        Clock june2090 = Clock.fixed(Instant.parse("2090-06-01T09:00:00Z"), ZoneId.of("Europe/London"));
        populations.set(FinancialYear.parse("2089-90"), 54_280, "manager");

        new DemoPopulations(populations, june2090).run(null);

        assertThat(populations.population(FinancialYear.parse("2090-91"))).contains(DemoPopulations.DEMO_POPULATION);
        assertThat(populations.population(FinancialYear.parse("2089-90"))).contains(54_280);
        assertThat(populations.population(FinancialYear.parse("2088-89"))).contains(DemoPopulations.DEMO_POPULATION);
        assertThat(populations.population(FinancialYear.parse("2087-88"))).isEmpty();
    }
}
