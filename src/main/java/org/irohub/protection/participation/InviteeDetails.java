package org.irohub.protection.participation;

import org.irohub.protection.ProtectionException;

/**
 * Who is invited, checked: a name, a kind, and for an agency invitee the agency and their role. Built with
 * {@link #of}, which names the field at fault.
 */
public record InviteeDetails(String name, InviteeKind kind, Agency agency, String role, boolean directContact) {

    public static InviteeDetails of(String name, String kind, String agency, String role, Boolean directContact) {
        if (name == null || name.isBlank()) {
            throw ProtectionException.invalid("name", "Enter the invitee's name");
        }
        if (name.strip().length() > 120) {
            throw ProtectionException.invalid("name", "The name must be 120 characters or fewer");
        }
        InviteeKind k = InviteeKind.ofCode(kind).orElseThrow(() -> ProtectionException.invalid("kind",
                "Select who the invitee is: CHILD, PARENT_CARER, AGENCY or OTHER"));
        if (k != InviteeKind.AGENCY) {
            return new InviteeDetails(name.strip(), k, null, blankToNull(role), false);
        }
        Agency a = Agency.ofCode(agency).orElseThrow(() -> ProtectionException.invalid("agency",
                "Select the invitee's agency or discipline"));
        if (role == null || role.isBlank()) {
            throw ProtectionException.invalid("role", "Enter the invitee's role, for example social worker or class teacher");
        }
        if (role.strip().length() > 120) {
            throw ProtectionException.invalid("role", "The role must be 120 characters or fewer");
        }
        if (directContact == null) {
            throw ProtectionException.invalid("directContact", "Say whether the invitee has direct contact with the child");
        }
        return new InviteeDetails(name.strip(), k, a, role.strip(), directContact);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip().substring(0, Math.min(120, s.strip().length()));
    }
}
