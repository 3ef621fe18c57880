package org.irohub.protection;

/** A reason out of timescale given for a conference held after its due date (code from the late reason list). */
record ConferenceLateReason(String code) {
}
