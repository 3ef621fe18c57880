package org.irohub.interchange.internal;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.irohub.bulk.BulkRows;
import org.irohub.children.ChildId;
import org.irohub.interchange.internal.CensusRecords.CinPlan;
import org.irohub.interchange.internal.CensusRecords.Episode;
import org.irohub.interchange.internal.CensusRecords.Section47;
import org.irohub.protection.ChildDate;
import org.irohub.protection.HistoryImportResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The census facts this module keeps (episodes of need, their CIN plans, section 47 details, the episode of each
 * plan), merged like the protection records: an episode is the same when child and referral date match, and a
 * value is only ever filled in or brought up to date by a later return, never cleared.
 */
@Component
class EpisodeStore {

    private record EpisodeRow(long id, String source, String need, LocalDate closure, String reason, boolean nfa,
            LocalDate icpc) {
    }

    private final NamedParameterJdbcTemplate named;
    private final BulkRows inserts;

    EpisodeStore(JdbcTemplate jdbc, BulkRows inserts) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.inserts = inserts;
    }

    /** @param created the children created just now, about whom nothing is held yet to look up */
    void merge(List<MappedChild> chunk, Map<String, ChildId> ids, Set<ChildId> created, HistoryImportResult history) {
        Set<Long> known = new HashSet<>();
        ids.values().stream().filter(c -> !created.contains(c)).forEach(c -> known.add(c.value()));
        Map<ChildDate, Long> episodes = episodes(chunk, ids, known);
        List<Object[]> cinPlans = new ArrayList<>();
        List<Object[]> enquiries = new ArrayList<>();
        List<Object[]> plans = new ArrayList<>();
        for (MappedChild child : chunk) {
            long childId = ids.get(child.laChildId()).value();
            for (Episode e : child.episodes()) {
                long episode = episodes.get(new ChildDate(childId, e.referral()));
                e.cinPlans().forEach(p -> cinPlans.add(new Object[] { episode, p.start(), p.end(), childId }));
                for (Section47 s : e.enquiries()) {
                    Long discussion = s.start() == null ? null : history.strategyDiscussions().get(new ChildDate(childId, s.start()));
                    if (discussion != null) {
                        enquiries.add(new Object[] { discussion, episode, s.target(), s.notRequired(), childId });
                    }
                }
                e.plans().forEach(p -> plans.add(new Object[] { history.plans().get(new ChildDate(childId, p.start())), episode,
                        childId }));
            }
        }
        cinPlans(cinPlans, known);
        enquiries(enquiries, known);
        plans(plans, known);
        facts(chunk, ids, known);
    }

    /** Rows about children already known before this chunk: only they can have something held to match. */
    private static List<Object> knownOnly(List<Object[]> rows, int key, Set<Long> known) {
        return rows.stream().filter(r -> known.contains((Long) r[r.length - 1])).map(r -> r[key]).distinct().toList();
    }

    private Map<ChildDate, Long> episodes(List<MappedChild> chunk, Map<String, ChildId> ids, Set<Long> known) {
        Map<ChildDate, EpisodeRow> held = new HashMap<>();
        List<Long> children = chunk.stream().map(c -> ids.get(c.laChildId()).value()).filter(known::contains).toList();
        if (!children.isEmpty()) {
            named.query("""
                    SELECT id, child_id, referral_date, referral_source, primary_need, closure_date, closure_reason,
                           referral_nfa, initial_cpc_on FROM cin_episode WHERE child_id IN (:children)
                    """, Map.of("children", children), rs -> {
                held.put(new ChildDate(rs.getLong(2), rs.getObject(3, LocalDate.class)), new EpisodeRow(rs.getLong(1),
                        rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7),
                        rs.getBoolean(8), rs.getObject(9, LocalDate.class)));
            });
        }
        Map<ChildDate, Long> episodes = new HashMap<>();
        held.forEach((k, v) -> episodes.put(k, v.id()));
        Map<ChildDate, Object[]> fresh = new LinkedHashMap<>();
        List<Object[]> updates = new ArrayList<>();
        for (MappedChild child : chunk) {
            long childId = ids.get(child.laChildId()).value();
            for (Episode e : child.episodes()) {
                ChildDate key = new ChildDate(childId, e.referral());
                EpisodeRow was = held.get(key);
                String source = CensusCodes.valid(e.referralSource(), CensusCodes.REFERRAL_SOURCES);
                String need = CensusCodes.valid(e.primaryNeed(), CensusCodes.PRIMARY_NEEDS);
                String reason = CensusCodes.valid(e.closureReason(), CensusCodes.CLOSURE_REASONS);
                if (was == null) {
                    fresh.putIfAbsent(key, new Object[] { childId, date(e.referral()),
                            source == null ? CensusCodes.UNKNOWN_SOURCE : source, text(need), date(e.closure()),
                            text(reason), Boolean.TRUE.equals(e.referralNfa()), date(e.initialCpc()) });
                    continue;
                }
                EpisodeRow now = new EpisodeRow(was.id(), source == null ? was.source() : source,
                        need == null ? was.need() : need, e.closure() == null ? was.closure() : e.closure(),
                        reason == null ? was.reason() : reason, e.referralNfa() == null ? was.nfa() : e.referralNfa(),
                        e.initialCpc() == null ? was.icpc() : e.initialCpc());
                if (!now.equals(was)) {
                    held.put(key, now);
                    updates.add(new Object[] { now.source(), text(now.need()), date(now.closure()), text(now.reason()),
                            now.nfa(), date(now.icpc()), now.id() });
                }
            }
        }
        List<ChildDate> keys = new ArrayList<>(fresh.keySet());
        List<Long> created = inserts.insert("""
                INSERT INTO cin_episode (child_id, referral_date, referral_source, primary_need, closure_date,
                                         closure_reason, referral_nfa, initial_cpc_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, new ArrayList<>(fresh.values()));
        for (int i = 0; i < created.size(); i++) {
            episodes.put(keys.get(i), created.get(i));
        }
        inserts.batch("""
                UPDATE cin_episode SET referral_source = ?, primary_need = ?, closure_date = ?, closure_reason = ?,
                                       referral_nfa = ?, initial_cpc_on = ? WHERE id = ?
                """, updates);
        return episodes;
    }

    private void cinPlans(List<Object[]> rows, Set<Long> knownChildren) {
        Map<String, LocalDate> held = new HashMap<>();
        Map<String, Boolean> known = new HashMap<>();
        List<Object> episodes = knownOnly(rows, 0, knownChildren);
        if (!episodes.isEmpty()) {
            named.query("SELECT episode_id, start_date, end_date FROM cin_plan_period WHERE episode_id IN (:e)",
                    Map.of("e", episodes), rs -> {
                        String key = rs.getLong(1) + "/" + rs.getObject(2, LocalDate.class);
                        known.put(key, true);
                        held.put(key, rs.getObject(3, LocalDate.class));
                    });
        }
        List<Object[]> fresh = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (Object[] r : rows) {
            String key = r[0] + "/" + r[1];
            LocalDate end = (LocalDate) r[2];
            if (known.putIfAbsent(key, true) == null) {
                held.put(key, end);
                fresh.add(new Object[] { r[0], date((LocalDate) r[1]), date(end) });
            }
            else if (end != null && !end.equals(held.get(key))) {
                held.put(key, end);
                updates.add(new Object[] { date(end), r[0], date((LocalDate) r[1]) });
            }
        }
        inserts.batch("INSERT INTO cin_plan_period (episode_id, start_date, end_date) VALUES (?, ?, ?)", fresh);
        inserts.batch("UPDATE cin_plan_period SET end_date = ? WHERE episode_id = ? AND start_date = ?", updates);
    }

    private void enquiries(List<Object[]> rows, Set<Long> known) {
        Map<Long, Object[]> held = new HashMap<>();
        List<Object> discussions = knownOnly(rows, 0, known);
        if (!discussions.isEmpty()) {
            named.query("SELECT strategy_discussion_id, icpc_target, icpc_not_required FROM census_section47 "
                    + "WHERE strategy_discussion_id IN (:d)", Map.of("d", discussions), rs -> {
                        held.put(rs.getLong(1), new Object[] { rs.getObject(2, LocalDate.class), rs.getBoolean(3) });
                    });
        }
        List<Object[]> fresh = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (Object[] r : rows) {
            Object[] was = held.get((Long) r[0]);
            LocalDate target = (LocalDate) r[2];
            if (was == null) {
                held.put((Long) r[0], new Object[] { target, r[3] });
                fresh.add(new Object[] { r[0], r[1], date(target), r[3] });
            }
            else if (target != null && !target.equals(was[0]) || !Objects.equals(r[3], was[1])) {
                LocalDate kept = target == null ? (LocalDate) was[0] : target;
                held.put((Long) r[0], new Object[] { kept, r[3] });
                updates.add(new Object[] { date(kept), r[3], r[0] });
            }
        }
        inserts.batch("INSERT INTO census_section47 (strategy_discussion_id, episode_id, icpc_target, "
                + "icpc_not_required) VALUES (?, ?, ?, ?)", fresh);
        inserts.batch("UPDATE census_section47 SET icpc_target = ?, icpc_not_required = ? "
                + "WHERE strategy_discussion_id = ?", updates);
    }

    private void plans(List<Object[]> rows, Set<Long> known) {
        List<Object> planIds = knownOnly(rows, 0, known);
        Set<Long> held = new HashSet<>(planIds.isEmpty() ? List.of()
                : named.queryForList("SELECT plan_id FROM census_plan WHERE plan_id IN (:p)", Map.of("p", planIds), Long.class));
        List<Object[]> fresh = new ArrayList<>();
        for (Object[] r : rows) {
            if (held.add((Long) r[0])) {
                fresh.add(new Object[] { r[0], r[1] });
            }
        }
        inserts.batch("INSERT INTO census_plan (plan_id, episode_id) VALUES (?, ?)", fresh);
    }

    private void facts(List<MappedChild> chunk, Map<String, ChildId> ids, Set<Long> known) {
        Map<Long, MappedChild.CensusFacts> held = new HashMap<>();
        List<Long> children = chunk.stream().filter(c -> !c.facts().empty()).map(c -> ids.get(c.laChildId()).value())
            .filter(known::contains).toList();
        if (!children.isEmpty()) {
            named.query("""
                    SELECT child_id, upn, former_upn, upn_unknown, expected_birth_date, death_date, disabilities
                    FROM census_child WHERE child_id IN (:c)
                    """, Map.of("c", children), rs -> {
                held.put(rs.getLong(1), new MappedChild.CensusFacts(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7)));
            });
        }
        List<Object[]> fresh = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (MappedChild c : chunk) {
            if (c.facts().empty()) {
                continue;
            }
            long childId = ids.get(c.laChildId()).value();
            MappedChild.CensusFacts was = held.get(childId);
            MappedChild.CensusFacts f = c.facts();
            if (was == null) {
                held.put(childId, f);
                fresh.add(new Object[] { text(f.upn()), text(f.formerUpn()), text(f.upnUnknown()), date(f.expectedBirth()),
                        date(f.death()), text(f.disabilities()), childId });
                continue;
            }
            MappedChild.CensusFacts now = new MappedChild.CensusFacts(or(f.upn(), was.upn()),
                    or(f.formerUpn(), was.formerUpn()), or(f.upnUnknown(), was.upnUnknown()),
                    or(f.expectedBirth(), was.expectedBirth()), or(f.death(), was.death()),
                    or(f.disabilities(), was.disabilities()));
            if (!now.equals(was)) {
                held.put(childId, now);
                updates.add(new Object[] { text(now.upn()), text(now.formerUpn()), text(now.upnUnknown()),
                        date(now.expectedBirth()), date(now.death()), text(now.disabilities()), childId });
            }
        }
        inserts.batch("INSERT INTO census_child (upn, former_upn, upn_unknown, expected_birth_date, death_date, "
                + "disabilities, child_id) VALUES (?, ?, ?, ?, ?, ?, ?)", fresh);
        inserts.batch("UPDATE census_child SET upn = ?, former_upn = ?, upn_unknown = ?, expected_birth_date = ?, "
                + "death_date = ?, disabilities = ? WHERE child_id = ?", updates);
    }

    private static <T> T or(T value, T otherwise) {
        return value == null ? otherwise : value;
    }

    static SqlParameterValue date(LocalDate date) {
        return new SqlParameterValue(Types.DATE, date);
    }

    static SqlParameterValue text(String value) {
        return new SqlParameterValue(Types.VARCHAR, value);
    }
}
