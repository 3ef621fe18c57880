package org.irohub.protection.participation;

import org.irohub.protection.Conference;

/** What the chair decided about an inquorate conference; {@code reconvened} is the conference requested in its place, if any. */
public record InquorateDecision(boolean proceed, String reason, Conference reconvened, boolean secondInARow) {
}
