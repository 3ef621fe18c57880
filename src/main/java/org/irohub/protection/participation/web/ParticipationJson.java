package org.irohub.protection.participation.web;

import java.time.LocalDate;
import java.util.List;

import org.irohub.protection.participation.ChildParticipation;
import org.irohub.protection.participation.ConferenceInvitee;
import org.irohub.protection.participation.ParticipationView;
import org.irohub.protection.participation.Quorum;
import org.irohub.protection.participation.Report;

/** A conference's participation as the API shows it. */
record ParticipationJson(long conferenceId, String status, LocalDate meetingDate, Integer version,
        List<InviteeJson> invitees, List<ChildJson> children, QuorumJson quorum, DecisionJson inquorateDecision,
        boolean previousConferenceInquorate) {

    record InviteeJson(int inviteeId, String name, String kind, String agency, Boolean health, String role,
            boolean directContact, String attendance, ReportJson report) {

        static InviteeJson of(ConferenceInvitee i, Report r) {
            return new InviteeJson(i.inviteeId(), i.name(), i.kind().name(), i.agency() == null ? null : i.agency().name(),
                    i.agency() == null ? null : i.agency().isHealth(), i.role(), i.directContact(),
                    i.attendance() == null ? null : i.attendance().name(), ReportJson.of(r));
        }
    }

    record ReportJson(boolean expected, LocalDate dueToChair, LocalDate sharedWithParentsBy, LocalDate receivedOn,
            String status) {

        static ReportJson of(Report r) {
            return r == null ? null : new ReportJson(r.expected(), r.dueToChair(), r.sharedWithParentsBy(), r.receivedOn(),
                    r.status().name());
        }
    }

    record ChildJson(long childId, Boolean attended, Boolean preMeetingHeld, Boolean viewsGiven, List<String> viewsHow,
            LocalDate chairContactOn, String chairContactHow, boolean chairContactOffered) {

        static ChildJson of(ParticipationView.ChildRow row) {
            ChildParticipation p = row.participation();
            return new ChildJson(p.childId(), p.attended(), p.preMeetingHeld(), p.viewsGiven(),
                    p.viewsMethods().stream().map(Enum::name).toList(), p.chairContactOn(), p.chairContactHow(),
                    row.chairContactOffered());
        }
    }

    /** {@code judged} is false until attendance is recorded: the answer then says who would be needed. */
    record QuorumJson(boolean quorate, List<String> reasons, boolean judged) {

        static QuorumJson of(Quorum q, boolean judged) {
            return new QuorumJson(q.quorate(), q.reasons(), judged);
        }
    }

    record DecisionJson(boolean proceed, String reason, Long reconvenedAs) {
    }

    static ParticipationJson of(ParticipationView v) {
        return new ParticipationJson(v.conference().getId(), v.conference().getStatus().name(), v.meetingDate(),
                v.version(), v.invitees().stream().map(r -> InviteeJson.of(r.invitee(), r.report())).toList(),
                v.children().stream().map(ChildJson::of).toList(), QuorumJson.of(v.quorum(), v.attendanceRecorded()),
                v.decided() ? new DecisionJson(v.inquorateProceed(), v.inquorateReason(), v.reconvenedAs()) : null,
                v.previousInquorate());
    }
}
