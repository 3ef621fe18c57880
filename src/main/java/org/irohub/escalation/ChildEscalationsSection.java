package org.irohub.escalation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.irohub.children.ChildId;
import org.irohub.children.ChildPageSection;
import org.irohub.identity.Roles;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The child page's escalations section: the child's QPRs and DRPs, and (for case work) a way to raise one. */
@Component
class ChildEscalationsSection implements ChildPageSection {

    private final Escalations escalations;
    private final Clock clock;

    ChildEscalationsSection(Escalations escalations, Clock clock) {
        this.escalations = escalations;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String title() {
        return "Escalations";
    }

    @Override
    public String template() {
        return "escalation/child-section";
    }

    @Override
    public String fragment() {
        return "childEscalations";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> model(ChildId child) {
        return Map.of("escalations", escalations.findByChild(child), "childId", child.value(), "today",
                LocalDate.now(clock), "canRaise", mayDoCaseWork());
    }

    /** The same roles as {@link EscalationRoles#CASE_WORK}; other roles who see the child see no escalations' case. */
    private static boolean mayDoCaseWork() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream()
            .anyMatch(a -> a.getAuthority().equals("ROLE_" + Roles.CHAIR)
                    || a.getAuthority().equals("ROLE_" + Roles.IRO_MANAGER));
    }
}
