package org.irohub.protection;

import java.util.List;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.irohub.audit.AuditOutcome;
import org.irohub.children.ChildDirectory;
import org.irohub.children.ChildId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads conferences (access-checked and audited) and closes requests that will not be held. */
@Service
public class ConferenceService {

    private final Conferences conferences;
    private final ChildDirectory children;
    private final AuditLog audit;

    ConferenceService(Conferences conferences, ChildDirectory children, AuditLog audit) {
        this.conferences = conferences;
        this.children = children;
        this.audit = audit;
    }

    @Transactional
    public Conference view(ConferenceId id, String username) {
        Conference conference = load(id, username);
        audit.record(AuditEvent.success("CONFERENCE_VIEWED", "Conference", id.value()));
        return conference;
    }

    @Transactional
    public Conference markNotRequired(ConferenceId id, int version, String reason, String username) {
        requireReason(reason, "Say why an initial conference is not required");
        Conference conference = loadForChange(id, version, username);
        conference.markNotRequired(reason.trim());
        Conference saved = conferences.save(conference);
        audit.record(AuditEvent.success("CONFERENCE_NOT_REQUIRED", "Conference", id.value()));
        return saved;
    }

    @Transactional
    public Conference cancel(ConferenceId id, int version, String reason, String username) {
        requireReason(reason, "Say why the conference is cancelled");
        Conference conference = loadForChange(id, version, username);
        conference.cancel(reason.trim());
        Conference saved = conferences.save(conference);
        audit.record(AuditEvent.success("CONFERENCE_CANCELLED", "Conference", id.value()));
        return saved;
    }

    /** The scheduling module books a chair and a date; the conference records them (reports count back from the date). */
    @Transactional
    public Conference recordBooking(ConferenceId id, long chairId, java.time.LocalDate on) {
        Conference conference = conferences.findById(id.value()).orElseThrow(() -> new ConferenceNotFoundException(id.value()));
        conference.book(chairId, on);
        Conference saved = conferences.save(conference);
        audit.record(AuditEvent.success("CONFERENCE_BOOKED", "Conference", id.value()));
        return saved;
    }

    @Transactional(readOnly = true)
    public List<Conference> open() {
        return conferences.findOpen();
    }

    Conference load(ConferenceId id, String username) {
        Conference conference = conferences.findById(id.value())
            .orElseThrow(() -> new ConferenceNotFoundException(id.value()));
        for (Long child : conference.getChildIds()) {
            if (!children.canAccess(new ChildId(child), username)) {
                audit.recordRefusal(new AuditEvent("CONFERENCE_VIEWED", "Conference", String.valueOf(id.value()),
                        AuditOutcome.DENIED, "restricted child record"));
                throw new ConferenceNotFoundException(id.value());
            }
        }
        return conference;
    }

    Conference loadForChange(ConferenceId id, Integer version, String username) {
        Conference conference = load(id, username);
        if (version != null && !version.equals(conference.getVersion())) {
            throw ProtectionException.conflict("version", "Someone else changed this conference while you were "
                    + "working on it. Reload it to see their change, then try again");
        }
        return conference;
    }

    private static void requireReason(String reason, String message) {
        if (reason == null || reason.isBlank()) {
            throw ProtectionException.invalid("reason", message);
        }
    }
}
