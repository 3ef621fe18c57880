package org.irohub.interchange.generator;

import java.util.Arrays;

/** A fixed list of values with relative weights (they need not add up to 100). */
final class WeightedChoice<T> {

    private final Object[] values;
    private final double[] upTo;

    private WeightedChoice(Object[] values, double[] weights) {
        this.values = values;
        this.upTo = new double[weights.length];
        double total = Arrays.stream(weights).sum();
        double running = 0;
        for (int i = 0; i < weights.length; i++) {
            running += weights[i];
            upTo[i] = running / total;
        }
    }

    /** Alternating values and weights: {@code of("NEG", 48.0, "EMO", 35.0)}. */
    static <T> WeightedChoice<T> of(Object... valuesAndWeights) {
        int n = valuesAndWeights.length / 2;
        Object[] values = new Object[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = valuesAndWeights[2 * i];
            weights[i] = ((Number) valuesAndWeights[2 * i + 1]).doubleValue();
        }
        return new WeightedChoice<>(values, weights);
    }

    /** The value whose share of the weights covers {@code uniform}, a number from 0 (included) to 1. */
    @SuppressWarnings("unchecked")
    T pick(double uniform) {
        for (int i = 0; i < upTo.length - 1; i++) {
            if (uniform < upTo[i]) {
                return (T) values[i];
            }
        }
        return (T) values[values.length - 1];
    }
}
