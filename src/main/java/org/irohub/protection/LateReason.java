package org.irohub.protection;

/** A reason a conference was held out of timescale, from the service's list (the seed's six, plus the administrators'). */
public record LateReason(String code, String label, boolean active) {
}
