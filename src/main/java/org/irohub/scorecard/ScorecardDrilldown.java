package org.irohub.scorecard;

import static org.irohub.scorecard.Indicator.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.irohub.children.ChildDirectory;
import org.irohub.children.ChildId;
import org.irohub.children.ChildSummary;
import org.irohub.scorecard.DrilldownQueries.ConferenceRow;
import org.irohub.scorecard.DrilldownQueries.PlanRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The children or conferences behind a count, for managers (never performance viewers, who see figures only).
 * A restricted child the user is not granted is left out of the list, not out of the count. Each child listed is
 * audited as a separate entry against that child's record, so a search of the audit log for a child finds every
 * list the child appeared in (an entry naming many children would not be found by record, and its detail is cut
 * at 1,000 characters).
 */
@Service
public class ScorecardDrilldown {

    static final String AUDIT_ACTION = "SCORECARD_CHILD_LISTED";

    private final DrilldownQueries queries;
    private final ScorecardService scorecards;
    private final ChildDirectory children;
    private final AuditLog audit;

    ScorecardDrilldown(DrilldownQueries queries, ScorecardService scorecards, ChildDirectory children, AuditLog audit) {
        this.queries = queries;
        this.scorecards = scorecards;
        this.children = children;
        this.audit = audit;
    }

    /**
     * @param category NEG, PHY, SAB, EMO or MUL for a breakdown; otherwise ignored
     * @throws ScorecardException naming {@code indicator} for a percentage or rate (drill into its counts),
     *             {@code category} when a breakdown has none, or {@code from}/{@code to} for a bad period
     */
    @Transactional
    public Drilldown list(Indicator indicator, String category, LocalDate from, LocalDate to, String username) {
        ScorecardException.checkPeriod(from, to);
        if (!indicator.isDrillable()) {
            throw ScorecardException.invalid("indicator", indicator.id() + " is not a count: drill into "
                    + (indicator.numerator() == null ? CHILDREN_ON_PLAN_AT_END.id()
                            : indicator.numerator().id() + " or " + indicator.denominator().id()));
        }
        String cat = indicator.kind() == Kind.BY_CATEGORY ? category(category) : null;
        List<DrilldownRow> rows = rows(indicator, cat, from, to);
        int count = switch (indicator.subject()) {
            case CHILDREN -> (int) rows.stream().map(DrilldownRow::childId).distinct().count();
            case PLANS -> rows.size();
            case CONFERENCES -> (int) rows.stream().map(DrilldownRow::conferenceId).distinct().count();
        };
        List<DrilldownRow> visible = new ArrayList<>();
        Map<Long, Optional<String>> laIds = new HashMap<>();
        for (DrilldownRow row : rows) {
            Optional<String> laId = laIds.computeIfAbsent(row.childId(), id -> visibleLaChildId(id, username));
            laId.ifPresent(id -> visible.add(row.withLaChildId(id)));
        }
        Set<Long> listed = visible.stream().map(DrilldownRow::childId).collect(Collectors.toCollection(LinkedHashSet::new));
        String detail = "indicator=" + indicator.id() + (cat == null ? "" : " category=" + cat) + " period=" + from
                + ".." + to;
        listed.forEach(child -> audit.record(AuditEvent.success(AUDIT_ACTION, "Child", child).withDetail(detail)));
        return new Drilldown(indicator, cat, from, to, count, visible, rows.size() - visible.size());
    }

    private Optional<String> visibleLaChildId(long childId, String username) {
        ChildId id = new ChildId(childId);
        return children.canAccess(id, username) ? children.find(id).map(ChildSummary::laChildId) : Optional.empty();
    }

