package org.irohub.children.web;

import java.util.List;

/** Search results: at most {@code limit} children; {@code more} says others matched too (narrow the search). */
record ChildSearchResponse(List<ChildResource> results, int limit, boolean more) {
}
