package org.irohub.interchange.generator;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** The random choices of one child, from one seeded stream so that a seed always gives the same file. */
final class Draws {

    private final SplittableRandom random;

    Draws(SplittableRandom random) {
        this.random = random;
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    /** A whole number from 0 with mean about {@code mean}, most often small: a geometric draw, capped. */
    int small(double mean, int cap) {
        double value = -mean * Math.log(1 - random.nextDouble());
        return (int) Math.min(cap, Math.floor(value));
    }

    LocalDate daysAfter(LocalDate date, int low, int high) {
        return date.plusDays(between(low, high));
    }

    /** A day from {@code first} to {@code last}, both included, all equally likely. */
    LocalDate dayBetween(LocalDate first, LocalDate last) {
        long span = last.toEpochDay() - first.toEpochDay();
        return first.plusDays(random.nextLong(span + 1));
    }

    <T> T pick(WeightedChoice<T> choice) {
        return choice.pick(random.nextDouble());
    }
}
