package org.irohub.interchange.generator;

import java.time.LocalDate;
import java.util.List;

/**
 * A child protection plan starting on the day of its initial conference, with its review conferences in order,
 * each after the start, and ending on a review day or after the last review (no end while open).
 */
record ProtectionPlan(LocalDate start, LocalDate end, String initialCategory, String latestCategory,
        int previousPlans, List<LocalDate> reviews) {

    ProtectionPlan withDates(LocalDate newStart, LocalDate newEnd, List<LocalDate> newReviews) {
        return new ProtectionPlan(newStart, newEnd, initialCategory, latestCategory, previousPlans,
                List.copyOf(newReviews));
    }
}
