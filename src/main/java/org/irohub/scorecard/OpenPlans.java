package org.irohub.scorecard;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The plans open at a date, each with the category it had then and (when asked) its reviews held by then: one
 * streamed pass over protection's views, folded per plan in Java, and a second for the category changes that
 * tell what an open plan's category was at the date. A plan is open at t when it started on or before t and has no end or ends after t; its
 * category at t is its latest category, or, when that came later, the newest change on or before t.
 * <p>
 * Why not GROUP BY and a correlated subquery in SQL: on H2 those cost several times the join itself on an
 * England-sized history, and PostgreSQL hashes every category change ever made to join them, while folding about
 * 100,000 rows in a map costs a few milliseconds.
 */
@Component
class OpenPlans {

    /** A plan open at the date: its category then, its last review by then (or null), and whether any was late. */
    record OpenPlan(long planId, long childId, LocalDate startDate, LocalDate endDate, String category,
            LocalDate lastReview, boolean lateReview) {
    }

    /**
     * "Open at :to" is written as two branches (still open; ended after :to) so each can use the end-date index;
     * the upper bound on end_date changes nothing but makes a bounded range, which H2's optimizer prefers to the
     * start-date index that would read every plan ever started.
     */
    private static final String OPEN_AT = """
            SELECT %1$s FROM cp_plan_open WHERE end_date IS NULL AND start_date <= :to
            UNION ALL
            SELECT %1$s FROM cp_plan_open WHERE end_date > :to AND end_date <= DATE '9999-12-31' AND start_date <= :to
            """;

    private static final String OPEN = OPEN_AT.formatted("plan_id, child_id, start_date, end_date, latest_category");

    private static final String WITH_REVIEWS = """
            SELECT p.plan_id, p.child_id, p.start_date, p.end_date, p.latest_category, r.held_on, r.due_on
            FROM (%s) p
            LEFT JOIN cp_plan_review_dates r ON r.plan_id = p.plan_id AND r.held_on <= :to
            """.formatted(OPEN);

    private static final String WITHOUT_REVIEWS = """
            SELECT p.plan_id, p.child_id, p.start_date, p.end_date, p.latest_category,
                   CAST(NULL AS DATE) AS held_on, CAST(NULL AS DATE) AS due_on
            FROM (%s) p
            """.formatted(OPEN);

    /**
     * A plan's latest category is its category at :to unless it changed after :to. For a recent period such plans
     * are few: their changes up to :to are found from the changes after it (index on changed_on), the newest
     * giving the category then.
     */
    private static final String CHANGED_SINCE = """
            SELECT c.plan_id, c.changed_on, c.category
            FROM (SELECT DISTINCT plan_id FROM cp_plan_category_facts WHERE changed_on > :to) later
            JOIN cp_plan_category_facts c ON c.plan_id = later.plan_id AND c.changed_on <= :to
            """;

    /**
     * For a period years back nearly every later change is about a plan long closed, so the open plans' own
     * changes up to :to are read instead, by plan (a bounded cost whatever the year).
     */
    private static final String CHANGES_OF_OPEN = """
            SELECT c.plan_id, c.changed_on, c.category
            FROM (%s) p
            JOIN cp_plan_category_facts c ON c.plan_id = p.plan_id AND c.changed_on <= :to
            """.formatted(OPEN_AT.formatted("plan_id"));

    /** Counts the changes after :to, up to one more than the number at which reading by open plan is cheaper. */
    private static final String CHANGES_AFTER = """
            SELECT COUNT(*) FROM (SELECT plan_id FROM cp_plan_category_facts WHERE changed_on > :to
                                  FETCH FIRST %d ROWS ONLY) later
            """;

    /** About where the two ways cost the same on an England-sized history (H2 and PostgreSQL alike). */
    static final int FEW_LATER_CHANGES = 20_000;

    private final JdbcClient jdbc;
    private final int fewLaterChanges;

    @org.springframework.beans.factory.annotation.Autowired
    OpenPlans(JdbcClient jdbc) {
        this(jdbc, FEW_LATER_CHANGES);
    }

    /** @param fewLaterChanges up to how many changes after the date are read by {@link #CHANGED_SINCE} */
    OpenPlans(JdbcClient jdbc, int fewLaterChanges) {
        this.jdbc = jdbc;
        this.fewLaterChanges = fewLaterChanges;
    }

    Collection<OpenPlan> at(LocalDate to, boolean withReviews) {
        Map<Long, Fold> plans = new HashMap<>();
        jdbc.sql(withReviews ? WITH_REVIEWS : WITHOUT_REVIEWS).param("to", to).query(rs -> {
            long id = rs.getLong(1);
            Fold plan = plans.get(id);
            if (plan == null) {
                plan = new Fold(id, rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                        rs.getString(5));
                plans.put(id, plan);
            }
            plan.review(rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class));
        });
        long later = jdbc.sql(CHANGES_AFTER.formatted(fewLaterChanges + 1)).param("to", to).query(Long.class).single();
        jdbc.sql(later <= fewLaterChanges ? CHANGED_SINCE : CHANGES_OF_OPEN).param("to", to).query(rs -> {
            Fold plan = plans.get(rs.getLong(1));
            if (plan != null) {
                plan.category(rs.getObject(2, LocalDate.class), rs.getString(3));
            }
        });
        return plans.values().stream().map(Fold::plan).toList();
    }

    /** One plan's rows folded: a review or category change may repeat, which changes neither result. */
    private static final class Fold {

        private final long planId;
        private final long childId;
        private final LocalDate start;
        private final LocalDate end;
        private final String latestCategory;
        private LocalDate categoryFrom;
        private String category;
        private LocalDate lastReview;
        private boolean late;

        Fold(long planId, long childId, LocalDate start, LocalDate end, String latestCategory) {
            this.planId = planId;
            this.childId = childId;
            this.start = start;
            this.end = end;
            this.latestCategory = latestCategory;
        }

        /** The newest change wins; on the same day, the first code in alphabetical order, so the answer is stable. */
        void category(LocalDate changedOn, String code) {
            if (changedOn == null) {
                return;
            }
            int newer = categoryFrom == null ? 1 : changedOn.compareTo(categoryFrom);
            if (newer > 0 || newer == 0 && code.compareTo(category) < 0) {
                categoryFrom = changedOn;
                category = code;
            }
        }

        void review(LocalDate heldOn, LocalDate dueOn) {
            if (heldOn == null) {
                return;
            }
            if (lastReview == null || heldOn.isAfter(lastReview)) {
                lastReview = heldOn;
            }
            late |= heldOn.isAfter(dueOn);
        }

        OpenPlan plan() {
            return new OpenPlan(planId, childId, start, end, category == null ? latestCategory : category, lastReview,
                    late);
        }
    }
}
