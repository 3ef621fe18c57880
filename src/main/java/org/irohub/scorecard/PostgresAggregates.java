package org.irohub.scorecard;

import java.time.LocalDate;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ICPC timeliness pass counted by PostgreSQL itself, to the same rule as the check in Java: sending every
 * ICPC of the period to be counted in the JVM cost PostgreSQL twice what the counting does (England-sized
 * history: 101 ms instead of 203 for 2024-25). H2, which runs in the JVM, keeps the pass in Java: a join to a list
 * of dates costs it several times the rows.
 * <p>
 * The plans open at the end stay in Java ({@link OpenPlans}) on both databases: written as one aggregate, with
 * each plan's reviews and category at the date, PostgreSQL took as long (256 ms) or twice as long for a year
 * further back.
 */
final class PostgresAggregates {

    /**
     * ICPCs held in the period, and those held by the deadline of their section 47 start, each deadline given
     * (computed in Java) for every start from {@link #DEADLINES_FROM} days before the period: a start earlier than
     * that has a deadline before the period, so an ICPC held in the period is late.
     */
    static final String ICPCS = """
            SELECT COUNT(*) AS held, COUNT(*) FILTER (WHERE i.held_on <= d.deadline) AS within
            FROM cp_icpc_facts i
            LEFT JOIN unnest(CAST(:starts AS DATE[]), CAST(:deadlines AS DATE[])) AS d (start_on, deadline)
                   ON d.start_on = i.section47_start
            WHERE i.held_on BETWEEN :from AND :to AND i.section47_start IS NOT NULL AND i.held_on >= i.section47_start
            """;

    /** Far more calendar days than 15 working days can span, however many bank holidays fall in them. */
    static final int DEADLINES_FROM = 60;

    private final JdbcClient jdbc;

    PostgresAggregates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each section 47 start that can matter to a period, and its ICPC deadline, as PostgreSQL date arrays. */
    record Deadlines(String starts, String deadlines) {

        static Deadlines of(LocalDate from, LocalDate to, UnaryOperator<LocalDate> deadline) {
            StringJoiner starts = new StringJoiner(",", "{", "}");
            StringJoiner deadlines = new StringJoiner(",", "{", "}");
            for (LocalDate start = from.minusDays(DEADLINES_FROM); !start.isAfter(to); start = start.plusDays(1)) {
                starts.add(start.toString());
                deadlines.add(deadline.apply(start).toString());
            }
            return new Deadlines(starts.toString(), deadlines.toString());
        }
    }

    /** @return {held, within their deadline} */
    int[] icpcs(LocalDate from, LocalDate to, UnaryOperator<LocalDate> deadline) {
        Deadlines deadlines = Deadlines.of(from, to, deadline);
        return jdbc.sql(ICPCS)
            .param("from", from)
            .param("to", to)
            .param("starts", deadlines.starts())
            .param("deadlines", deadlines.deadlines())
            .query((rs, n) -> new int[] { rs.getInt("held"), rs.getInt("within") })
            .single();
    }
}
