package org.irohub.scorecard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import org.irohub.IroHubApplication;
import org.irohub.support.EmbeddedPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The yearly scorecard on an England-sized history (default 500,000 children, ten years) beside the hand-written
 * statement of {@link HandWrittenScorecardSql}, on H2 (in memory, PostgreSQL mode) or an embedded PostgreSQL.
 * Not a JMH benchmark: each figure is a whole request, timed after warm-up, median of the runs.
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx6g -cp target/test-classes:target/classes:$(cat target/cp.txt) org.irohub.scorecard.ScorecardBenchmark h2 500000
 * </pre>
 */
public final class ScorecardBenchmark {

    private ScorecardBenchmark() {
    }

    public static void main(String[] args) {
        String database = args.length > 0 ? args[0] : "h2";
        int children = args.length > 1 ? Integer.parseInt(args[1]) : 500_000;
        // A directory keeps the data between runs (written once, then only timed).
        String directory = args.length > 2 ? args[2] : null;
        String url = database.equals("postgres") ? postgres(directory) + "&reWriteBatchedInserts=true"
                : (directory == null ? "jdbc:h2:mem:bench" : "jdbc:h2:file:" + directory + "/h2;CACHE_SIZE=4194304")
                        + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE";
        List<String> spring = new ArrayList<>(List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + (database.equals("postgres") ? "postgres" : "sa"),
                "--spring.datasource.password=", "--server.port=0", "--irohub.admin.password=bench kettle cobalt lantern",
                "--logging.level.root=WARN"));
        // Anything after the directory goes to Spring, e.g. --spring.flyway.validate-on-migrate=false.
        spring.addAll(List.of(args).subList(Math.min(args.length, 3), args.length));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(IroHubApplication.class)
            .run(spring.toArray(String[]::new))) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            ScorecardService scorecards = app.getBean(ScorecardService.class);
            if (jdbc.queryForObject("SELECT COUNT(*) FROM child_protection_plan", Long.class) == 0) {
                long t0 = System.nanoTime();
                EnglandSizedHistory history = new EnglandSizedHistory(jdbc);
                history.write(children);
                jdbc.execute(database.equals("postgres") ? "VACUUM ANALYZE" : "ANALYZE");
                System.out.printf("%s: %,d children written in %.1f s%n", database, children,
                        (System.nanoTime() - t0) / 1e9);
            }
            System.out.printf("%s: %,d plans, %,d reviews, %,d initial conferences%n", database,
                    jdbc.queryForObject("SELECT COUNT(*) FROM child_protection_plan", Long.class),
                    jdbc.queryForObject("SELECT COUNT(*) FROM plan_review", Long.class),
                    jdbc.queryForObject("SELECT COUNT(*) FROM conference WHERE type = 'INITIAL'", Long.class));
            for (int year : Integer.getInteger("year") == null ? new int[] { 2024, 2019 }
                    : new int[] { Integer.getInteger("year") }) {
                LocalDate from = LocalDate.of(year, 4, 1);
                LocalDate to = LocalDate.of(year + 1, 3, 31);
                Scorecard scorecard = scorecards.compute(from, to);
                System.out.println("  " + from + ".." + to + " " + scorecard.byId());
                System.out.printf("  scorecard    %s%n", time(() -> scorecards.compute(from, to)));
                ScorecardQueries queries = app.getBean(ScorecardQueries.class);
                var dates = ScorecardQueries.OpenAtEndDates.at(to);
                if (Boolean.getBoolean("explain")) {
                    var client = org.springframework.jdbc.core.simple.JdbcClient.create(jdbc);
                    for (String sql : new String[] { ScorecardQueries.PLAN_FLOWS,
                            ScorecardQueries.REVIEWS, ScorecardQueries.ICPCS }) {
                        System.out.println(client.sql("EXPLAIN ANALYZE " + sql)
                            .param("from", from).param("to", to).param("t3", dates.started3MonthsBy())
                            .param("t12", dates.started12MonthsBy()).param("t24", dates.started24MonthsBy())
                            .param("firstDueFrom", dates.firstReviewDueNotBeforeTo())
                            .param("laterDueFrom", dates.laterReviewDueNotBeforeTo())
                            .query(String.class).list().stream().collect(java.util.stream.Collectors.joining("\n")));
                    }
                }
                System.out.printf("    plan flows   %s%n", time(() -> queries.planFlows(from, to)));
                System.out.printf("    open at end  %s%n", time(() -> queries.openAtEnd(dates)));
                System.out.printf("    reviews      %s%n", time(() -> queries.reviews(from, to)));
                System.out.printf("    icpcs        %s%n", time(() -> queries.icpcTimeliness(from, to, s -> s.plusDays(21))));
                System.out.printf("  hand-written %s  %s%n", time(() -> HandWrittenScorecardSql.run(jdbc, from, to)),
                        HandWrittenScorecardSql.run(jdbc, from, to));
                if (database.equals("postgres")) {
                    var client = org.springframework.jdbc.core.simple.JdbcClient.create(jdbc);
                    // PostgreSQL counts ICPCs in SQL; count them here as H2 does, row by row in Java, to compare.
                    int[] streamed = new int[2];
                    client.sql(ScorecardQueries.ICPCS).param("from", from).param("to", to).query(rs -> {
                        streamed[0]++;
                        LocalDate start = rs.getObject(1, LocalDate.class);
                        if (!rs.getObject(2, LocalDate.class).isAfter(scorecards.icpcDue(start))) {
                            streamed[1]++;
                        }
                    });
                    System.out.printf("  ICPCs counted row by row in Java: %d held, %d in time (%s)%n", streamed[0],
                            streamed[1], streamed[0] == scorecard.count(Indicator.ICPC_HELD)
                                    && streamed[1] == scorecard.count(Indicator.ICPC_WITHIN_15_WORKING_DAYS)
                                            ? "the same as the scorecard" : "DIFFERENT from the scorecard");
                    var full = HandWrittenFullScorecardSql.run(client, from, to, scorecards::icpcDue);
                    System.out.printf("  hand-written, every count %s  %s%n",
                            time(() -> HandWrittenFullScorecardSql.run(client, from, to, scorecards::icpcDue)),
                            full.equals(HandWrittenFullScorecardSql.countsOf(scorecard)) ? "(the same counts as the scorecard)"
                                    : "DIFFERENT COUNTS: " + full);
                }
            }
        }
    }

    private static String postgres(String directory) {
        if (directory == null) {
            return EmbeddedPostgres.jdbcUrl();
        }
        try {
            return io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setDataDirectory(java.nio.file.Path.of(directory, "pg"))
                .setCleanDataDirectory(false)
                .start()
                .getJdbcUrl("postgres", "postgres");
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String time(Supplier<?> work) {
        for (int i = 0; i < 2; i++) {
            work.get();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            work.get();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        return String.format("median %.0f ms (min %.0f, max %.0f)", ms.get(2), ms.get(0), ms.get(4));
    }
}
