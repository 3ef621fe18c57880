package org.irohub.escalation.web;

import java.time.LocalDate;
import java.util.List;

import org.irohub.children.ChildId;
import org.irohub.escalation.Escalation;
import org.irohub.escalation.EscalationStage;

/**
 * An escalation as the API shows it. {@code childId} is the lead child, the one it was raised from; {@code childIds}
 * every child it is about, lead first; {@code siblingGroupId} the group it was raised for, or null.
 */
record EscalationJson(long id, int version, long childId, List<Long> childIds, Long siblingGroupId, String kind,
        String raisedBy, LocalDate raisedOn, String agency, String theme, String description, String status,
        String highestStage, LocalDate formalLimit, LocalDate closedOn, String resolution,
        List<EscalationStage> stages) {

    static EscalationJson of(Escalation e) {
        return new EscalationJson(e.getId().value(), e.getVersion(), e.getChildId().value(),
                e.getChildIds().stream().map(ChildId::value).toList(),
                e.isForSiblingGroup() ? e.getSiblingGroup().value() : null, e.getKind().name(), e.getRaisedBy(),
                e.getRaisedOn(), e.getAgency(), e.getTheme(), e.getDescription(), e.getStatus().name(),
                e.highestStage().name(), e.getFormalLimit(), e.getClosedOn(), e.getResolution(), e.getStages());
    }
}
