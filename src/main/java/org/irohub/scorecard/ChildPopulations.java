package org.irohub.scorecard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ONS estimate of residents aged 0 to 17, by financial year, that makes {@code ratePer10kAtEnd}: a period
 * uses the estimate of the financial year its last day falls in. Each change is audited with the old value.
 */
@Service
public class ChildPopulations {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ChildPopulations(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Integer> population(FinancialYear year) {
        return jdbc.sql("SELECT population FROM scorecard_child_population WHERE financial_year = :year")
            .param("year", year.startYear())
            .query(Integer.class)
            .optional();
    }

    /** The estimate for the period ending on {@code to}. */
    @Transactional(readOnly = true)
    public Optional<Integer> populationForPeriodEnding(LocalDate to) {
        return population(FinancialYear.containing(to));
    }

    @Transactional
    public void set(FinancialYear year, Integer population, String username) {
        if (population == null) {
            throw ScorecardException.invalid("population", "Enter the population aged 0 to 17");
        }
        if (population < 1) {
            throw ScorecardException.invalid("population", "The population must be a whole number of 1 or more");
        }
        Optional<Integer> before = population(year);
        int changed = jdbc.sql("""
                UPDATE scorecard_child_population SET population = :population, set_by = :user, set_at = :at
                WHERE financial_year = :year
                """)
            .param("population", population)
            .param("user", username)
            .param("at", OffsetDateTime.now(clock))
            .param("year", year.startYear())
            .update();
        if (changed == 0) {
            jdbc.sql("""
                    INSERT INTO scorecard_child_population (financial_year, population, set_by, set_at)
                    VALUES (:year, :population, :user, :at)
                    """)
                .param("year", year.startYear())
                .param("population", population)
                .param("user", username)
                .param("at", OffsetDateTime.now(clock))
                .update();
        }
        audit.record(AuditEvent.success("CHILD_POPULATION_SET", "ChildPopulation", year.label())
            .withDetail("population=" + population + before.map(b -> " (was " + b + ")").orElse(" (was not set)")));
    }
}
