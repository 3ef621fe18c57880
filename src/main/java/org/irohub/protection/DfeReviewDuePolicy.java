package org.irohub.protection;

import java.time.LocalDate;

/**
 * The due date the DfE measures a review against (indicators.md, reviewsInTimescale): the first review of a
 * plan is due three months after the plan started, each later one six months after the previous review was
 * actually held. Unlike the booking due dates, these never follow a locally shortened timescale, so local
 * figures can be set beside national ones.
 */
public final class DfeReviewDuePolicy {

    public static final int FIRST_REVIEW_MONTHS = 3;
    public static final int LATER_REVIEW_MONTHS = 6;

    private DfeReviewDuePolicy() {
    }

    /** @param previousReviewHeldOn the plan's previous review, or null when this is its first */
    public static LocalDate dueOn(LocalDate planStart, LocalDate previousReviewHeldOn) {
        return previousReviewHeldOn == null ? planStart.plusMonths(FIRST_REVIEW_MONTHS)
                : previousReviewHeldOn.plusMonths(LATER_REVIEW_MONTHS);
    }
}
