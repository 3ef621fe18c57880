package org.irohub.protection;

/** What a held conference decided. */
public enum ConferenceOutcome {
    /** Initial or transfer-in conference: the child becomes (or stays) the subject of a plan. */
    PLAN_STARTED,
    /** Initial conference: no plan needed; a recommendation is recorded instead. */
    NO_PLAN,
    /** Review: the plan continues (its category may change). */
    PLAN_CONTINUES,
    /** Review: the plan ends. */
    PLAN_ENDED
}
