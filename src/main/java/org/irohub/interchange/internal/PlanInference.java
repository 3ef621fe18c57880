package org.irohub.interchange.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import org.irohub.interchange.internal.CensusRecords.ChildRecord;
import org.irohub.interchange.internal.CensusRecords.Episode;
import org.irohub.interchange.internal.CensusRecords.Plan;
import org.irohub.protection.Category;
import org.irohub.protection.ImportedPlan;
import org.irohub.protection.PlanEndReason;

/**
 * What the census does not say about a plan, and IRO Hub's records need:
 * <ul>
 * <li>why it ended: died (a date of death on or before the end), moved to another authority (the episode closed
 * that day with reason RC5), reached 18, otherwise no longer at continuing risk;</li>
 * <li>when the latest category began, when it differs from the initial one: at the last review in the return
 * (else the end of the plan, else its start);</li>
 * <li>a category that is missing or invalid (rules 8905/8910) is taken from the other one, or MUL when both
 * are; a missing number of previous plans (8730) is 0.</li>
 * </ul>
 */
final class PlanInference {

    private PlanInference() {
    }

    static ImportedPlan plan(Plan p, Episode e, ChildRecord c) {
        Category initial = Category.ofCode(p.initialCategory())
            .orElse(Category.ofCode(p.latestCategory()).orElse(Category.MUL));
        Category latest = Category.ofCode(p.latestCategory()).orElse(initial);
        List<LocalDate> reviews = List.copyOf(new TreeSet<>(p.reviews()));
        LocalDate since = !reviews.isEmpty() ? reviews.get(reviews.size() - 1) : p.end() != null ? p.end() : p.start();
        return new ImportedPlan(p.start(), p.end(), p.end() == null ? null : endReason(p.end(), e, c), initial, latest,
                since, p.previousPlans() == null ? 0 : p.previousPlans(), reviews);
    }

    static PlanEndReason endReason(LocalDate end, Episode e, ChildRecord c) {
        if (c.death() != null && !c.death().isAfter(end)) {
            return PlanEndReason.DIED;
        }
        if (end.equals(e.closure()) && CensusCodes.TRANSFERRED.equals(e.closureReason())) {
            return PlanEndReason.TRANSFERRED_TO_ANOTHER_AUTHORITY;
        }
        if (c.birth() != null && !c.birth().plusYears(18).isAfter(end)) {
            return PlanEndReason.REACHED_18;
        }
        return PlanEndReason.NO_LONGER_AT_RISK;
    }
}
