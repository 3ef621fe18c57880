package org.irohub.interchange.generator;

import java.time.LocalDate;

/**
 * A section 47 enquiry started at a strategy discussion on {@code start}, with the ICPC due by {@code icpcTarget}
 * (15 working days later) and held on {@code icpc}, or marked not required. Neither held nor marked not required:
 * still pending at the reference date, which only happens within 15 working days of it.
 */
record Section47(LocalDate start, LocalDate icpcTarget, LocalDate icpc, boolean icpcNotRequired) {
}
