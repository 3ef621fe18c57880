package org.irohub.protection;

import java.util.List;
import java.util.Map;

import org.irohub.children.ChildId;
import org.irohub.children.ChildPageSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The child page's child protection section: the plan now, conferences still to hold, and the history. */
@Component
class ChildConferencesSection implements ChildPageSection {

    private final ChildTimeline timeline;
    private final Plans plans;
    private final Conferences conferences;

    ChildConferencesSection(ChildTimeline timeline, Plans plans, Conferences conferences) {
        this.timeline = timeline;
        this.plans = plans;
        this.conferences = conferences;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String title() {
        return "Child protection";
    }

    @Override
    public String template() {
        return "protection/child-section";
    }

    @Override
    public String fragment() {
        return "childProtection";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> model(ChildId child) {
        List<ChildProtectionPlan> open = plans.findOpenByChild(child.value());
        List<Conference> upcoming = conferences.findByChild(child.value()).stream()
            .filter(c -> c.getStatus().isOpen())
            .toList();
        return Map.of("timeline", timeline.entries(child), "openPlan", open.isEmpty() ? List.of() : open,
                "upcoming", upcoming, "childId", child.value());
    }
}
