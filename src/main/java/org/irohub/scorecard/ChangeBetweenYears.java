package org.irohub.scorecard;

import java.math.BigDecimal;

/**
 * A figure beside the same figure a year earlier, worded as indicators.md asks: a count changes by a number and
 * a percentage of the earlier count (438 to 425 is a fall of 13, -3.0%); a percentage or rate changes by points
 * (66% to 80% is +14.0 percentage points, never "14%").
 */
public record ChangeBetweenYears(Indicator indicator, Number previous, Number current) {

    /** current − previous: a whole number for a count, points to one decimal for a percentage or rate. */
    public BigDecimal difference() {
        if (previous == null || current == null) {
            return null;
        }
        BigDecimal d = new BigDecimal(current.toString()).subtract(new BigDecimal(previous.toString()));
        return indicator.kind() == Indicator.Kind.COUNT ? d : Percentages.oneDecimal(d);
    }

    /** For a count: the change as a percentage of the earlier count, one decimal; null for other kinds or from 0. */
    public BigDecimal percentChange() {
        if (indicator.kind() != Indicator.Kind.COUNT || previous == null || current == null) {
            return null;
        }
        return Percentages.percent(current.longValue() - previous.longValue(), previous.longValue());
    }

    /** How the change reads in a report: "-13 (-3.0%)" for a count, "+14.0 percentage points" otherwise. */
    public String wording() {
        BigDecimal d = difference();
        if (d == null) {
            return "no comparison";
        }
        String signed = (d.signum() > 0 ? "+" : "") + d.toPlainString();
        return switch (indicator.kind()) {
            case COUNT -> percentChange() == null ? signed
                    : signed + " (" + (percentChange().signum() > 0 ? "+" : "") + percentChange().toPlainString() + "%)";
            case PERCENT -> signed + " percentage points";
            case RATE -> signed + " per 10,000";
            case BY_CATEGORY -> "no comparison";
        };
    }
}
