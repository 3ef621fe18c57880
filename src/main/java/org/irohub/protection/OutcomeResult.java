package org.irohub.protection;

import java.util.List;

/** A held conference, the plans it started, continued or ended, and the next conference it requested (if any). */
public record OutcomeResult(Conference conference, List<ChildProtectionPlan> plans, Conference nextConference) {
}
