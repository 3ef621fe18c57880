package org.irohub.interchange.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.irohub.calendar.WorkingDayCalendar;

/**
 * The scorecard figures of {@code indicators.md} for one period, computed straight from the census records so
 * that a test can compare the generator's output with England's figures.
 */
final class CensusFigures implements Consumer<SyntheticChild> {

    private final LocalDate from;
    private final LocalDate to;
    private final WorkingDayCalendar calendar;

    int icpcHeld;
    int icpcWithin15WorkingDays;
    int reviewsHeld;
    int reviewsInTimescale;
    int plansStarted;
    int plansStartedSecondOrSubsequent;
    final Map<String, Integer> plansStartedByInitialCategory = new TreeMap<>();
    int plansEnded;
    int plansEndedLasting2YearsOrMore;
    int childrenOnPlanAtEnd;
    int childrenOnPlan3MonthsAtEnd;
    int childrenReviewedInTimescale;
    int unbornChildren;
    int episodes;
    int episodesWithoutProtection;
    int section47s;
    int section47sIcpcNotRequired;
    final List<Long> endedPlanDays = new ArrayList<>();

    CensusFigures(LocalDate from, LocalDate to, WorkingDayCalendar calendar) {
        this.from = from;
        this.to = to;
        this.calendar = calendar;
    }

    @Override
    public void accept(SyntheticChild child) {
        if (child.birthDate() == null && child.expectedBirthDate() != null) {
            unbornChildren++;
        }
        boolean onPlanAtEnd = false;
        boolean inCohort = false;
        boolean cohortInTime = true;
        for (Episode e : child.episodes()) {
            episodes++;
            if (e.section47s().isEmpty() && e.plans().isEmpty() && e.transferInIcpc() == null) {
                episodesWithoutProtection++;
            }
            for (Section47 s47 : e.section47s()) {
                section47s++;
                section47sIcpcNotRequired += s47.icpcNotRequired() ? 1 : 0;
                LocalDate icpc = s47.icpc();
                if (icpc != null && in(icpc) && !icpc.isBefore(s47.start())) {
                    icpcHeld++;
                    if (!icpc.isAfter(calendar.addWorkingDays(s47.start(), 15))) {
                        icpcWithin15WorkingDays++;
                    }
                }
            }
            for (ProtectionPlan plan : e.plans()) {
                plan(plan);
                if (openAt(plan, to)) {
                    onPlanAtEnd = true;
                    if (!plan.start().plusMonths(3).isAfter(to)) {
                        inCohort = true;
                        cohortInTime &= reviewedInTime(plan);
                    }
                }
            }
        }
        childrenOnPlanAtEnd += onPlanAtEnd ? 1 : 0;
        childrenOnPlan3MonthsAtEnd += inCohort ? 1 : 0;
        childrenReviewedInTimescale += inCohort && cohortInTime ? 1 : 0;
    }

    private void plan(ProtectionPlan plan) {
        LocalDate due = plan.start().plusMonths(3);
        for (LocalDate review : plan.reviews()) {
            if (in(review)) {
                reviewsHeld++;
                reviewsInTimescale += review.isAfter(due) ? 0 : 1;
            }
            due = review.plusMonths(6);
        }
        if (in(plan.start())) {
            plansStarted++;
            plansStartedSecondOrSubsequent += plan.previousPlans() > 0 ? 1 : 0;
            plansStartedByInitialCategory.merge(plan.initialCategory(), 1, Integer::sum);
        }
        if (plan.end() != null && in(plan.end())) {
            plansEnded++;
            plansEndedLasting2YearsOrMore += plan.end().isBefore(plan.start().plusMonths(24)) ? 0 : 1;
            endedPlanDays.add(ChronoUnit.DAYS.between(plan.start(), plan.end()));
        }
    }

    /** Every review held by {@code to} on or before its due date, and the next one not yet overdue at {@code to}. */
    private boolean reviewedInTime(ProtectionPlan plan) {
        LocalDate due = plan.start().plusMonths(3);
        for (LocalDate review : plan.reviews()) {
            if (review.isAfter(to)) {
                break;
            }
            if (review.isAfter(due)) {
                return false;
            }
            due = review.plusMonths(6);
        }
        return !due.isBefore(to);
    }

    private boolean in(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    private static boolean openAt(ProtectionPlan plan, LocalDate date) {
        return !plan.start().isAfter(date) && (plan.end() == null || plan.end().isAfter(date));
    }

    static double percent(int part, int whole) {
        return whole == 0 ? Double.NaN : 100.0 * part / whole;
    }

    double icpcWithin15Pct() {
        return percent(icpcWithin15WorkingDays, icpcHeld);
    }

    double reviewsInTimescalePct() {
        return percent(reviewsInTimescale, reviewsHeld);
    }

    double childrenReviewedInTimescalePct() {
        return percent(childrenReviewedInTimescale, childrenOnPlan3MonthsAtEnd);
    }

    double secondOrSubsequentPct() {
        return percent(plansStartedSecondOrSubsequent, plansStarted);
    }

    double lasting2YearsPct() {
        return percent(plansEndedLasting2YearsOrMore, plansEnded);
    }

    double categoryPct(String category) {
        return percent(plansStartedByInitialCategory.getOrDefault(category, 0), plansStarted);
    }

    double medianEndedPlanMonths() {
        List<Long> days = new ArrayList<>(endedPlanDays);
        Collections.sort(days);
        return days.isEmpty() ? Double.NaN : days.get(days.size() / 2) / 30.44;
    }

    double meanEndedPlanMonths() {
        return endedPlanDays.stream().mapToLong(Long::longValue).average().orElse(Double.NaN) / 30.44;
    }

    String report() {
        return String.format(Locale.ROOT, """
                period %s to %s
                ICPCs held %d, within 15 working days %.1f%%
                reviews held %d, in timescale %.1f%%; children on plan 3 months+ at end %d, reviewed in time %.1f%%
                plans started %d, second or subsequent %.1f%%, by category NEG %.1f%% EMO %.1f%% PHY %.1f%% SAB %.1f%% MUL %.1f%%
                plans ended %d, lasting 2 years or more %.1f%%, median %.1f months, mean %.1f months
                children on a plan at end %d, unborn children %d
                episodes %d (%.1f%% without section 47 or plan), section 47s %d (%.1f%% ICPC not required)
                """, from, to, icpcHeld, icpcWithin15Pct(), reviewsHeld, reviewsInTimescalePct(),
                childrenOnPlan3MonthsAtEnd, childrenReviewedInTimescalePct(), plansStarted, secondOrSubsequentPct(),
                categoryPct("NEG"), categoryPct("EMO"), categoryPct("PHY"), categoryPct("SAB"), categoryPct("MUL"),
                plansEnded, lasting2YearsPct(), medianEndedPlanMonths(), meanEndedPlanMonths(), childrenOnPlanAtEnd,
                unbornChildren, episodes, percent(episodesWithoutProtection, episodes), section47s,
                percent(section47sIcpcNotRequired, section47s));
    }
}
