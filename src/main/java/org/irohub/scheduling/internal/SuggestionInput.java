package org.irohub.scheduling.internal;

import java.util.List;
import java.util.Map;

import org.irohub.staff.CaseInvolvement;
import org.irohub.staff.ChairId;
import org.irohub.staff.ChairProfile;

/**
 * What the suggestion policy weighs, all read beforehand so the policy itself is pure.
 *
 * @param slot the proposed date and time
 * @param involvement the case's social worker, team manager and team, as far as known
 * @param chairs the candidates (active chairs)
 * @param continuity per chair, the children (and siblings) they have chaired for
 * @param booked per chair, their other bookings that day
 * @param caseload per chair, the children on a plan whose latest conference they chair
 */
public record SuggestionInput(Slot slot, CaseInvolvement involvement, List<ChairProfile> chairs,
        Map<ChairId, List<Continuity>> continuity, Map<ChairId, List<Slot>> booked, Map<ChairId, Integer> caseload) {

    public SuggestionInput {
        chairs = List.copyOf(chairs);
        continuity = Map.copyOf(continuity);
        booked = Map.copyOf(booked);
        caseload = Map.copyOf(caseload);
    }
}
