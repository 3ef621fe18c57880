package org.irohub.escalation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * One column of the seed's table 8.3: escalations counted by the highest stage reached, with each count as a
 * percentage of the column total to two decimals (half up; 0.00 when the column is empty).
 */
public record StageCounts(Map<Stage, Long> counts, long total, Map<Stage, BigDecimal> percentages) {

    static StageCounts of(Map<Stage, Long> counts) {
        Map<Stage, Long> all = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            all.put(s, counts.getOrDefault(s, 0L));
        }
        long total = all.values().stream().mapToLong(Long::longValue).sum();
        Map<Stage, BigDecimal> percentages = new EnumMap<>(Stage.class);
        all.forEach((s, n) -> percentages.put(s, percent(n, total)));
        return new StageCounts(all, total, percentages);
    }

    static BigDecimal percent(long n, long total) {
        return total == 0 ? new BigDecimal("0.00")
                : BigDecimal.valueOf(n * 100).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
    }
}