    private List<DrilldownRow> rows(Indicator indicator, String category, LocalDate from, LocalDate to) {
        var dates = ScorecardQueries.OpenAtEndDates.at(to);
        return switch (indicator) {
            case PLANS_STARTED -> plans(queries.started(from, to), p -> true);
            case PLANS_STARTED_SECOND_OR_SUBSEQUENT -> plans(queries.started(from, to), p -> p.previousPlans() > 0);
            case PLANS_STARTED_BY_INITIAL_CATEGORY ->
                plans(queries.started(from, to), p -> p.initialCategory().equals(category));
            case PLANS_ENDED -> plans(queries.ended(from, to), p -> true);
            case PLANS_ENDED_LASTING_2_YEARS_OR_MORE ->
                plans(queries.ended(from, to), p -> !p.endDate().isBefore(p.startDate().plusMonths(24)));
            case CHILDREN_ON_PLAN_AT_END -> plans(queries.openAtEnd(to), p -> true);
            case CHILDREN_ON_PLAN_AT_END_BY_LATEST_CATEGORY ->
                plans(queries.openAtEnd(to), p -> p.category().equals(category));
            case PLANS_OVER_12_MONTHS_AT_END ->
                plans(queries.openAtEnd(to), p -> !p.startDate().isAfter(dates.started12MonthsBy()));
            case PLANS_OVER_2_YEARS_AT_END ->
                plans(queries.openAtEnd(to), p -> !p.startDate().isAfter(dates.started24MonthsBy()));
            case CHILDREN_ON_PLAN_3_MONTHS_AT_END ->
                plans(queries.openAtEnd(to), p -> !p.startDate().isAfter(dates.started3MonthsBy()));
            case CHILDREN_REVIEWED_IN_TIMESCALE -> plans(queries.openAtEnd(to),
                    p -> !p.startDate().isAfter(dates.started3MonthsBy())
                            && dates.reviewedInTimescale(p.startDate(), p.lastReview(), p.lateReviews()));
            case ICPC_HELD -> icpcs(from, to, false);
            case ICPC_WITHIN_15_WORKING_DAYS -> icpcs(from, to, true);
            case REVIEWS_HELD -> reviews(from, to, false);
            case REVIEWS_IN_TIMESCALE -> reviews(from, to, true);
            default -> throw new IllegalStateException(indicator.id());
        };
    }

    private static List<DrilldownRow> plans(List<PlanRow> plans, Predicate<PlanRow> keep) {
        return plans.stream()
            .filter(keep)
            .map(p -> new DrilldownRow(p.childId(), null, p.planId(), null, p.startDate(), p.endDate(), null, null,
                    p.category()))
            .toList();
    }

    private List<DrilldownRow> icpcs(LocalDate from, LocalDate to, boolean onlyInTime) {
        return queries.icpcs(from, to)
            .stream()
            .filter(c -> !onlyInTime || scorecards.icpcInTime(c.basis(), c.heldOn()))
            .map(c -> new DrilldownRow(c.childId(), null, null, c.conferenceId(), c.basis(), null, c.heldOn(),
                    scorecards.icpcDue(c.basis()), null))
            .toList();
    }

    /** A review conference is in timescale unless held after any reviewed plan's due date, as the count has it. */
    private List<DrilldownRow> reviews(LocalDate from, LocalDate to, boolean onlyInTime) {
        List<ConferenceRow> rows = queries.reviews(from, to);
        Set<Long> late = rows.stream()
            .filter(r -> r.heldOn().isAfter(r.basis()))
            .map(ConferenceRow::conferenceId)
            .collect(Collectors.toSet());
        return rows.stream()
            .filter(r -> !onlyInTime || !late.contains(r.conferenceId()))
            .map(r -> new DrilldownRow(r.childId(), null, r.planId(), r.conferenceId(), null, null, r.heldOn(),
                    r.basis(), null))
            .toList();
    }

    private static String category(String code) {
        if (code == null || !ScorecardQueries.CATEGORIES.contains(code.trim().toUpperCase())) {
            throw ScorecardException.invalid("category", "Choose the category: NEG, PHY, SAB, EMO or MUL");
        }
        return code.trim().toUpperCase();
    }
}
