package org.irohub.interchange.generator;

import static org.irohub.interchange.generator.NationalProfile.CATEGORY;
import static org.irohub.interchange.generator.NationalProfile.CATEGORY_CHANGES;
import static org.irohub.interchange.generator.NationalProfile.ENDING_REVIEW;
import static org.irohub.interchange.generator.NationalProfile.PLAN_ENDS_BETWEEN_REVIEWS;
import static org.irohub.interchange.generator.NationalProfile.REVIEW_LATE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A child protection plan's life: reviews due 3 months after the start and then 6 months after each review
 * actually held, most held a few days early on a working day and some late; the plan ends at one of its reviews
 * or, now and then, between two. The whole life is drawn first and then cut at the child's 18th birthday and at
 * the reference date, so a plan still open there has the reviews held so far and no end.
 */
final class PlanFactory {

    private static final int MAX_ATTEMPTS = 8;

    private final Horizon horizon;

    PlanFactory(Horizon horizon) {
        this.horizon = horizon;
    }

    ProtectionPlan plan(LocalDate start, int previousPlans, LocalDate adulthood, Draws draws) {
        String initial = draws.pick(CATEGORY);
        int endingReview = draws.pick(ENDING_REVIEW);
        boolean endsBetweenReviews = draws.chance(PLAN_ENDS_BETWEEN_REVIEWS);
        List<LocalDate> reviews = new ArrayList<>();
        LocalDate last = start;
        LocalDate due = start.plusMonths(3);
        LocalDate end;
        for (int n = 1; ; n++) {
            LocalDate held = reviewDay(due, draws);
            if (endsBetweenReviews && n == endingReview) {
                LocalDate earliest = last.plusDays(14);
                end = draws.dayBetween(earliest, later(earliest, held.minusDays(7)));
                break;
            }
            reviews.add(held);
            if (n == endingReview) {
                end = held;
                break;
            }
            last = held;
            due = held.plusMonths(6);
        }
        if (end.isAfter(adulthood)) {
            end = later(adulthood, start.plusDays(1));
            LocalDate plannedEnd = end;
            reviews.removeIf(review -> !review.isBefore(plannedEnd));
        }
        reviews.removeIf(horizon::passed);
        String latest = latestCategory(initial, !reviews.isEmpty() && draws.chance(CATEGORY_CHANGES), draws);
        return new ProtectionPlan(start, horizon.ifHappened(end), initial, latest, previousPlans, List.copyOf(reviews));
    }

    /** On time: on the due date or up to a fortnight before, on a working day. Late: some working days after. */
    private LocalDate reviewDay(LocalDate due, Draws draws) {
        if (draws.chance(REVIEW_LATE)) {
            return horizon.addWorkingDays(due, 1 + draws.small(5, 40));
        }
        return horizon.workingDayOnOrBefore(due.minusDays(draws.small(3, 14)));
    }

    private static String latestCategory(String initial, boolean changes, Draws draws) {
        if (!changes) {
            return initial;
        }
        for (int i = 0; i < MAX_ATTEMPTS; i++) {
            String other = draws.pick(CATEGORY);
            if (!other.equals(initial)) {
                return other;
            }
        }
        return initial.equals("MUL") ? "NEG" : "MUL";
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
