package org.irohub.scheduling;

import java.util.OptionalInt;

/**
 * How many people are invited to a conference, where a module knows it. Declared as a bean by that module;
 * without one (or when it answers empty) a room's capacity is not checked against the invitees.
 */
public interface InviteeCount {

    OptionalInt invitees(long conferenceId);
}
