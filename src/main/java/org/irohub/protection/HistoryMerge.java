package org.irohub.protection;

import static org.irohub.protection.HistoryRows.date;
import static org.irohub.protection.HistoryRows.id;
import static org.irohub.protection.HistoryRows.text;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.irohub.calendar.WorkingDayCalendar;
import org.irohub.protection.ExistingHistory.CategoryRow;
import org.irohub.protection.ExistingHistory.ConferenceKey;
import org.irohub.protection.ExistingHistory.PlanRow;
import org.irohub.protection.ExistingHistory.ReviewRow;

/**
 * One {@link HistoryImports#merge} call: matches each imported record with what is held and writes only what
 * is new or changed, in the order the foreign keys need (discussions, conferences, plans, then the reviews and
 * categories of each plan).
 */
final class HistoryMerge {

    private final HistoryRows rows;
    private final ExistingHistory held;
    private final WorkingDayCalendar calendar;
    private final String recordedBy;
    private final OffsetDateTime now;

    private final Map<Long, ImportedHistory> histories = new LinkedHashMap<>();
    private final Map<ChildDate, ImportedPlan> plans = new LinkedHashMap<>();
    private final Map<ChildDate, Long> discussions;
    private final Map<ConferenceKey, Long> conferences;
    private final Map<ChildDate, Long> planIds = new HashMap<>();
    /** Each imported plan's reviews, held and imported, with the DfE due date of each. */
    private final Map<ChildDate, TreeMap<LocalDate, LocalDate>> dues = new HashMap<>();
    private final Set<CategoryRow> categories = new HashSet<>();
    /** The day each held plan's category last changed. */
    private final Map<Long, LocalDate> lastCategoryChange = new HashMap<>();
    private final List<Object[]> categoryRows = new ArrayList<>();
    private int discussionsCreated;
    private int conferencesCreated;
    private int plansCreated;
    private int reviewsCreated;

    HistoryMerge(HistoryRows rows, ExistingHistory held, WorkingDayCalendar calendar, String recordedBy,
            OffsetDateTime now) {
        this.rows = rows;
        this.held = held;
        this.calendar = calendar;
        this.recordedBy = recordedBy.length() > 80 ? recordedBy.substring(0, 80) : recordedBy;
        this.now = now;
        this.discussions = new HashMap<>(held.discussions);
        this.conferences = new HashMap<>(held.conferences);
        this.categories.addAll(held.categoryChanges);
        held.categoryChanges.forEach(c -> lastCategoryChange.merge(c.planId(), c.changedOn(),
                (a, b) -> a.isAfter(b) ? a : b));
    }

    HistoryImportResult run(List<ImportedHistory> imported) {
        for (ImportedHistory h : imported) {
            histories.putIfAbsent(h.childId(), h);
            h.plans().forEach(p -> plans.merge(new ChildDate(h.childId(), p.startedOn()), p, HistoryMerge::unite));
        }
        discussions(imported);
        initialConferences(imported);
        reviewConferences();
        plans();
        planReviews();
        rows.batch("INSERT INTO plan_category_change (child_protection_plan, changed_on, category, conference_id) "
                + "VALUES (?, ?, ?, ?)", categoryRows);
        Map<ChildDate, Long> enquiries = new HashMap<>();
        imported.forEach(h -> h.enquiriesStartedOn().forEach(d -> {
            ChildDate key = new ChildDate(h.childId(), d);
            enquiries.put(key, discussions.get(key));
        }));
        return new HistoryImportResult(enquiries, planIds, discussionsCreated, conferencesCreated, plansCreated,
                reviewsCreated);
    }

