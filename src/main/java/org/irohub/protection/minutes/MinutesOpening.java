package org.irohub.protection.minutes;

import java.time.Clock;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.irohub.protection.ConferenceHeld;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens the minutes record when a conference's outcome is recorded. A plain synchronous listener, so the record
 * is written in the same transaction as the outcome: an outcome never exists without its minutes to chase.
 */
@Component
class MinutesOpening {

    private final MinutesRecords records;
    private final AuditLog audit;
    private final Clock clock;

    MinutesOpening(MinutesRecords records, AuditLog audit, Clock clock) {
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void conferenceHeld(ConferenceHeld event) {
        if (records.findByConferenceId(event.conferenceId()).isPresent()) {
            return;
        }
        records.save(Minutes.open(event.conferenceId(), event.heldOn(), clock.instant()));
        audit.record(AuditEvent.success("MINUTES_OPENED", "Conference", event.conferenceId()));
    }
}
