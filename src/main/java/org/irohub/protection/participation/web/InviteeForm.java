package org.irohub.protection.participation.web;

import org.irohub.protection.participation.ConferenceInvitee;
import org.irohub.protection.participation.InviteeDetails;

/** The invitee form as typed; {@code directContact} is "yes" or "no". */
record InviteeForm(String name, String kind, String agency, String role, String directContact, Integer version) {

    static InviteeForm empty(Integer version) {
        return new InviteeForm("", null, null, "", null, version);
    }

    static InviteeForm of(ConferenceInvitee i, Integer version) {
        return new InviteeForm(i.name(), i.kind().name(), i.agency() == null ? null : i.agency().name(), i.role(),
                i.agency() == null ? null : i.directContact() ? "yes" : "no", version);
    }

    InviteeDetails details() {
        return InviteeDetails.of(name, kind, agency, role,
                directContact == null || directContact.isBlank() ? null : "yes".equals(directContact));
    }
}