    private void discussions(List<ImportedHistory> imported) {
        Map<ChildDate, Object[]> fresh = new LinkedHashMap<>();
        for (ImportedHistory h : imported) {
            for (LocalDate started : h.enquiriesStartedOn()) {
                ChildDate key = new ChildDate(h.childId(), started);
                if (!discussions.containsKey(key)) {
                    fresh.putIfAbsent(key, new Object[] { date(started), date(started), recordedBy, now });
                }
            }
        }
        List<ChildDate> keys = new ArrayList<>(fresh.keySet());
        List<Long> ids = rows.insert(HistoryRows.DISCUSSION, new ArrayList<>(fresh.values()));
        List<Object[]> discussed = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            discussions.put(keys.get(i), ids.get(i));
            discussed.add(new Object[] { ids.get(i), keys.get(i).childId() });
        }
        rows.batch("INSERT INTO discussed_child (strategy_discussion, child_id) VALUES (?, ?)", discussed);
        discussionsCreated = ids.size();
    }

    private void initialConferences(List<ImportedHistory> imported) {
        Map<ConferenceKey, Object[]> fresh = new LinkedHashMap<>();
        for (ImportedHistory h : imported) {
            for (ImportedInitialConference icpc : h.initialConferences()) {
                ConferenceKey key = new ConferenceKey(h.childId(), ConferenceType.INITIAL, icpc.heldOn());
                boolean transferIn = icpc.enquiryStartedOn() == null && conferences.containsKey(
                        new ConferenceKey(h.childId(), ConferenceType.TRANSFER_IN, icpc.heldOn()));
                if (transferIn || conferences.containsKey(key) || fresh.containsKey(key)) {
                    continue;
                }
                Long discussion = icpc.enquiryStartedOn() == null ? null
                        : discussions.get(new ChildDate(h.childId(), icpc.enquiryStartedOn()));
                LocalDate basis = discussion == null ? icpc.heldOn() : icpc.enquiryStartedOn();
                LocalDate due = discussion == null ? icpc.heldOn()
                        : calendar.addWorkingDays(basis, HistoryImports.ICPC_WORKING_DAYS);
                Category started = categoryOfPlanStarting(h.childId(), icpc.heldOn());
                fresh.put(key, conference(ConferenceType.INITIAL, due, basis, discussion, h.unbornOn(icpc.heldOn()),
                        icpc.heldOn(), started != null ? ConferenceOutcome.PLAN_STARTED : ConferenceOutcome.NO_PLAN,
                        started, started == null ? icpc.ifNoPlan() : null, null));
            }
        }
        insertConferences(fresh);
    }

    /** The review conferences not yet held, each due by the DfE rule counted over the plan's reviews united. */
    private void reviewConferences() {
        Map<ConferenceKey, Object[]> fresh = new LinkedHashMap<>();
        plans.forEach((key, plan) -> {
            PlanRow existing = held.plans.get(key);
            Map<LocalDate, ReviewRow> heldReviews = existing == null ? Map.of()
                    : held.reviews.getOrDefault(existing.id(), new TreeMap<>());
            TreeSet<LocalDate> all = new TreeSet<>(heldReviews.keySet());
            all.addAll(plan.reviewsHeldOn());
            TreeMap<LocalDate, LocalDate> due = new TreeMap<>();
            LocalDate previous = null;
            for (LocalDate review : all) {
                due.put(review, DfeReviewDuePolicy.dueOn(key.date(), previous));
                previous = review;
            }
            dues.put(key, due);
            LocalDate end = plan.endedOn() != null ? plan.endedOn() : existing == null ? null : existing.endedOn();
            String endReason = plan.endedOn() != null ? plan.endReason().name() : existing == null ? null : existing.endReason();
            ImportedHistory h = histories.get(key.childId());
            for (LocalDate review : new TreeSet<>(plan.reviewsHeldOn())) {
                ConferenceKey conference = new ConferenceKey(key.childId(), ConferenceType.REVIEW, review);
                if (heldReviews.containsKey(review) || conferences.containsKey(conference) || fresh.containsKey(conference)) {
                    continue;
                }
                LocalDate basis = Objects.requireNonNullElse(all.lower(review), key.date());
                boolean ends = review.equals(end) && endReason != null;
                fresh.put(conference, conference(ConferenceType.REVIEW, due.get(review), basis, null, h.unbornOn(review),
                        review, ends ? ConferenceOutcome.PLAN_ENDED : ConferenceOutcome.PLAN_CONTINUES, null, null,
                        ends ? endReason : null));
            }
        });
        insertConferences(fresh);
    }

    private void plans() {
        List<ChildDate> freshKeys = new ArrayList<>();
        List<Object[]> fresh = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        plans.forEach((key, plan) -> {
            PlanRow existing = held.plans.get(key);
            if (existing == null) {
                Long icpc = conferences.get(new ConferenceKey(key.childId(), ConferenceType.INITIAL, key.date()));
                freshKeys.add(key);
                fresh.add(new Object[] { key.childId(), date(key.date()), text(plan.initialCategory()),
                        text(plan.latestCategory()), date(plan.endedOn()), text(plan.endedOn() == null ? null : plan.endReason()),
                        histories.get(key.childId()).unbornOn(key.date()), plan.previousPlans(), id(icpc) });
                return;
            }
            planIds.put(key, existing.id());
            LocalDate end = plan.endedOn() != null ? plan.endedOn() : existing.endedOn();
            String reason = existing.endReason() != null || plan.endedOn() == null ? existing.endReason()
                    : plan.endReason().name();
            Category latest = isNewer(existing.id(), plan.latestCategorySince()) ? plan.latestCategory() : existing.latest();
            Long startedAt = existing.startedAt() != null ? existing.startedAt()
                    : conferences.get(new ConferenceKey(key.childId(), ConferenceType.INITIAL, key.date()));
            if (!Objects.equals(end, existing.endedOn()) || !Objects.equals(reason, existing.endReason())
                    || latest != existing.latest() || !Objects.equals(startedAt, existing.startedAt())) {
                updates.add(new Object[] { date(end), text(reason), text(latest), id(startedAt), existing.id() });
            }
            if (latest != existing.latest()) {
                category(existing.id(), key.childId(), plan.latestCategorySince(), latest);
            }
        });
        List<Long> ids = rows.insert(HistoryRows.PLAN, fresh);
        for (int i = 0; i < ids.size(); i++) {
            ChildDate key = freshKeys.get(i);
            ImportedPlan plan = plans.get(key);
            planIds.put(key, ids.get(i));
            category(ids.get(i), key.childId(), key.date(), plan.initialCategory());
            if (plan.latestCategory() != plan.initialCategory()) {
                category(ids.get(i), key.childId(), plan.latestCategorySince(), plan.latestCategory());
            }
        }
        plansCreated = ids.size();
        rows.batch("UPDATE child_protection_plan SET end_date = ?, end_reason = ?, latest_category = ?, "
                + "started_at_conference = ?, version = version + 1 WHERE id = ?", updates);
    }

    private void planReviews() {
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        dues.forEach((key, due) -> {
            long planId = planIds.get(key);
            Map<LocalDate, ReviewRow> heldReviews = held.reviews.getOrDefault(planId, new TreeMap<>());
            due.forEach((review, dueOn) -> {
                ReviewRow row = heldReviews.get(review);
                if (row == null) {
                    Long conference = conferences.get(new ConferenceKey(key.childId(), ConferenceType.REVIEW, review));
                    inserts.add(new Object[] { planId, conference, key.childId(), date(review), date(dueOn) });
                }
                else if (!row.dueOn().equals(dueOn)) {
                    updates.add(new Object[] { date(dueOn), planId, row.conferenceId() });
                }
            });
        });
        rows.batch("INSERT INTO plan_review (plan_id, conference_id, child_id, held_on, due_on) VALUES (?, ?, ?, ?, ?)",
                inserts);
        rows.batch("UPDATE plan_review SET due_on = ? WHERE plan_id = ? AND conference_id = ?", updates);
        reviewsCreated = inserts.size();
    }

    private void insertConferences(Map<ConferenceKey, Object[]> fresh) {
        List<ConferenceKey> keys = new ArrayList<>(fresh.keySet());
        List<Long> ids = rows.insert(HistoryRows.CONFERENCE, new ArrayList<>(fresh.values()));
        List<Object[]> children = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            conferences.put(keys.get(i), ids.get(i));
            children.add(new Object[] { ids.get(i), keys.get(i).childId() });
        }
        rows.batch("INSERT INTO conference_child (conference, child_id) VALUES (?, ?)", children);
        conferencesCreated += ids.size();
    }

    private Object[] conference(ConferenceType type, LocalDate due, LocalDate basis, Long discussion, boolean preBirth,
            LocalDate heldOn, ConferenceOutcome outcome, Category category, NoPlanRecommendation recommendation,
            String endReason) {
        return new Object[] { type.name(), date(due), date(basis), id(discussion), preBirth, date(heldOn), outcome.name(),
                text(category), text(recommendation), text(endReason), now };
    }

    private Category categoryOfPlanStarting(long childId, LocalDate day) {
        ChildDate key = new ChildDate(childId, day);
        ImportedPlan imported = plans.get(key);
        if (imported != null) {
            return imported.initialCategory();
        }
        PlanRow existing = held.plans.get(key);
        return existing == null ? null : existing.initial();
    }

    /** An older return imported after a newer one must not turn the latest category back. */
    private boolean isNewer(long planId, LocalDate since) {
        LocalDate last = lastCategoryChange.get(planId);
        return last == null || !last.isAfter(since);
    }

    private void category(long planId, long childId, LocalDate on, Category category) {
        if (categories.add(new CategoryRow(planId, on, category))) {
            Long conference = Stream.of(ConferenceType.REVIEW, ConferenceType.INITIAL)
                .map(type -> conferences.get(new ConferenceKey(childId, type, on)))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
            categoryRows.add(new Object[] { planId, date(on), category.name(), id(conference) });
        }
    }

    private static ImportedPlan unite(ImportedPlan a, ImportedPlan b) {
        List<LocalDate> reviews = new ArrayList<>(new TreeSet<>(Stream.concat(a.reviewsHeldOn().stream(),
                b.reviewsHeldOn().stream()).toList()));
        ImportedPlan ended = a.endedOn() != null ? a : b;
        return new ImportedPlan(a.startedOn(), ended.endedOn(), ended.endReason(), a.initialCategory(),
                b.latestCategory(), b.latestCategorySince(), Math.max(a.previousPlans(), b.previousPlans()), reviews);
    }
}
