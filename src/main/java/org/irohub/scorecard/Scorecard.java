package org.irohub.scorecard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every indicator of indicators.md for the period {@code [from, to]}. Counts are Integers, percentages and the
 * rate BigDecimals with one decimal (null when unknown), breakdowns maps keyed NEG, PHY, SAB, EMO, MUL.
 */
public record Scorecard(LocalDate from, LocalDate to, Map<Indicator, Object> values) {

    public Scorecard {
        EnumMap<Indicator, Object> copy = new EnumMap<>(Indicator.class);
        copy.putAll(values);
        values = Collections.unmodifiableMap(copy);
    }

    public int count(Indicator indicator) {
        requireKind(indicator, Indicator.Kind.COUNT);
        return (Integer) values.get(indicator);
    }

    /** A percentage or rate; null when its denominator is 0 or no population is configured. */
    public BigDecimal figure(Indicator indicator) {
        if (indicator.kind() != Indicator.Kind.PERCENT && indicator.kind() != Indicator.Kind.RATE) {
            throw new IllegalArgumentException(indicator.id() + " is not a percentage or rate");
        }
        return (BigDecimal) values.get(indicator);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Integer> breakdown(Indicator indicator) {
        requireKind(indicator, Indicator.Kind.BY_CATEGORY);
        return (Map<String, Integer>) values.get(indicator);
    }

    /** The value as the API shows it: a number, null, or a breakdown. */
    public Object value(Indicator indicator) {
        return values.get(indicator);
    }

    /** Keyed by the ids of indicators.md, in their order. */
    public Map<String, Object> byId() {
        Map<String, Object> byId = new LinkedHashMap<>();
        values.forEach((indicator, value) -> byId.put(indicator.id(), value));
        return byId;
    }

    private static void requireKind(Indicator indicator, Indicator.Kind kind) {
        if (indicator.kind() != kind) {
            throw new IllegalArgumentException(indicator.id() + " is not a " + kind.name().toLowerCase());
        }
    }
}
