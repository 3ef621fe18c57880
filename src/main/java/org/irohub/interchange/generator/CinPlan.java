package org.irohub.interchange.generator;

import java.time.LocalDate;

/** A child in need plan; never open on a day a child protection plan is (DfE rules 4001, 4016, 4017, 4003). */
record CinPlan(LocalDate start, LocalDate end) {
}
