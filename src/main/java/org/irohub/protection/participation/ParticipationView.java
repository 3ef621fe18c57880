package org.irohub.protection.participation;

import java.time.LocalDate;
import java.util.List;

import org.irohub.children.ChildSummary;
import org.irohub.protection.Conference;

/**
 * Everything shown about a conference's participation: invitees with their reports, each child's participation,
 * the quorum as judged now, the chair's decision if it was not quorate, and whether the conference of these
 * children before it was also inquorate (two in a row should not happen).
 */
public record ParticipationView(Conference conference, Integer version, LocalDate meetingDate, boolean open,
        List<InviteeRow> invitees, List<ChildRow> children, boolean attendanceRecorded, Quorum quorum,
        Boolean inquorateProceed, String inquorateReason, Long reconvenedAs, boolean previousInquorate) {

    public record InviteeRow(ConferenceInvitee invitee, Report report) {
    }

    /** {@code chairContactOffered}: the child is 5 or older on the meeting date, so is offered contact with the chair. */
    public record ChildRow(ChildSummary child, ChildParticipation participation, boolean chairContactOffered) {

        public boolean recorded() {
            return participation.attended() != null;
        }
    }

    public boolean decided() {
        return inquorateProceed != null;
    }

    /** The chair must decide: attendance is recorded, the conference is still open, it is not quorate, and no decision yet. */
    public boolean decisionNeeded() {
        return open && attendanceRecorded && !quorum.quorate() && !decided();
    }

    public List<InviteeRow> reports() {
        return invitees.stream().filter(r -> r.report() != null).toList();
    }
}
