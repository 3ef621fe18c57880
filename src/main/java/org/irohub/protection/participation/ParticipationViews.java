package org.irohub.protection.participation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.irohub.children.ChildDirectory;
import org.irohub.children.ChildId;
import org.irohub.children.ChildSummary;
import org.irohub.protection.Conference;
import org.irohub.protection.ConferenceAccess;
import org.irohub.protection.ConferenceStatus;
import org.springframework.stereotype.Component;

/** Builds the {@link ParticipationView} of a conference the caller has already been allowed to see. */
@Component
class ParticipationViews {

    private final Participations participations;
    private final ReportDueDates reports;
    private final QuorumPolicy quorumPolicy;
    private final InquorateHistory history;
    private final ChildDirectory children;
    private final Clock clock;

    ParticipationViews(Participations participations, ReportDueDates reports, QuorumPolicy quorumPolicy,
            InquorateHistory history, ChildDirectory children, Clock clock) {
        this.participations = participations;
        this.reports = reports;
        this.quorumPolicy = quorumPolicy;
        this.history = history;
        this.children = children;
        this.clock = clock;
    }

    ConferenceParticipation of(Conference conference) {
        return participations.findById(conference.getId()).orElseGet(() -> ConferenceParticipation.none(conference.getId()));
    }

    ParticipationView view(Conference conference) {
        ConferenceParticipation p = of(conference);
        LocalDate today = LocalDate.now(clock);
        LocalDate meeting = ConferenceAccess.meetingDate(conference);
        boolean met = conference.getStatus() == ConferenceStatus.HELD || today.isAfter(meeting);
        List<ParticipationView.InviteeRow> invitees = p.getInvitees().stream()
            .map(i -> new ParticipationView.InviteeRow(i, reports.report(i, conference.getType(), meeting, met, today)))
            .toList();
        List<ParticipationView.ChildRow> rows = conference.getChildIds().stream().map(id -> {
            ChildSummary child = children.get(new ChildId(id));
            ChildParticipation cp = p.child(id).orElse(new ChildParticipation(id, null, null, null, null, null, null));
            return new ParticipationView.ChildRow(child, cp, child.isAgedAtLeast(5, meeting));
        }).toList();
        return new ParticipationView(conference, p.getVersion(), meeting, conference.getStatus().isOpen(), invitees, rows,
                p.isAttendanceRecorded(), quorumPolicy.judge(p.getInvitees()), p.getInquorateProceed(),
                p.getInquorateReason(), p.getReconvenedAs(),
                history.previousWasInquorate(conference.getId(), conference.getChildIds()));
    }
}
