package org.irohub.protection;

/** A child discussed at a strategy discussion. */
record DiscussedChild(long childId) {
}
