package org.irohub.interchange.generator;

import java.time.LocalDate;
import java.util.List;

/** A child and family assessment; not yet authorised (no date, no factors) when still running at the reference date. */
record Assessment(LocalDate start, LocalDate authorised, List<String> factors) {
}
