package org.irohub.scheduling.internal;

import java.util.OptionalInt;

import org.irohub.protection.participation.InviteeCounts;
import org.irohub.scheduling.InviteeCount;
import org.springframework.stereotype.Component;

/**
 * The invitees protection's participation records, so a room too small for them is refused. Scheduling asks
 * protection (which it already depends on) rather than protection declaring the bean, which would make
 * protection depend on scheduling and the two modules a cycle.
 */
@Component
class ParticipationInviteeCount implements InviteeCount {

    private final InviteeCounts counts;

    ParticipationInviteeCount(InviteeCounts counts) {
        this.counts = counts;
    }

    @Override
    public OptionalInt invitees(long conferenceId) {
        return counts.invited(conferenceId);
    }
}
