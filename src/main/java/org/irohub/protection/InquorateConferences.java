package org.irohub.protection;

import java.time.Clock;
import java.time.LocalDate;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.irohub.calendar.TimescaleId;
import org.irohub.calendar.Timescales;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reconvenes a conference that met without a quorum when the chair decided not to go ahead: the inquorate
 * conference is closed as cancelled and the same conference is requested again, due by the
 * {@link TimescaleId#RECONVENED_INQUORATE_CONFERENCE} timescale (10 working days by default) from the day it
 * met. A direct call rather than an event, so both happen in the chair's transaction and the page can say
 * when the new one is due.
 */
@Service
public class InquorateConferences {

    private final ConferenceService conferenceService;
    private final Conferences conferences;
    private final Timescales timescales;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InquorateConferences(ConferenceService conferenceService, Conferences conferences, Timescales timescales,
            AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.conferenceService = conferenceService;
        this.conferences = conferences;
        this.timescales = timescales;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** @return the reconvened conference, requested and announced for booking */
    @Transactional
    public Conference reconvene(ConferenceId inquorateId, String reason, String username) {
        Conference inquorate = conferenceService.loadForChange(inquorateId, null, username);
        LocalDate metOn = ConferenceAccess.meetingDate(inquorate);
        LocalDate due = timescales.dueDate(TimescaleId.RECONVENED_INQUORATE_CONFERENCE, metOn);
        Conference next = conferences.save(Conference.reconvened(inquorate, metOn, due, clock.instant()));
        inquorate.cancel("Not quorate: reconvened, due " + due + (reason == null || reason.isBlank() ? "" : ". " + reason.strip()));
        conferences.save(inquorate);
        audit.record(AuditEvent.success("CONFERENCE_CANCELLED", "Conference", inquorateId.value())
            .withDetail("not quorate; reconvened as " + next.getId()));
        audit.record(AuditEvent.success("CONFERENCE_REQUESTED", "Conference", next.getId())
            .withDetail("reconvenes " + inquorateId.value()));
        events.publishEvent(new ConferenceRequested(next.getId(), next.getType(), next.getChildIds(), next.getDueDate()));
        return next;
    }
}
