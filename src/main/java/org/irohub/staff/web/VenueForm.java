package org.irohub.staff.web;

import org.irohub.staff.internal.Venue;
import org.irohub.staff.internal.VenueDetails;

/** The venue fields as typed. Unticked checkboxes are not sent, so they bind as {@code null}. */
record VenueForm(String name, String kind, String address, Boolean accessible, Boolean childAndFamilyFriendly,
        String notes, Integer version) {

    static VenueForm empty() {
        return new VenueForm("", null, "", false, false, "", null);
    }

    static VenueForm of(Venue venue) {
        return new VenueForm(venue.getName(), venue.getKind().name(), venue.getAddress(), venue.isAccessible(),
                venue.isChildAndFamilyFriendly(), venue.getNotes(), venue.getVersion());
    }

    VenueDetails details() {
        return VenueDetails.parse(name, kind, address, Boolean.TRUE.equals(accessible),
                Boolean.TRUE.equals(childAndFamilyFriendly), notes);
    }
}
