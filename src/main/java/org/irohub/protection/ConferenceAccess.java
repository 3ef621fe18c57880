package org.irohub.protection;

import org.springframework.stereotype.Component;

/**
 * The way the module's sub-packages (participation, minutes) reach a conference: through the same restricted
 * child check and version check as {@link ConferenceService}, without auditing a view, so the caller audits
 * what it reads or changes under its own action name in its own transaction.
 */
@Component
public class ConferenceAccess {

    private final ConferenceService conferences;

    ConferenceAccess(ConferenceService conferences) {
        this.conferences = conferences;
    }

    /** @throws ConferenceNotFoundException when there is none or the user may not see one of its children */
    public Conference forReading(ConferenceId id, String username) {
        return conferences.load(id, username);
    }

    /**
     * As {@link #forReading}, and refuses with a conflict on {@code version} when the conference has changed
     * since the caller read it (no check when {@code version} is null), or on {@code status} when it is no
     * longer open (held, cancelled or not required).
     */
    public Conference forChange(ConferenceId id, Integer version, String username) {
        Conference conference = conferences.loadForChange(id, version, username);
        if (!conference.getStatus().isOpen()) {
            throw ProtectionException.conflict("status", "This conference is "
                    + conference.getStatus().name().toLowerCase().replace('_', ' ') + ": its participation can no longer be changed");
        }
        return conference;
    }

    /** The day the conference meets: the date it is booked for, else its due date until it is booked. */
    public static java.time.LocalDate meetingDate(Conference conference) {
        if (conference.getHeldOn() != null) {
            return conference.getHeldOn();
        }
        return conference.getBookedFor() != null ? conference.getBookedFor() : conference.getDueDate();
    }
}
