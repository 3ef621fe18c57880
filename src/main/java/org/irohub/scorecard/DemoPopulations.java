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
 * The figure is scaled to the demo's 400 generated children (not a real ONS estimate), which puts the rate near
 * England's; an administrator replaces it with the authority's own. Years already set are left alone.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "irohub.demo.enabled", havingValue = "true")
class DemoPopulations implements ApplicationRunner {

    static final int DEMO_POPULATION = 5_000;

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
