package org.irohub.staff;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * IRO Handbook: 50 to 70 children per full-time IRO. A part-timer's caseload is measured per FTE, so 30
 * children at 0.5 FTE is 60, within the band. Bounds are inclusive and set by {@code irohub.chairs.caseload-min}
 * and {@code irohub.chairs.caseload-max}. Arithmetic is exact (no floating point), so 35 at 0.5 is within 70.
 */
public final class CaseloadMeasure {

    private final int min;
    private final int max;

    public CaseloadMeasure(int min, int max) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("The caseload band needs 0 <= min <= max, got " + min + " to " + max);
        }
        this.min = min;
        this.max = max;
    }

    public static CaseloadMeasure iroHandbook() {
        return new CaseloadMeasure(50, 70);
    }

    public CaseloadBand band(int children, BigDecimal fte) {
        checkFte(fte);
        BigDecimal count = BigDecimal.valueOf(children);
        if (count.compareTo(BigDecimal.valueOf(min).multiply(fte)) < 0) {
            return CaseloadBand.UNDER;
        }
        if (count.compareTo(BigDecimal.valueOf(max).multiply(fte)) > 0) {
            return CaseloadBand.OVER;
        }
        return CaseloadBand.WITHIN;
    }

    /** Children per full-time equivalent, to one decimal place, for display beside the band. */
    public BigDecimal perFte(int children, BigDecimal fte) {
        checkFte(fte);
        return BigDecimal.valueOf(children).divide(fte, 1, RoundingMode.HALF_UP);
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    private static void checkFte(BigDecimal fte) {
        if (fte == null || fte.signum() <= 0) {
            throw new IllegalArgumentException("FTE must be more than 0 to measure a caseload per FTE");
        }
    }
}
