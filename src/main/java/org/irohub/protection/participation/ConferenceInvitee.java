package org.irohub.protection.participation;

import java.time.LocalDate;

/**
 * Someone invited to a conference. {@code inviteeId} numbers the invitees of one conference (never reused);
 * an agency invitee has an agency, a role, whether they see the child, and whether a report is expected.
 */
public record ConferenceInvitee(int inviteeId, String name, InviteeKind kind, Agency agency, String role,
        boolean directContact, Attendance attendance, boolean reportExpected, LocalDate reportReceivedOn) {

    public boolean isAgency() {
        return kind == InviteeKind.AGENCY && agency != null;
    }

    ConferenceInvitee withDetails(InviteeDetails d) {
        boolean agencyNow = d.kind() == InviteeKind.AGENCY;
        return new ConferenceInvitee(inviteeId, d.name(), d.kind(), d.agency(), d.role(), d.directContact(), attendance,
                agencyNow && reportExpected, agencyNow ? reportReceivedOn : null);
    }

    ConferenceInvitee withAttendance(Attendance value) {
        return new ConferenceInvitee(inviteeId, name, kind, agency, role, directContact, value, reportExpected,
                reportReceivedOn);
    }

    ConferenceInvitee withReport(boolean expected, LocalDate receivedOn) {
        return new ConferenceInvitee(inviteeId, name, kind, agency, role, directContact, attendance, expected,
                receivedOn);
    }
}
