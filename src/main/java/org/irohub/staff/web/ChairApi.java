package org.irohub.staff.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.irohub.staff.internal.Chair;
import org.irohub.staff.internal.ChairService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/chairs")
@Tag(name = "Chairs", description = "Chairs (IROs): working pattern, daily limit and conflicts. "
        + "Read: IRO_MANAGER, ADMIN, CHAIR, BUSINESS_SUPPORT. Change: IRO_MANAGER, ADMIN.")
class ChairApi {

    private final ChairService chairs;

    ChairApi(ChairService chairs) {
        this.chairs = chairs;
    }

    @GetMapping
    @PreAuthorize(StaffAccess.CAN_VIEW)
    @Operation(summary = "All chairs, current and past, by name")
    List<ChairResource> all() {
        return chairs.all().stream().map(ChairResource::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize(StaffAccess.CAN_VIEW)
    @Operation(summary = "One chair")
    ChairResource one(@PathVariable long id) {
        return ChairResource.of(chairs.get(id));
    }

    @PostMapping
    @PreAuthorize(StaffAccess.CAN_EDIT)
    @Operation(summary = "Add a chair", description = "Roles: IRO_MANAGER, ADMIN. A refusal is 400 problem+json "
            + "whose 'field' names the first field at fault and 'errors' lists every one.")
    ResponseEntity<ChairResource> create(@RequestBody NewChairRequest request) {
        Chair created = chairs.create(request.details());
        return ResponseEntity.created(URI.create("/api/chairs/" + created.getId())).body(ChairResource.of(created));
    }

    @PostMapping("/{id}/conflicts")
    @PreAuthorize(StaffAccess.CAN_EDIT)
    @Operation(summary = "Record a conflict", description = "Roles: IRO_MANAGER, ADMIN. A person the chair must "
            + "not chair for (line management or operational involvement), or a whole team when only 'team' is given.")
    ResponseEntity<ChairResource> addConflict(@PathVariable long id, @RequestBody NewConflictRequest request) {
        Chair saved = chairs.addConflict(id, null, request.personName(), request.role(), request.team(),
                request.reason());
        return ResponseEntity.created(URI.create("/api/chairs/" + id)).body(ChairResource.of(saved));
    }
}
