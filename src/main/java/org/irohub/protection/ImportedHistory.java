package org.irohub.protection;

import java.time.LocalDate;
import java.util.List;

/**
 * One child's child protection history as a CIN census return gives it, for {@link HistoryImports}: the days
 * section 47 enquiries started, the initial conferences held and the plans. {@code bornOn} is null for an unborn
 * child; it decides which conferences and plans were pre-birth. {@code newChild} says the child record was created
 * just now, so nothing can be held about it yet and there is nothing to look up.
 */
public record ImportedHistory(long childId, boolean newChild, LocalDate bornOn, List<LocalDate> enquiriesStartedOn,
        List<ImportedInitialConference> initialConferences, List<ImportedPlan> plans) {

    public ImportedHistory {
        enquiriesStartedOn = List.copyOf(enquiriesStartedOn);
        initialConferences = List.copyOf(initialConferences);
        plans = List.copyOf(plans);
    }

    boolean unbornOn(LocalDate date) {
        return bornOn == null || bornOn.isAfter(date);
    }
}
