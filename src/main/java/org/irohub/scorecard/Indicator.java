package org.irohub.scorecard;

import java.util.Arrays;
import java.util.Optional;

/**
 * The scorecard's indicators, with the ids of indicators.md (the API's keys). Each percentage names the count it
 * is a share of and the count it is taken from, so a figure and its drill-down always agree.
 */
public enum Indicator {
    CHILDREN_ON_PLAN_AT_END("childrenOnPlanAtEnd", Kind.COUNT, Subject.CHILDREN,
            "Children on a plan at the end of the period"),
    RATE_PER_10K_AT_END("ratePer10kAtEnd", Kind.RATE, null, "Rate per 10,000 children aged 0 to 17"),
    PLANS_STARTED("plansStarted", Kind.COUNT, Subject.PLANS, "Plans started"),
    PLANS_STARTED_SECOND_OR_SUBSEQUENT("plansStartedSecondOrSubsequent", Kind.COUNT, Subject.PLANS,
            "Plans started that were a second or subsequent plan"),
    PLANS_STARTED_SECOND_OR_SUBSEQUENT_PCT("plansStartedSecondOrSubsequentPct", Kind.PERCENT, null,
            "% of plans started that were a second or subsequent plan"),
    PLANS_STARTED_BY_INITIAL_CATEGORY("plansStartedByInitialCategory", Kind.BY_CATEGORY, Subject.PLANS,
            "Plans started, by initial category"),
    PLANS_ENDED("plansEnded", Kind.COUNT, Subject.PLANS, "Plans ended"),
    PLANS_ENDED_LASTING_2_YEARS_OR_MORE("plansEndedLasting2YearsOrMore", Kind.COUNT, Subject.PLANS,
            "Plans ended that had lasted 2 years or more"),
    PLANS_ENDED_LASTING_2_YEARS_OR_MORE_PCT("plansEndedLasting2YearsOrMorePct", Kind.PERCENT, null,
            "% of plans ended that had lasted 2 years or more"),
    PLANS_OVER_12_MONTHS_AT_END("plansOver12MonthsAtEnd", Kind.COUNT, Subject.PLANS,
            "Plans open at the end of the period for 12 months or more"),
    PLANS_OVER_2_YEARS_AT_END("plansOver2YearsAtEnd", Kind.COUNT, Subject.PLANS,
            "Plans open at the end of the period for 2 years or more"),
    CHILDREN_ON_PLAN_AT_END_BY_LATEST_CATEGORY("childrenOnPlanAtEndByLatestCategory", Kind.BY_CATEGORY,
            Subject.CHILDREN, "Children on a plan at the end of the period, by latest category"),
    ICPC_HELD("icpcHeld", Kind.COUNT, Subject.CONFERENCES, "Initial conferences held after a section 47 enquiry"),
    ICPC_WITHIN_15_WORKING_DAYS("icpcWithin15WorkingDays", Kind.COUNT, Subject.CONFERENCES,
            "Initial conferences held within 15 working days of the section 47 start"),
    ICPC_WITHIN_15_WORKING_DAYS_PCT("icpcWithin15WorkingDaysPct", Kind.PERCENT, null,
            "% of initial conferences held within 15 working days"),
    REVIEWS_HELD("reviewsHeld", Kind.COUNT, Subject.CONFERENCES, "Review conferences held"),
    REVIEWS_IN_TIMESCALE("reviewsInTimescale", Kind.COUNT, Subject.CONFERENCES,
            "Review conferences held in timescale"),
    REVIEWS_IN_TIMESCALE_PCT("reviewsInTimescalePct", Kind.PERCENT, null, "% of review conferences held in timescale"),
    CHILDREN_ON_PLAN_3_MONTHS_AT_END("childrenOnPlan3MonthsAtEnd", Kind.COUNT, Subject.CHILDREN,
            "Children on a plan for 3 months or more at the end of the period"),
    CHILDREN_REVIEWED_IN_TIMESCALE("childrenReviewedInTimescale", Kind.COUNT, Subject.CHILDREN,
            "Of those, children whose plan was reviewed in timescale throughout"),
    CHILDREN_REVIEWED_IN_TIMESCALE_PCT("childrenReviewedInTimescalePct", Kind.PERCENT, null,
            "% of children on a plan for 3 months or more reviewed in timescale");

    /** How a value is expressed. */
    public enum Kind {
        /** A whole number. */
        COUNT,
        /** A percentage to one decimal place, or null when its denominator is 0. */
        PERCENT,
        /** A rate per 10,000 to one decimal place, or null when no population is configured. */
        RATE,
        /** Counts keyed NEG, PHY, SAB, EMO, MUL. */
        BY_CATEGORY
    }

    /** What a count counts, and so what its drill-down lists. */
    public enum Subject {
        CHILDREN, PLANS, CONFERENCES
    }

    private final String id;
    private final Kind kind;
    private final Subject subject;
    private final String label;

    Indicator(String id, Kind kind, Subject subject, String label) {
        this.id = id;
        this.kind = kind;
        this.subject = subject;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** What the drill-down lists; null for a percentage or rate, which is not a list of anything. */
    public Subject subject() {
        return subject;
    }

    public String label() {
        return label;
    }

    public boolean isDrillable() {
        return subject != null;
    }

    /** For a percentage, the count it is a share of (its numerator) and the count it is taken from. */
    public Indicator numerator() {
        return switch (this) {
            case PLANS_STARTED_SECOND_OR_SUBSEQUENT_PCT -> PLANS_STARTED_SECOND_OR_SUBSEQUENT;
            case PLANS_ENDED_LASTING_2_YEARS_OR_MORE_PCT -> PLANS_ENDED_LASTING_2_YEARS_OR_MORE;
            case ICPC_WITHIN_15_WORKING_DAYS_PCT -> ICPC_WITHIN_15_WORKING_DAYS;
            case REVIEWS_IN_TIMESCALE_PCT -> REVIEWS_IN_TIMESCALE;
            case CHILDREN_REVIEWED_IN_TIMESCALE_PCT -> CHILDREN_REVIEWED_IN_TIMESCALE;
            default -> null;
        };
    }

    public Indicator denominator() {
        return switch (this) {
            case PLANS_STARTED_SECOND_OR_SUBSEQUENT_PCT -> PLANS_STARTED;
            case PLANS_ENDED_LASTING_2_YEARS_OR_MORE_PCT -> PLANS_ENDED;
            case ICPC_WITHIN_15_WORKING_DAYS_PCT -> ICPC_HELD;
            case REVIEWS_IN_TIMESCALE_PCT -> REVIEWS_HELD;
            case CHILDREN_REVIEWED_IN_TIMESCALE_PCT -> CHILDREN_ON_PLAN_3_MONTHS_AT_END;
            default -> null;
        };
    }

    public static Optional<Indicator> ofId(String id) {
        return Arrays.stream(values()).filter(i -> i.id.equals(id)).findFirst();
    }
}
