package org.irohub.protection;

/** Identifies a conference (or the request for one, before it is held). */
public record ConferenceId(long value) {
}
