package org.irohub.escalation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Escalations raised in a period: by financial quarter (1 is April to June) and highest stage, in total, by
 * agency, theme and chair, and the shares resolved at Informal or Stage 1 and within the formal limit.
 */
public record EscalationSummary(List<QuarterCounts> byQuarter, StageCounts totals, Map<String, Long> byAgency,
        Map<String, Long> byTheme, Map<String, Long> byChair, BigDecimal resolvedAtInformalOrStage1,
        BigDecimal resolvedWithinTimescale) {

    public record QuarterCounts(int quarter, Map<Stage, Long> counts, long total, Map<Stage, BigDecimal> percentages) {
    }
}
