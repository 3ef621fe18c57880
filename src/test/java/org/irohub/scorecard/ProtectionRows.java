package org.irohub.scorecard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Writes protection's tables directly, the way the CIN census import does, so a test can lay down any history
 * (an ICPC dated before its s47 start, a review a day late in 1999) that the services would refuse to record.
 */
final class ProtectionRows {

    private final JdbcClient jdbc;

    ProtectionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long plan(long child, LocalDate start, LocalDate end, String initialCategory, int previousPlans) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO child_protection_plan (child_id, start_date, initial_category, latest_category, end_date,
                    end_reason, pre_birth, previous_plans, version)
                VALUES (:child, :start, :category, :category, :end, :reason, FALSE, :previous, 0)
                """)
            .param("child", child)
            .param("start", start)
            .param("category", initialCategory)
            .param("end", end)
            .param("reason", end == null ? null : "NO_LONGER_AT_RISK")
            .param("previous", previousPlans)
            .update(key, "id");
        long plan = key.getKey().longValue();
        categoryRow(plan, start, initialCategory);
        return plan;
    }

    void changeCategory(long plan, LocalDate on, String category) {
        categoryRow(plan, on, category);
        jdbc.sql("UPDATE child_protection_plan SET latest_category = :c WHERE id = :p")
            .param("c", category)
            .param("p", plan)
            .update();
    }

    private void categoryRow(long plan, LocalDate on, String category) {
        jdbc.sql("INSERT INTO plan_category_change (child_protection_plan, changed_on, category) VALUES (:p, :on, :c)")
            .param("p", plan)
            .param("on", on)
            .param("c", category)
            .update();
    }

    /** A review conference of one or more plans; each {@link Reviewed} carries the plan's DfE due date. */
    long review(LocalDate heldOn, Reviewed... plans) {
        LocalDate due = List.of(plans).stream().map(Reviewed::dueOn).min(LocalDate::compareTo).orElseThrow();
        long conference = conference("REVIEW", "HELD", due, heldOn, null);
        for (Reviewed r : plans) {
            childOf(conference, r.child());
            jdbc.sql("""
                    INSERT INTO plan_review (plan_id, conference_id, child_id, held_on, due_on)
                    VALUES (:plan, :conference, :child, :held, :due)
                    """)
                .param("plan", r.plan())
                .param("conference", conference)
                .param("child", r.child())
                .param("held", heldOn)
                .param("due", r.dueOn())
                .update();
        }
        return conference;
    }

    record Reviewed(long plan, long child, LocalDate dueOn) {
    }

    /** An initial conference after a strategy discussion on {@code s47Start}; status HELD unless given. */
    long icpc(LocalDate s47Start, boolean section47, LocalDate heldOn, String status, long... children) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO strategy_discussion (held_on, section47_started, notified_on, recorded_by, recorded_at,
                    version)
                VALUES (:held, :s47, :held, 'test', :at, 0)
                """)
            .param("held", s47Start)
            .param("s47", section47)
            .param("at", OffsetDateTime.now())
            .update(key, "id");
        long discussion = key.getKey().longValue();
        for (long child : children) {
            jdbc.sql("INSERT INTO discussed_child (strategy_discussion, child_id) VALUES (:d, :c)")
                .param("d", discussion)
                .param("c", child)
                .update();
        }
        long conference = conference("INITIAL", status, s47Start.plusDays(21), heldOn, discussion);
        for (long child : children) {
            childOf(conference, child);
        }
        return conference;
    }

    /** An initial conference with no strategy discussion behind it (an import's DateOfInitialCPC alone). */
    long icpcWithoutSection47(LocalDate heldOn, long child) {
        long conference = conference("INITIAL", "HELD", heldOn, heldOn, null);
        childOf(conference, child);
        return conference;
    }

    long transferIn(LocalDate heldOn, long child) {
        long conference = conference("TRANSFER_IN", "HELD", heldOn, heldOn.minusDays(10), null);
        childOf(conference, child);
        return conference;
    }

    void lateReason(long conference, String code) {
        jdbc.sql("INSERT INTO conference_late_reason (conference, code) VALUES (:c, :code)")
            .param("c", conference)
            .param("code", code)
            .update();
    }

    private long conference(String type, String status, LocalDate due, LocalDate heldOn, Long discussion) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO conference (type, status, due_date, due_basis, strategy_discussion_id, pre_birth, held_on,
                    created_at, version)
                VALUES (:type, :status, :due, :due, :discussion, FALSE, :held, :at, 0)
                """)
            .param("type", type)
            .param("status", status)
            .param("due", due)
            .param("discussion", discussion)
            .param("held", "HELD".equals(status) ? heldOn : null)
            .param("at", OffsetDateTime.now())
            .update(key, "id");
        return key.getKey().longValue();
    }

    private void childOf(long conference, long child) {
        jdbc.sql("INSERT INTO conference_child (conference, child_id) VALUES (:c, :child)")
            .param("c", conference)
            .param("child", child)
            .update();
    }
}
