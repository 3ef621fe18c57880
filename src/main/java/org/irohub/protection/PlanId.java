package org.irohub.protection;

/** Identifies a child protection plan. */
public record PlanId(long value) {
}
