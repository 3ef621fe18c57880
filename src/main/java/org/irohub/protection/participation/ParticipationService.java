package org.irohub.protection.participation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.irohub.protection.Conference;
import org.irohub.protection.ConferenceAccess;
import org.irohub.protection.ConferenceId;
import org.irohub.protection.InquorateConferences;
import org.irohub.protection.ProtectionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of conference participation. Each reads the conference through {@link ConferenceAccess} (restricted
 * children), changes only an open conference, refuses a stale version of the participation, and audits in
 * its own transaction.
 */
@Service
public class ParticipationService {

    private final ConferenceAccess access;
    private final Participations participations;
    private final ParticipationViews views;
    private final InquorateConferences inquorate;
    private final AuditLog audit;
    private final Clock clock;

    ParticipationService(ConferenceAccess access, Participations participations, ParticipationViews views,
            InquorateConferences inquorate, AuditLog audit, Clock clock) {
        this.access = access;
        this.participations = participations;
        this.views = views;
        this.inquorate = inquorate;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ParticipationView view(ConferenceId id, String username) {
        Conference conference = access.forReading(id, username);
        audit.record(AuditEvent.success("CONFERENCE_PARTICIPATION_VIEWED", "Conference", id.value()));
        return views.view(conference);
    }

    /**
     * For the conference page, which has already checked access to the conference and audited the view of it
     * (this section is part of that one view).
     */
    @Transactional(readOnly = true)
    public ParticipationView section(Conference conference) {
        return views.view(conference);
    }

    @Transactional
    public ConferenceInvitee invite(ConferenceId id, Integer version, InviteeDetails details, String username) {
        ConferenceParticipation p = forChange(id, version, username);
        ConferenceInvitee invitee = p.invite(details);
        save(p, "CONFERENCE_INVITEE_ADDED", "invitee=" + invitee.inviteeId());
        return invitee;
    }

    @Transactional
    public void change(ConferenceId id, Integer version, int inviteeId, InviteeDetails details, String username) {
        ConferenceParticipation p = forChange(id, version, username);
        p.change(inviteeId, details);
        save(p, "CONFERENCE_INVITEE_CHANGED", "invitee=" + inviteeId);
    }

    @Transactional
    public void remove(ConferenceId id, Integer version, int inviteeId, String username) {
        ConferenceParticipation p = forChange(id, version, username);
        p.remove(inviteeId);
        save(p, "CONFERENCE_INVITEE_REMOVED", "invitee=" + inviteeId);
    }

    /** Attendance of several invitees at once (the attendance page); invitees not named keep theirs. */
    @Transactional
    public void recordAttendance(ConferenceId id, Integer version, Map<Integer, Attendance> attendance, String username) {
        ConferenceParticipation p = forChange(id, version, username);
        attendance.forEach(p::recordAttendance);
        save(p, "CONFERENCE_ATTENDANCE_RECORDED", "invitees=" + attendance.keySet());
    }

    @Transactional
    public void recordReport(ConferenceId id, Integer version, int inviteeId, boolean expected, LocalDate receivedOn,
            String username) {
        if (receivedOn != null && receivedOn.isAfter(LocalDate.now(clock))) {
            throw ProtectionException.invalid("receivedOn", "The date the report was received must be today or in the past");
        }
        ConferenceParticipation p = forChange(id, version, username);
        p.recordReport(inviteeId, expected, receivedOn);
        save(p, "CONFERENCE_REPORT_RECORDED", "invitee=" + inviteeId);
    }

    @Transactional
    public void recordChild(ConferenceId id, long childId, ChildParticipationRequest request, String username) {
        ConferenceParticipation p = forChange(id, request.version(), username);
        Conference conference = access.forReading(id, username);
        if (!conference.getChildIds().contains(childId)) {
            throw ProtectionException.invalid("childId", "Child " + childId + " is not a child of this conference");
        }
        p.recordChild(request.toParticipation(childId));
        save(p, "CHILD_PARTICIPATION_RECORDED", "child=" + childId);
    }

    /**
     * The chair's decision about an inquorate conference: go ahead (a reason is required), or reconvene it, which
     * closes this one and requests the same conference again within the reconvening timescale.
     */
    @Transactional
    public InquorateDecision decide(ConferenceId id, Integer version, Boolean proceed, String reason, String username) {
        if (proceed == null) {
            throw ProtectionException.invalid("proceed", "Say whether the conference goes ahead without a quorum");
        }
        boolean hasReason = reason != null && !reason.isBlank();
        if (proceed && !hasReason) {
            throw ProtectionException.invalid("reason", "Give the reason the conference goes ahead without a quorum");
        }
        if (hasReason && reason.strip().length() > 2000) {
            throw ProtectionException.invalid("reason", "The reason must be 2000 characters or fewer");
        }
        ConferenceParticipation p = forChange(id, version, username);
        Conference conference = access.forReading(id, username);
        ParticipationView now = views.view(conference);
        if (!now.attendanceRecorded()) {
            throw ProtectionException.conflict("proceed", "Record attendance first: quoracy is judged on who attended");
        }
        if (now.quorum().quorate()) {
            throw ProtectionException.conflict("proceed", "The conference is quorate: there is nothing to decide");
        }
        String why = hasReason ? reason.strip() : null;
        Conference reconvened = null;
        if (proceed) {
            p.decideToProceed(why, username, clock.instant());
        }
        else {
            reconvened = inquorate.reconvene(id, why, username);
            p.decideToReconvene(why, reconvened.getId(), username, clock.instant());
        }
        save(p, "INQUORATE_DECISION_RECORDED", proceed ? "proceed" : "reconvened as " + reconvened.getId());
        return new InquorateDecision(proceed, why, reconvened, now.previousInquorate());
    }

    private ConferenceParticipation forChange(ConferenceId id, Integer version, String username) {
        Conference conference = access.forChange(id, null, username);
        ConferenceParticipation p = views.of(conference);
        if (version != null && !version.equals(p.getVersion())) {
            throw ProtectionException.conflict("version", "Someone else changed who is invited or attended while you "
                    + "were working on it. Reload the page to see their change, then try again");
        }
        return p;
    }

    private void save(ConferenceParticipation p, String action, String detail) {
        participations.save(p);
        audit.record(AuditEvent.success(action, "Conference", p.getId()).withDetail(detail));
    }
}
