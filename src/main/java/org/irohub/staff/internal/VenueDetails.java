package org.irohub.staff.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a manager enters about a venue, checked; a building needs an address, a video call does not. */
public record VenueDetails(String name, VenueKind kind, String address, boolean accessible,
        boolean childAndFamilyFriendly, String notes) {

    /** @throws StaffValidationException naming each field at fault */
    public static VenueDetails parse(String name, String kind, String address, boolean accessible,
            boolean childAndFamilyFriendly, String notes) {
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanName = Fields.required(name, "name", "Enter the venue's name", 120, errors);
        VenueKind cleanKind = kind(kind);
        if (cleanKind == null) {
            errors.put("kind", "Select whether the venue is a building or a video call");
        }
        String cleanAddress = Fields.optional(address, "address", 300, errors);
        if (cleanKind == VenueKind.IN_PERSON && cleanAddress == null) {
            errors.put("address", "Enter the venue's address");
        }
        String cleanNotes = Fields.optional(notes, "notes", 1000, errors);
        if (!errors.isEmpty()) {
            throw new StaffValidationException(errors);
        }
        return new VenueDetails(cleanName, cleanKind, cleanAddress, accessible, childAndFamilyFriendly,
                cleanNotes);
    }

    private static VenueKind kind(String kind) {
        try {
            return kind == null ? null : VenueKind.valueOf(kind.trim());
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }
}
