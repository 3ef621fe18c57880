package org.irohub.interchange.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.irohub.interchange.internal.CensusRecords.CinPlan;
import org.irohub.interchange.internal.MappedChild.CensusFacts;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Bulk reads of the census facts this module keeps, for the export. */
@Component
class EpisodeReads {

    /** An episode as kept, with its CIN plans, the census details of its enquiries and the plans reported under it. */
    record StoredEpisode(long id, LocalDate referral, String source, String need, LocalDate closure, String reason,
            boolean nfa, LocalDate initialCpc, List<CinPlan> cinPlans, Map<Long, Enquiry> enquiries, Set<Long> plans) {

        boolean contains(LocalDate date) {
            return !date.isBefore(referral) && (closure == null || !date.isAfter(closure));
        }
    }

    record Enquiry(LocalDate target, boolean notRequired) {
    }

    private final NamedParameterJdbcTemplate named;

    EpisodeReads(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    List<Long> childrenWithEpisodesBetween(LocalDate from, LocalDate to) {
        return named.queryForList("SELECT DISTINCT child_id FROM cin_episode WHERE referral_date <= :to "
                + "AND (closure_date IS NULL OR closure_date >= :from)", Map.of("from", from, "to", to), Long.class);
    }

    /** Each child's episodes in referral order. */
    Map<Long, List<StoredEpisode>> episodes(Collection<Long> children) {
        Map<Long, List<StoredEpisode>> episodes = new HashMap<>();
        if (children.isEmpty()) {
            return episodes;
        }
        Map<Long, List<CinPlan>> cinPlans = new HashMap<>();
        Map<Long, Map<Long, Enquiry>> enquiries = new HashMap<>();
        Map<Long, Set<Long>> plans = new HashMap<>();
        Map<String, Object> params = Map.of("c", children);
        named.query("""
                SELECT p.episode_id, p.start_date, p.end_date FROM cin_plan_period p
                JOIN cin_episode e ON e.id = p.episode_id WHERE e.child_id IN (:c) ORDER BY p.start_date
                """, params, rs -> {
            cinPlans.computeIfAbsent(rs.getLong(1), e -> new ArrayList<>())
                .add(new CinPlan(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)));
        });
        named.query("""
                SELECT s.episode_id, s.strategy_discussion_id, s.icpc_target, s.icpc_not_required FROM census_section47 s
                JOIN cin_episode e ON e.id = s.episode_id WHERE e.child_id IN (:c)
                """, params, rs -> {
            enquiries.computeIfAbsent(rs.getLong(1), e -> new HashMap<>())
                .put(rs.getLong(2), new Enquiry(rs.getObject(3, LocalDate.class), rs.getBoolean(4)));
        });
        named.query("SELECT p.episode_id, p.plan_id FROM census_plan p JOIN cin_episode e ON e.id = p.episode_id "
                + "WHERE e.child_id IN (:c)", params, rs -> {
                    plans.computeIfAbsent(rs.getLong(1), e -> new HashSet<>()).add(rs.getLong(2));
                });
        named.query("""
                SELECT id, child_id, referral_date, referral_source, primary_need, closure_date, closure_reason,
                       referral_nfa, initial_cpc_on FROM cin_episode WHERE child_id IN (:c) ORDER BY referral_date
                """, params, rs -> {
            long id = rs.getLong(1);
            episodes.computeIfAbsent(rs.getLong(2), c -> new ArrayList<>()).add(new StoredEpisode(id,
                    rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class),
                    rs.getString(7), rs.getBoolean(8), rs.getObject(9, LocalDate.class),
                    cinPlans.getOrDefault(id, List.of()), enquiries.getOrDefault(id, Map.of()),
                    plans.getOrDefault(id, Set.of())));
        });
        return episodes;
    }

    Map<Long, CensusFacts> facts(Collection<Long> children) {
        Map<Long, CensusFacts> facts = new HashMap<>();
        if (children.isEmpty()) {
            return facts;
        }
        named.query("""
                SELECT child_id, upn, former_upn, upn_unknown, expected_birth_date, death_date, disabilities
                FROM census_child WHERE child_id IN (:c)
                """, Map.of("c", children), rs -> {
            facts.put(rs.getLong(1), new CensusFacts(rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7)));
        });
        return facts;
    }

    /** The LEA of the latest completed import that gave one. */
    String lastLea() {
        List<String> lea = named.queryForList("SELECT lea FROM census_import WHERE status = 'COMPLETED' AND lea IS NOT NULL "
                + "ORDER BY finished_at DESC LIMIT 1", Map.of(), String.class);
        return lea.isEmpty() ? null : lea.get(0);
    }
}
