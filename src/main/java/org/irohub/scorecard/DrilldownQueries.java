package org.irohub.scorecard;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows behind the scorecard's counts, from the same views and the same conditions; the choice of rows for a
 * given indicator is made by {@link ScorecardDrilldown}.
 */
@Component
class DrilldownQueries {

    /** A plan with the facts every plan indicator filters on. */
    record PlanRow(long planId, long childId, LocalDate startDate, LocalDate endDate, String initialCategory,
            String category, int previousPlans, LocalDate lastReview, int lateReviews) {
    }

    /** A child at a conference, with the date the conference is measured from or against. */
    record ConferenceRow(long conferenceId, long childId, Long planId, LocalDate heldOn, LocalDate basis) {
    }

    private final JdbcClient jdbc;
    private final OpenPlans openPlans;

    DrilldownQueries(JdbcClient jdbc, OpenPlans openPlans) {
        this.jdbc = jdbc;
        this.openPlans = openPlans;
    }

    List<PlanRow> started(LocalDate from, LocalDate to) {
        return plans("start_date", from, to);
    }

    List<PlanRow> ended(LocalDate from, LocalDate to) {
        return plans("end_date", from, to);
    }

    private List<PlanRow> plans(String column, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT plan_id, child_id, start_date, end_date, initial_category, latest_category, previous_plans
                FROM cp_plan_facts WHERE %s BETWEEN :from AND :to ORDER BY %s, plan_id
                """.formatted(column, column))
            .param("from", from)
            .param("to", to)
            .query((rs, n) -> new PlanRow(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                    rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getInt(7), null, 0))
            .list();
    }

    /** The same plans {@link ScorecardQueries#openAtEnd} counts, oldest first. */
    List<PlanRow> openAtEnd(LocalDate to) {
        return openPlans.at(to, true)
            .stream()
            .sorted(java.util.Comparator.comparing(OpenPlans.OpenPlan::startDate).thenComparing(OpenPlans.OpenPlan::planId))
            .map(p -> new PlanRow(p.planId(), p.childId(), p.startDate(), p.endDate(), null, p.category(), 0,
                    p.lastReview(), p.lateReview() ? 1 : 0))
            .toList();
    }

    /** ICPCs held in the period after a section 47 enquiry, one row per child; basis is the s47 start. */
    List<ConferenceRow> icpcs(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT i.conference_id, cc.child_id, i.held_on, i.section47_start
                FROM cp_icpc_facts i JOIN cp_conference_child_facts cc ON cc.conference_id = i.conference_id
                WHERE i.held_on BETWEEN :from AND :to AND i.section47_start IS NOT NULL
                  AND i.held_on >= i.section47_start
                ORDER BY i.held_on, i.conference_id, cc.child_id
                """)
            .param("from", from)
            .param("to", to)
            .query((rs, n) -> new ConferenceRow(rs.getLong(1), rs.getLong(2), null, rs.getObject(3, LocalDate.class),
                    rs.getObject(4, LocalDate.class)))
            .list();
    }

    /** Reviews held in the period, one row per plan reviewed; basis is the plan's DfE due date. */
    List<ConferenceRow> reviews(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT conference_id, child_id, plan_id, held_on, due_on FROM cp_review_facts
                WHERE held_on BETWEEN :from AND :to ORDER BY held_on, conference_id, child_id
                """)
            .param("from", from)
            .param("to", to)
            .query((rs, n) -> new ConferenceRow(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                    rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
            .list();
    }
}
