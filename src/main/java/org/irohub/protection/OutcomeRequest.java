package org.irohub.protection;

import java.time.LocalDate;
import java.util.List;

/**
 * What a chair records when a conference has been held. For an initial or transfer-in conference:
 * {@code planRequired} with a {@code category}, or a {@code recommendation}. For a review: {@code continuePlan}
 * with an optional new {@code category}, or an {@code endReason}. {@code lateReasons} when held after the due
 * date; {@code continuationReason} and {@code driftIsReason} when a plan of 12 months or more continues.
 */
public record OutcomeRequest(LocalDate heldOn, Boolean planRequired, String category, String recommendation,
        Boolean continuePlan, String endReason, List<String> lateReasons, String continuationReason,
        Boolean driftIsReason, Integer version) {

    public List<String> lateReasonCodes() {
        return lateReasons == null ? List.of() : lateReasons;
    }
}
