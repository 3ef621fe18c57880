package org.irohub.escalation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Escalations raised in a period: by financial quarter (1 is April to June) and highest stage, in total, by
 * agency, theme and chair, and the shares of those resolved that were resolved at Informal or Stage 1 and within
 * the formal limit, with the counts behind them.
 */
public record EscalationSummary(List<QuarterCounts> byQuarter, StageCounts totals, Map<String, Long> byAgency,
        Map<String, Long> byTheme, Map<String, Long> byChair, BigDecimal resolvedAtInformalOrStage1,
        BigDecimal resolvedWithinTimescale, long resolved, long resolvedAtInformalOrStage1Count,
        long resolvedWithinTimescaleCount) {

    public record QuarterCounts(int quarter, Map<Stage, Long> counts, long total, Map<Stage, BigDecimal> percentages) {
    }

    /** The same figures with the chairs left out, for readers who do not supervise chairs (seed 8.6). */
    public EscalationSummary withoutChairs() {
        return new EscalationSummary(byQuarter, totals, byAgency, byTheme, Map.of(), resolvedAtInformalOrStage1,
                resolvedWithinTimescale, resolved, resolvedAtInformalOrStage1Count, resolvedWithinTimescaleCount);
    }
}
