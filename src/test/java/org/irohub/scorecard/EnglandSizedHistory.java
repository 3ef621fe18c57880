package org.irohub.scorecard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a synthetic, England-sized child protection history straight into protection's tables, for timing the
 * scorecard only (not a realistic census: the interchange module's generator is that). Ten financial years from
 * 1 April 2015; each child has a plan, one in fourteen after an earlier one elsewhere and one in six of those
 * whose plan ended a second one, so about 20% of plans are second or subsequent, as in England; reviews every
 * 6 months after a first at 3, about 7% late; ICPCs 5 to 40 calendar days after the strategy discussion. Ids are
 * written explicitly.
 */
final class EnglandSizedHistory {

    static final LocalDate FIRST_DAY = LocalDate.of(2015, 4, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2025, 3, 31);
    private static final String[] CATEGORIES = { "NEG", "NEG", "NEG", "NEG", "NEG", "EMO", "EMO", "EMO", "PHY", "SAB",
            "MUL" };
    private static final int BATCH = 20_000;

    private final JdbcTemplate jdbc;
    private final Random random = new Random(2016_17);
    private final Timestamp now = Timestamp.from(Instant.now());

    private final List<Object[]> discussions = new ArrayList<>();
    private final List<Object[]> conferences = new ArrayList<>();
    private final List<Object[]> plans = new ArrayList<>();
    private final List<Object[]> categories = new ArrayList<>();
    private final List<Object[]> reviews = new ArrayList<>();
    private long nextPlan = 1;
    private long nextConference = 1;

    EnglandSizedHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write(int children) {
        int days = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
        for (long child = 1; child <= children; child++) {
            LocalDate start = FIRST_DAY.plusDays(random.nextInt(days));
            int previous = random.nextInt(14) == 0 ? 1 : 0;
            LocalDate end = plan(child, start, previous);
            if (end != null && random.nextInt(6) == 0) {
                LocalDate again = end.plusDays(30 + random.nextInt(870));
                if (!again.isAfter(LAST_DAY)) {
                    plan(child, again, previous + 1);
                }
            }
            if (child % 5_000 == 0) {
                flush(false);
            }
        }
        flush(true);
    }

    /** @return the end date, or null while still open after the last day */
    private LocalDate plan(long child, LocalDate start, int previous) {
        long plan = nextPlan++;
        int r = random.nextInt(100);
        int length = r < 20 ? 30 + random.nextInt(60) : r < 55 ? 90 + random.nextInt(180)
                : r < 80 ? 270 + random.nextInt(180) : r < 96 ? 450 + random.nextInt(280) : 730 + random.nextInt(500);
        LocalDate end = start.plusDays(length);
        if (end.isAfter(LAST_DAY.plusMonths(3))) {
            end = null;
        }
        String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        String latest = category;
        icpc(start);
        categories.add(new Object[] { plan, Date.valueOf(start), category });
        LocalDate previousReview = null;
        while (true) {
            LocalDate due = previousReview == null ? start.plusMonths(3) : previousReview.plusMonths(6);
            LocalDate held = random.nextInt(100) < 7 ? due.plusDays(1 + random.nextInt(30))
                    : due.minusDays(random.nextInt(21));
            boolean last = end != null && !held.isBefore(end);
            if (last) {
                held = end;
            }
            if (held.isAfter(LAST_DAY.plusMonths(3))) {
                break;
            }
            long conference = nextConference++;
            conferences.add(new Object[] { conference, "REVIEW", Date.valueOf(due), null, Date.valueOf(held) });
            reviews.add(new Object[] { plan, conference, child, Date.valueOf(held), Date.valueOf(due) });
            if (!last && random.nextInt(12) == 0) {
                String changed = CATEGORIES[random.nextInt(CATEGORIES.length)];
                if (!changed.equals(latest)) {
                    latest = changed;
                    categories.add(new Object[] { plan, Date.valueOf(held), changed });
                }
            }
            if (last) {
                break;
            }
            previousReview = held;
        }
        plans.add(new Object[] { plan, child, Date.valueOf(start), category, latest,
                end == null ? null : Date.valueOf(end), previous });
        return end;
    }

    private void icpc(LocalDate heldOn) {
        long discussion = nextConference;
        int r = random.nextInt(100);
        LocalDate s47 = heldOn.minusDays(r < 77 ? 5 + random.nextInt(16) : 22 + random.nextInt(20));
        discussions.add(new Object[] { discussion, Date.valueOf(s47) });
        conferences.add(new Object[] { nextConference++, "INITIAL", Date.valueOf(s47.plusDays(21)), discussion,
                Date.valueOf(heldOn) });
    }

    private void flush(boolean all) {
        batch("INSERT INTO strategy_discussion (id, held_on, section47_started, notified_on, recorded_by, recorded_at, "
                + "version) VALUES (?, ?, TRUE, ?, 'bench', ?, 0)", discussions,
                d -> new Object[] { d[0], d[1], d[1], now });
        batch("INSERT INTO conference (id, type, status, due_date, due_basis, strategy_discussion_id, pre_birth, "
                + "held_on, outcome, created_at, version) VALUES (?, ?, 'HELD', ?, ?, ?, FALSE, ?, NULL, ?, 0)",
                conferences, c -> new Object[] { c[0], c[1], c[2], c[2], c[3], c[4], now });
        batch("INSERT INTO child_protection_plan (id, child_id, start_date, initial_category, latest_category, "
                + "end_date, pre_birth, previous_plans, version) VALUES (?, ?, ?, ?, ?, ?, FALSE, ?, 0)", plans,
                p -> p);
        batch("INSERT INTO plan_category_change (child_protection_plan, changed_on, category) VALUES (?, ?, ?)",
                categories, c -> c);
        batch("INSERT INTO plan_review (plan_id, conference_id, child_id, held_on, due_on) VALUES (?, ?, ?, ?, ?)",
                reviews, r -> r);
    }

    private void batch(String sql, List<Object[]> rows, java.util.function.UnaryOperator<Object[]> values) {
        for (int i = 0; i < rows.size(); i += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(i, Math.min(rows.size(), i + BATCH)).stream().map(values).toList());
        }
        rows.clear();
    }
}
