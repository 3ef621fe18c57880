package org.irohub.protection.web;

import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.irohub.children.ChildId;
import org.irohub.protection.ChildTimeline;
import org.irohub.protection.ProtectionRoles;
import org.irohub.protection.TimelineEntry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Child protection")
class TimelineApi {

    private final ChildTimeline timeline;

    TimelineApi(ChildTimeline timeline) {
        this.timeline = timeline;
    }

    @GetMapping("/api/children/{childId}/timeline")
    @PreAuthorize(ProtectionRoles.CASE_WORK)
    @Operation(summary = "A child's strategy discussions, conferences and plans in date order")
    List<TimelineEntry> timeline(@PathVariable long childId, Principal principal) {
        return timeline.of(new ChildId(childId), principal.getName());
    }
}
