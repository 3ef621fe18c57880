package org.irohub.protection;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes plan_review: one row per open plan a review conference considered, with the DfE due date the review is
 * measured against ({@link DfeReviewDuePolicy}). The due date counts from the plan's previous review actually
 * held, so a late review moves the next due date as the DfE measure does.
 */
@Component
class PlanReviews {

    private final JdbcClient jdbc;

    PlanReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(ChildProtectionPlan plan, long conferenceId, LocalDate heldOn) {
        LocalDate previous = jdbc.sql("SELECT MAX(held_on) FROM plan_review WHERE plan_id = :plan AND held_on <= :heldOn")
            .param("plan", plan.getId())
            .param("heldOn", heldOn)
            .query(LocalDate.class)
            .optional()
            .orElse(null);
        jdbc.sql("""
                INSERT INTO plan_review (plan_id, conference_id, child_id, held_on, due_on)
                VALUES (:plan, :conference, :child, :heldOn, :dueOn)
                """)
            .param("plan", plan.getId())
            .param("conference", conferenceId)
            .param("child", plan.getChildId())
            .param("heldOn", heldOn)
            .param("dueOn", DfeReviewDuePolicy.dueOn(plan.getStartDate(), previous))
            .update();
    }
}
