package org.irohub.scheduling.internal;

import java.math.BigDecimal;
import java.util.List;

import org.irohub.staff.CaseloadBand;
import org.irohub.staff.ChairProfile;

/**
 * A chair suggested for a conference, with what the ranking looked at and every reason in words.
 *
 * @param independent {@code false} excludes the chair: listed last, with the reason, and cannot be booked
 * @param continuity has chaired one of the children, or a sibling, before
 * @param available free in the proposed slot and under the day's limit
 */
public record ChairSuggestion(ChairProfile chair, boolean independent, boolean continuity, boolean available,
        BigDecimal caseloadPerFte, CaseloadBand band, List<String> reasons) {

    public ChairSuggestion {
        reasons = List.copyOf(reasons);
    }

    public boolean excluded() {
        return !independent;
    }

    public long chairId() {
        return chair.id().value();
    }

    public String name() {
        return chair.name();
    }
}
