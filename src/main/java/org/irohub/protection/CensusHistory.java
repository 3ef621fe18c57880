package org.irohub.protection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk reads of child protection history for the CIN census export, a thousand children at a time. Not audited
 * here: the exporter records one audit entry for the return it writes.
 */
@Service
public class CensusHistory {

    /** A section 47 enquiry (a strategy discussion that started one) and its initial conference, if any. */
    public record Enquiry(long strategyDiscussionId, LocalDate startedOn, LocalDate icpcDue, LocalDate icpcHeldOn,
            boolean icpcNotRequired) {
    }

    /** A plan with the days its reviews were held, in date order. */
    public record Plan(long id, LocalDate startedOn, LocalDate endedOn, Category initialCategory,
            Category latestCategory, int previousPlans, List<LocalDate> reviewsHeldOn) {
    }

    /** A child's history; {@code otherInitialConferences} were held with no section 47 enquiry (transfers in). */
    public record Child(long childId, List<Enquiry> enquiries, List<LocalDate> otherInitialConferences,
            List<Plan> plans) {
    }

    private record HeldConference(long id, long childId, String type, String status, LocalDate due, LocalDate heldOn,
            Long discussion) {
    }

    private final NamedParameterJdbcTemplate named;

    CensusHistory(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    /**
     * Children with a plan open at some time in {@code [from, to]}, or a section 47 enquiry started or a
     * conference held in it, in id order.
     */
    @Transactional(readOnly = true)
    public List<Long> childrenActiveBetween(LocalDate from, LocalDate to) {
        return named.queryForList("""
                SELECT child_id FROM child_protection_plan WHERE start_date <= :to AND (end_date IS NULL OR end_date >= :from)
                UNION
                SELECT dc.child_id FROM strategy_discussion sd JOIN discussed_child dc ON dc.strategy_discussion = sd.id
                WHERE sd.section47_started = TRUE AND sd.held_on BETWEEN :from AND :to
                UNION
                SELECT cc.child_id FROM conference c JOIN conference_child cc ON cc.conference = c.id
                WHERE c.status = 'HELD' AND c.held_on BETWEEN :from AND :to
                ORDER BY 1
                """, Map.of("from", from, "to", to), Long.class);
    }

    @Transactional(readOnly = true)
    public Map<Long, Child> of(Collection<Long> childIds) {
        Map<Long, Child> history = new LinkedHashMap<>();
        if (childIds.isEmpty()) {
            return history;
        }
        Map<String, Object> children = Map.of("children", childIds);
        Map<Long, List<HeldConference>> conferences = conferences(children);
        Map<Long, List<Enquiry>> enquiries = new HashMap<>();
        named.query("""
                SELECT dc.child_id, sd.id, sd.held_on FROM strategy_discussion sd
                JOIN discussed_child dc ON dc.strategy_discussion = sd.id
                WHERE dc.child_id IN (:children) AND sd.section47_started = TRUE ORDER BY sd.held_on, sd.id
                """, children, rs -> {
            long child = rs.getLong(1);
            long discussion = rs.getLong(2);
            HeldConference icpc = conferences.getOrDefault(child, List.of()).stream()
                .filter(c -> c.type().equals("INITIAL") && Long.valueOf(discussion).equals(c.discussion()))
                .min(Comparator.comparing((HeldConference c) -> !c.status().equals("HELD")).thenComparing(HeldConference::id))
                .orElse(null);
            enquiries.computeIfAbsent(child, c -> new ArrayList<>()).add(new Enquiry(discussion,
                    rs.getObject(3, LocalDate.class), icpc == null ? null : icpc.due(),
                    icpc == null || !icpc.status().equals("HELD") ? null : icpc.heldOn(),
                    icpc != null && icpc.status().equals("NOT_REQUIRED")));
        });
        Map<Long, List<Plan>> plans = plans(children, conferences);
        for (Long child : new TreeSet<>(childIds)) {
            List<LocalDate> others = conferences.getOrDefault(child, List.of()).stream()
                .filter(c -> c.status().equals("HELD") && (c.type().equals("TRANSFER_IN")
                        || c.type().equals("INITIAL") && c.discussion() == null))
                .map(HeldConference::heldOn)
                .sorted()
                .toList();
            history.put(child, new Child(child, enquiries.getOrDefault(child, List.of()), others,
                    plans.getOrDefault(child, List.of())));
        }
        return history;
    }

    private Map<Long, List<HeldConference>> conferences(Map<String, Object> children) {
        Map<Long, List<HeldConference>> conferences = new HashMap<>();
        named.query("""
                SELECT c.id, cc.child_id, c.type, c.status, c.due_date, c.held_on, c.strategy_discussion_id
                FROM conference c JOIN conference_child cc ON cc.conference = c.id WHERE cc.child_id IN (:children)
                """, children, rs -> {
            HeldConference c = new HeldConference(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                    rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), (Long) rs.getObject(7, Long.class));
            conferences.computeIfAbsent(c.childId(), k -> new ArrayList<>()).add(c);
        });
        return conferences;
    }

    /**
     * Each plan's reviews: those recorded against it, and any held review conference of the child recorded
     * against no plan that falls within the plan's dates.
     */
    private Map<Long, List<Plan>> plans(Map<String, Object> children, Map<Long, List<HeldConference>> conferences) {
        Map<Long, Set<LocalDate>> reviews = new HashMap<>();
        Set<Long> recorded = new HashSet<>();
        named.query("SELECT plan_id, conference_id, held_on FROM plan_review WHERE child_id IN (:children)", children,
                rs -> {
                    reviews.computeIfAbsent(rs.getLong(1), p -> new TreeSet<>()).add(rs.getObject(3, LocalDate.class));
                    recorded.add(rs.getLong(2));
                });
        Map<Long, List<Plan>> plans = new HashMap<>();
        named.query("""
                SELECT id, child_id, start_date, end_date, initial_category, latest_category, previous_plans
                FROM child_protection_plan WHERE child_id IN (:children) ORDER BY start_date, id
                """, children, rs -> {
            long id = rs.getLong(1);
            long child = rs.getLong(2);
            LocalDate start = rs.getObject(3, LocalDate.class);
            LocalDate end = rs.getObject(4, LocalDate.class);
            Set<LocalDate> held = new TreeSet<>(reviews.getOrDefault(id, Set.of()));
            conferences.getOrDefault(child, List.of()).stream()
                .filter(c -> c.type().equals("REVIEW") && c.status().equals("HELD") && !recorded.contains(c.id()))
                .map(HeldConference::heldOn)
                .filter(d -> d.isAfter(start) && (end == null || !d.isAfter(end)))
                .forEach(held::add);
            plans.computeIfAbsent(child, c -> new ArrayList<>()).add(new Plan(id, start, end,
                    Category.valueOf(rs.getString(5)), Category.valueOf(rs.getString(6)), rs.getInt(7),
                    List.copyOf(held)));
        });
        return plans;
    }
}
