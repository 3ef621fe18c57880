package org.irohub.protection;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A child protection plan from a CIN census return, with the days its reviews were held. {@code endReason} is
 * required with an end date (the census gives none; the importer infers one). {@code latestCategorySince} is
 * the day the latest category is recorded from when it differs from the initial one
 * (the start when not given).
 */
public record ImportedPlan(LocalDate startedOn, LocalDate endedOn, PlanEndReason endReason, Category initialCategory,
        Category latestCategory, LocalDate latestCategorySince, int previousPlans, List<LocalDate> reviewsHeldOn) {

    public ImportedPlan {
        Objects.requireNonNull(startedOn, "startedOn");
        Objects.requireNonNull(initialCategory, "initialCategory");
        Objects.requireNonNull(latestCategory, "latestCategory");
        if (endedOn != null) {
            Objects.requireNonNull(endReason, "endReason");
        }
        latestCategorySince = latestCategorySince == null ? startedOn : latestCategorySince;
        reviewsHeldOn = List.copyOf(reviewsHeldOn);
    }
}
