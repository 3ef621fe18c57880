package org.irohub.scorecard;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: a child population for this financial year and the two before, so the rate per 10,000 shows.
 * The figure is scaled to the demo's generated history (not a real ONS estimate): about 70 of its 400 children
 * are on a plan at any time, so 16,000 puts the rate in the 40s per 10,000, where England's has been; 5,000 gave
 * three times England's and made the demo look like an authority in crisis. An administrator replaces it with
 * the authority's own. Years already set are left alone.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "irohub.demo.enabled", havingValue = "true")
class DemoPopulations implements ApplicationRunner {

    static final int DEMO_POPULATION = 16_000;

    private final ChildPopulations populations;
    private final Clock clock;

    DemoPopulations(ChildPopulations populations, Clock clock) {
        this.populations = populations;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        FinancialYear year = FinancialYear.containing(LocalDate.now(clock));
        for (int i = 0; i < 3; i++, year = year.previous()) {
            if (populations.population(year).isEmpty()) {
                populations.set(year, DEMO_POPULATION, "demo");
            }
        }
    }
}
