package org.irohub.protection.minutes;

import java.util.List;

import org.irohub.children.ChildDirectory;
import org.irohub.children.ChildId;
import org.irohub.children.ChildSummary;
import org.springframework.stereotype.Component;

/**
 * The children of a conference as the lists show them. A list leaves out any conference with a child the user
 * may not see, the same answer {@code ConferenceService} gives when the conference itself is opened.
 */
@Component
class ConferenceChildren {

    private final ChildDirectory children;

    ConferenceChildren(ChildDirectory children) {
        this.children = children;
    }

    boolean canSeeAll(List<Long> childIds, String username) {
        return childIds.stream().allMatch(id -> children.canAccess(new ChildId(id), username));
    }

    List<String> names(List<Long> childIds) {
        return summaries(childIds).stream().map(ChildSummary::fullName).toList();
    }

    List<ChildSummary> summaries(List<Long> childIds) {
        return childIds.stream().map(id -> children.get(new ChildId(id))).toList();
    }
}
