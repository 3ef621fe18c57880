package org.irohub.interchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.irohub.scorecard.ChildPopulations;
import org.irohub.scorecard.FinancialYear;
import org.irohub.scorecard.Indicator;
import org.irohub.scorecard.Scorecard;
import org.irohub.scorecard.ScorecardService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Same context as DemoCasesTests (same properties and profiles), so demo mode starts once for both. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:demo;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles({ "test", "demo" })
class DemoHistoryTests {

    @Autowired
    DemoHistory demoHistory;

    @Autowired
    ScorecardService scorecard;

    @Autowired
    ChildPopulations populations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void demoModeStartsWithAGeneratedHistorySoTheScorecardHasFiguresForThePastYear() {
        LocalDate today = LocalDate.now(clock);
        Scorecard lastYear = scorecard.compute(today.minusYears(1), today);

        assertThat(lastYear.count(Indicator.PLANS_STARTED)).isPositive();
        assertThat(lastYear.count(Indicator.ICPC_HELD)).isPositive();
        assertThat(lastYear.count(Indicator.REVIEWS_HELD)).isPositive();
        assertThat(lastYear.count(Indicator.CHILDREN_ON_PLAN_AT_END)).isPositive();
        // a rate like England's (in the 40s per 10,000), not one that makes the demo look like a crisis
        assertThat(lastYear.figure(Indicator.RATE_PER_10K_AT_END)).isBetween(new BigDecimal("25"),
                new BigDecimal("70"));
        assertThat(populations.population(FinancialYear.containing(today))).isPresent();
    }

    @Test
    void theDemoHistoryIsImportedOnceHoweverOftenTheApplicationStarts() throws Exception {
        int children = children();

        demoHistory.run(null);

        assertThat(children()).isEqualTo(children).isGreaterThanOrEqualTo(400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM census_import WHERE submitted_by = 'demo'").query(Integer.class)
            .single()).isEqualTo(1);
    }

    private int children() {
        return jdbc.sql("SELECT COUNT(*) FROM child WHERE la_child_id LIKE 'GEN%'").query(Integer.class).single();
    }
}
