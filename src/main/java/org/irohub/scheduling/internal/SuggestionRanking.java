package org.irohub.scheduling.internal;

import java.util.Comparator;
import java.util.Locale;

/**
 * The order chairs are suggested in. A chair who is not independent of the case is excluded: listed last,
 * with the reason. Among the rest: continuity first (has chaired this child or a sibling before, so the family
 * meets the same person), then those free in the slot, then the lowest caseload per FTE; by name when all else
 * is equal, so the list is stable.
 */
public final class SuggestionRanking implements Comparator<ChairSuggestion> {

    public static final SuggestionRanking INSTANCE = new SuggestionRanking();

    private static final Comparator<ChairSuggestion> ORDER = Comparator
        .comparing(ChairSuggestion::excluded)
        .thenComparing(s -> !s.continuity())
        .thenComparing(s -> !s.available())
        .thenComparing(ChairSuggestion::caseloadPerFte)
        .thenComparing(s -> s.name().toLowerCase(Locale.ROOT))
        .thenComparing(ChairSuggestion::chairId);

    private SuggestionRanking() {
    }

    @Override
    public int compare(ChairSuggestion a, ChairSuggestion b) {
        return ORDER.compare(a, b);
    }
}
