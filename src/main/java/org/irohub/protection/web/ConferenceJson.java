package org.irohub.protection.web;

import java.time.LocalDate;
import java.util.List;

import org.irohub.protection.Conference;

/** A conference as the API shows it (contract: id, type, childIds, dueDate, status, heldOn, chairId, outcome, lateReasons). */
record ConferenceJson(long id, String type, List<Long> childIds, LocalDate dueDate, String status, LocalDate heldOn,
        Long chairId, String outcome, List<String> lateReasons, String category, String recommendation,
        String endReason, String continuationReason, Boolean driftIsReason, Integer version) {

    static ConferenceJson of(Conference c) {
        if (c == null) {
            return null;
        }
        return new ConferenceJson(c.getId(), c.getType().name(), c.getChildIds(), c.getDueDate(), c.getStatus().name(),
                c.getHeldOn(), c.getChairId(), c.getOutcome() == null ? null : c.getOutcome().name(), c.getLateReasons(),
                c.getCategory() == null ? null : c.getCategory().name(),
                c.getRecommendation() == null ? null : c.getRecommendation().name(),
                c.getEndReason() == null ? null : c.getEndReason().name(), c.getContinuationReason(),
                c.getDriftIsReason(), c.getVersion());
    }
}
