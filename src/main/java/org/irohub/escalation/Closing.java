package org.irohub.escalation;

import java.time.LocalDate;

/** Resolve (with the resolution) or withdraw (with the reason) on {@code on}. */
public record Closing(LocalDate on, String resolution) {
}
