package org.irohub.scorecard;

import java.time.LocalDate;
import java.util.List;

/**
 * The children or conferences behind a count. {@code count} is the figure as the scorecard counts it (children,
 * plans or conferences, restricted ones included); {@code rows} leaves out the rows of restricted children the
 * user may not see, and {@code hiddenRows} says how many were left out, so the list still adds up.
 */
public record Drilldown(Indicator indicator, String category, LocalDate from, LocalDate to, int count,
        List<DrilldownRow> rows, int hiddenRows) {

    /** The category's name (Neglect, Emotional abuse...), or null when there is none. */
    public String categoryLabel() {
        return category == null ? null
                : org.irohub.protection.Category.ofCode(category).map(org.irohub.protection.Category::label).orElse(category);
    }
}
