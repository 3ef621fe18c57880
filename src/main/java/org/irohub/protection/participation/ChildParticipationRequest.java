package org.irohub.protection.participation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.irohub.protection.ProtectionException;

/**
 * How a child took part, as sent: attended, pre-meeting held (only when the child attended: the pre-meeting is
 * 30 minutes before), views given and how (one or more ways), and the contact with the chair before the
 * conference (date and how, both or neither). Before the conference only the contact is known, so attendance
 * and views may be left unanswered until it has met.
 */
public record ChildParticipationRequest(Boolean attended, Boolean preMeetingHeld, Boolean viewsGiven,
        List<String> viewsHow, LocalDate chairContactOn, String chairContactHow, Integer version) {

    ChildParticipation toParticipation(long childId) {
        if (Boolean.TRUE.equals(attended) && preMeetingHeld == null) {
            throw ProtectionException.invalid("preMeetingHeld", "Say whether the child had a pre-meeting with the chair");
        }
        Set<ViewsMethod> methods = EnumSet.noneOf(ViewsMethod.class);
        for (String code : viewsHow == null ? List.<String>of() : viewsHow) {
            methods.add(ViewsMethod.ofCode(code).orElseThrow(() -> ProtectionException.invalid("viewsHow", "'" + code
                    + "' is not a way of giving views: use IN_PERSON, ADVOCATE, CONFERENCE_PACK, MIND_OF_MY_OWN or OTHER")));
        }
        if (Boolean.TRUE.equals(viewsGiven) && methods.isEmpty()) {
            throw ProtectionException.invalid("viewsHow", "Select how the child gave their views");
        }
        boolean how = chairContactHow != null && !chairContactHow.isBlank();
        if (chairContactOn != null && !how) {
            throw ProtectionException.invalid("chairContactHow", "Say how the child had contact with the chair, for example a visit or a phone call");
        }
        if (how && chairContactOn == null) {
            throw ProtectionException.invalid("chairContactOn", "Enter the date the child had contact with the chair");
        }
        if (how && chairContactHow.strip().length() > 200) {
            throw ProtectionException.invalid("chairContactHow", "How the child had contact must be 200 characters or fewer");
        }
        return new ChildParticipation(childId, attended, Boolean.TRUE.equals(attended) ? preMeetingHeld : null,
                viewsGiven, Boolean.TRUE.equals(viewsGiven) ? ChildParticipation.codes(methods) : null, chairContactOn,
                how ? chairContactHow.strip() : null);
    }
}
