package org.irohub.scheduling;

import java.util.OptionalInt;

/**
 * How many people are invited to a conference, where that is known. Scheduling declares the bean itself, reading
 * protection's participation, so protection need not depend on scheduling; without one (or when it answers
 * empty, as before anyone is invited) a room's capacity is not checked against the invitees.
 */
public interface InviteeCount {

    OptionalInt invitees(long conferenceId);
}
