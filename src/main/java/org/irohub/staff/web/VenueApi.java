package org.irohub.staff.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.irohub.staff.internal.VenueService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/venues")
@Tag(name = "Venues", description = "Venues and rooms conferences are held in. "
        + "Read: IRO_MANAGER, ADMIN, CHAIR, BUSINESS_SUPPORT.")
class VenueApi {

    private final VenueService venues;

    VenueApi(VenueService venues) {
        this.venues = venues;
    }

    @GetMapping
    @PreAuthorize(StaffAccess.CAN_VIEW)
    @Operation(summary = "All venues with their rooms, in use or not",
            description = "kind is IN_PERSON or VIRTUAL; a virtual venue's rooms have no capacity.")
    List<VenueResource> all() {
        return venues.all().stream().map(VenueResource::of).toList();
    }
}
