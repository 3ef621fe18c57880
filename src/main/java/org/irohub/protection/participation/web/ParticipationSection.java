package org.irohub.protection.participation.web;

import java.util.Map;

import org.irohub.identity.Roles;
import org.irohub.protection.Conference;
import org.irohub.protection.participation.Agency;
import org.irohub.protection.participation.ParticipationService;
import org.springframework.stereotype.Component;

/**
 * The model of the participation section on the conference page ({@code protection/participation/section}),
 * added by the conference page's own model so the section needs no controller advice.
 */
@Component
public class ParticipationSection {

    private final ParticipationService participation;

    ParticipationSection(ParticipationService participation) {
        this.participation = participation;
    }

    /** For a conference the page has already been allowed to see (and has audited the view of). */
    public Map<String, Object> model(Conference conference) {
        return Map.of("participation", participation.section(conference),
                "canInvite", CurrentUser.hasAnyRole(Roles.BUSINESS_SUPPORT, Roles.CHAIR, Roles.IRO_MANAGER, Roles.ADMIN),
                "canRecordAttendance", CurrentUser.hasAnyRole(Roles.CHAIR, Roles.IRO_MANAGER),
                "healthAgencies", java.util.Arrays.stream(Agency.values()).filter(Agency::isHealth).map(Agency::label).toList());
    }
}
