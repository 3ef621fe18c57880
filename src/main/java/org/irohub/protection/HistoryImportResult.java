package org.irohub.protection;

import java.util.Map;

/**
 * What {@link HistoryImports#merge} did: the strategy discussion of each section 47 enquiry and the record of
 * each plan (new or already held), and how many records it created.
 */
public record HistoryImportResult(Map<ChildDate, Long> strategyDiscussions, Map<ChildDate, Long> plans,
        int strategyDiscussionsCreated, int conferencesCreated, int plansCreated, int reviewsCreated) {

    public HistoryImportResult {
        strategyDiscussions = Map.copyOf(strategyDiscussions);
        plans = Map.copyOf(plans);
    }
}
