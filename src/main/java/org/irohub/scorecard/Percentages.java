package org.irohub.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How every figure is rounded: one decimal place, half up (indicators.md). A share of nothing is unknown, not
 * 0 or 100, so a zero denominator gives null.
 */
public final class Percentages {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private Percentages() {
    }

    /** {@code part / whole × 100}, or null when whole is 0. */
    public static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : ratio(BigDecimal.valueOf(part).multiply(HUNDRED), BigDecimal.valueOf(whole));
    }

    /** {@code count / population × 10,000}: a rate, not a percentage; null when the population is unknown. */
    public static BigDecimal ratePer10k(long count, Long population) {
        return population == null || population == 0 ? null
                : ratio(BigDecimal.valueOf(count).multiply(TEN_THOUSAND), BigDecimal.valueOf(population));
    }

    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, 1, RoundingMode.HALF_UP);
    }

    /** Rounds an exact value the same way, for differences of figures that are already rounded. */
    public static BigDecimal oneDecimal(BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
    }
}
