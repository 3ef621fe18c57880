package org.irohub.scorecard;

import java.math.BigDecimal;

/**
 * A local target for an indicator. Where higher is better the figure is green at or above {@code green}, amber at or
 * above {@code amber}, red below; where lower is better, green at or below {@code green}, amber at or below
 * {@code amber}, red above.
 */
public record Target(Indicator indicator, Direction direction, BigDecimal green, BigDecimal amber) {

    public enum Direction {
        HIGHER_IS_BETTER, LOWER_IS_BETTER
    }

    /** The RAG rating of a figure; null when the figure is unknown. */
    public Rag rate(Number figure) {
        if (figure == null) {
            return null;
        }
        BigDecimal value = new BigDecimal(figure.toString());
        int toGreen = value.compareTo(green);
        int toAmber = value.compareTo(amber);
        if (direction == Direction.HIGHER_IS_BETTER) {
            return toGreen >= 0 ? Rag.GREEN : toAmber >= 0 ? Rag.AMBER : Rag.RED;
        }
        return toGreen <= 0 ? Rag.GREEN : toAmber <= 0 ? Rag.AMBER : Rag.RED;
    }
}
