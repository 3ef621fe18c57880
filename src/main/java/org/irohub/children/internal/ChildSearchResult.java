package org.irohub.children.internal;

import java.util.List;

import org.irohub.children.ChildSummary;

/** The children found, at most {@link ChildFinder#LIMIT}; more is true when others matched too. */
public record ChildSearchResult(List<ChildSummary> children, boolean more) {
}
