package org.irohub.protection;

/** A child whose case a conference considers; siblings conferenced together share one conference. */
record ConferenceChild(long childId) {
}
