package org.irohub.protection;

/** The discussion and, when it started a section 47 enquiry, the initial conference requested for it. */
public record StrategyDiscussionRecorded(StrategyDiscussion discussion, Conference conference) {
}
