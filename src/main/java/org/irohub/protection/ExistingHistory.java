package org.irohub.protection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * What is already held for a set of children, read once per batch of imported children so that each imported
 * record is matched in memory: a strategy discussion by child and day, a conference by child, type and day, a
 * plan by child and start day.
 */
final class ExistingHistory {

    record ConferenceKey(long childId, ConferenceType type, LocalDate heldOn) {
    }

    record PlanRow(long id, LocalDate endedOn, String endReason, Category initial, Category latest, Long startedAt) {
    }

    record ReviewRow(long conferenceId, LocalDate dueOn) {
    }

    record CategoryRow(long planId, LocalDate changedOn, Category category) {
    }

    final Map<ChildDate, Long> discussions = new HashMap<>();
    final Map<ConferenceKey, Long> conferences = new HashMap<>();
    final Map<ChildDate, PlanRow> plans = new HashMap<>();
    /** Each plan's reviews by the day they were held. */
    final Map<Long, TreeMap<LocalDate, ReviewRow>> reviews = new HashMap<>();
    final Set<CategoryRow> categoryChanges = new HashSet<>();

    static ExistingHistory of(NamedParameterJdbcTemplate named, Collection<Long> childIds) {
        ExistingHistory held = new ExistingHistory();
        if (childIds.isEmpty()) {
            return held;
        }
        Map<String, Object> children = Map.of("children", childIds);
        named.query("""
                SELECT dc.child_id, sd.id, sd.held_on FROM strategy_discussion sd
                JOIN discussed_child dc ON dc.strategy_discussion = sd.id
                WHERE dc.child_id IN (:children) AND sd.section47_started = TRUE ORDER BY sd.id
                """, children, rs -> {
            held.discussions.putIfAbsent(new ChildDate(rs.getLong(1), rs.getObject(3, LocalDate.class)), rs.getLong(2));
        });
        // Status is checked here, not in SQL: a condition on conference makes H2 scan every held conference.
        named.query("""
                SELECT cc.child_id, c.id, c.type, c.held_on, c.status FROM conference_child cc
                JOIN conference c ON c.id = cc.conference WHERE cc.child_id IN (:children) ORDER BY c.id
                """, children, rs -> {
            if ("HELD".equals(rs.getString(5)) && rs.getObject(4) != null) {
                held.conferences.putIfAbsent(new ConferenceKey(rs.getLong(1), ConferenceType.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class)), rs.getLong(2));
            }
        });
        named.query("""
                SELECT id, child_id, start_date, end_date, end_reason, initial_category, latest_category, started_at_conference
                FROM child_protection_plan
                WHERE child_id IN (:children) ORDER BY id
                """, children, rs -> {
            held.plans.putIfAbsent(new ChildDate(rs.getLong(2), rs.getObject(3, LocalDate.class)), new PlanRow(
                    rs.getLong(1), rs.getObject(4, LocalDate.class), rs.getString(5), Category.valueOf(rs.getString(6)),
                    Category.valueOf(rs.getString(7)), rs.getObject(8, Long.class)));
        });
        named.query("SELECT plan_id, conference_id, held_on, due_on FROM plan_review WHERE child_id IN (:children)",
                children, rs -> {
                    held.reviews.computeIfAbsent(rs.getLong(1), p -> new TreeMap<>())
                        .putIfAbsent(rs.getObject(3, LocalDate.class),
                                new ReviewRow(rs.getLong(2), rs.getObject(4, LocalDate.class)));
                });
        named.query("""
                SELECT pcc.child_protection_plan, pcc.changed_on, pcc.category FROM plan_category_change pcc
                JOIN child_protection_plan p ON p.id = pcc.child_protection_plan WHERE p.child_id IN (:children)
                """, children, rs -> {
            held.categoryChanges.add(new CategoryRow(rs.getLong(1), rs.getObject(2, LocalDate.class),
                    Category.valueOf(rs.getString(3))));
        });
        return held;
    }
}
