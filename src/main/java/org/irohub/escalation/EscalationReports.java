package org.irohub.escalation;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Aggregate figures on escalations (no child is named, so reads are not audited as views of a case). */
@Component
public class EscalationReports {

    private final JdbcClient jdbc;
    private final ChairNames chairs;

    EscalationReports(JdbcClient jdbc, ChairNames chairs) {
        this.jdbc = jdbc;
        this.chairs = chairs;
    }

    /** Display names of the chairs and IROs that {@link EscalationSummary#byChair()} counts by username. */
    public Map<String, String> chairNames() {
        return chairs.all();
    }

    record Row(LocalDate raisedOn, Stage highestStage, String agency, String theme, String raisedBy,
            EscalationStatus status, LocalDate closedOn, LocalDate formalLimit) {
    }

    /** Escalations raised from {@code from} to {@code to} inclusive, at most a year apart so quarters do not mix. */
    @Transactional(readOnly = true)
    public EscalationSummary summary(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw EscalationException.invalid("to", "Give the start and end dates, the end on or after the start");
        }
        if (!to.isBefore(from.plusYears(1))) {
            throw EscalationException.invalid("to",
                    "The end date must be less than a year after the start date, so each quarter is counted once");
        }
        List<Row> rows = jdbc.sql("""
                SELECT raised_on, highest_stage, agency, theme, raised_by, status, closed_on, formal_limit
                FROM escalation WHERE raised_on BETWEEN :from AND :to""")
            .param("from", from).param("to", to)
            .query((rs, n) -> new Row(rs.getObject("raised_on", LocalDate.class),
                    Stage.valueOf(rs.getString("highest_stage")), rs.getString("agency"), rs.getString("theme"),
                    rs.getString("raised_by"), EscalationStatus.valueOf(rs.getString("status")),
                    rs.getObject("closed_on", LocalDate.class), rs.getObject("formal_limit", LocalDate.class)))
            .list();
        List<EscalationSummary.QuarterCounts> quarters = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            int quarter = q;
            StageCounts c = StageCounts.of(rows.stream().filter(r -> quarterOf(r.raisedOn()) == quarter)
                .collect(groupingBy(Row::highestStage, counting())));
            quarters.add(new EscalationSummary.QuarterCounts(quarter, c.counts(), c.total(), c.percentages()));
        }
        List<Row> resolved = rows.stream().filter(r -> r.status() == EscalationStatus.RESOLVED).toList();
        long early = resolved.stream().filter(r -> r.highestStage().compareTo(Stage.STAGE_1) <= 0).count();
        long inTime = resolved.stream()
            .filter(r -> r.formalLimit() == null || !r.closedOn().isAfter(r.formalLimit())).count();
        return new EscalationSummary(quarters,
                StageCounts.of(rows.stream().collect(groupingBy(Row::highestStage, counting()))),
                new TreeMap<>(rows.stream().collect(groupingBy(Row::agency, counting()))),
                new TreeMap<>(rows.stream().collect(groupingBy(Row::theme, counting()))),
                new TreeMap<>(rows.stream().collect(groupingBy(Row::raisedBy, counting()))),
                StageCounts.percent(early, resolved.size()), StageCounts.percent(inTime, resolved.size()),
                resolved.size(), early, inTime);
    }

    /** Financial quarter: April to June is 1, January to March is 4. */
    static int quarterOf(LocalDate date) {
        return (date.getMonthValue() + 8) % 12 / 3 + 1;
    }

}
