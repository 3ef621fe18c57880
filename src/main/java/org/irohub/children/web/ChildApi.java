package org.irohub.children.web;

import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.irohub.children.internal.ChildFinder;
import org.irohub.children.internal.ChildRecordView;
import org.irohub.children.internal.ChildRecords;
import org.irohub.children.internal.ChildSearch;
import org.irohub.children.internal.ChildSearchResult;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/children")
@PreAuthorize(ChildWeb.CAN_SEE_CHILDREN)
@Tag(name = "Children", description = "Child records. A restricted record the caller is not named on answers 404.")
class ChildApi {

    private final ChildRecords records;
    private final ChildFinder finder;

    ChildApi(ChildRecords records, ChildFinder finder) {
        this.records = records;
        this.finder = finder;
    }

    @PostMapping
    @Operation(summary = "Record a child",
            description = "400 names each field at fault (field, errors[].field); 409 when the LA child id is taken.")
    ResponseEntity<ChildResource> create(@RequestBody NewChildRequest body) {
        ChildRecordView created = records.create(body.toInput());
        return ResponseEntity.created(URI.create("/api/children/" + created.id())).body(ChildResource.of(created));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A child's record")
    ChildResource get(@PathVariable long id, Principal user) {
        return ChildResource.of(records.view(ChildWeb.childId(id), user.getName()));
    }

    @GetMapping
    @Operation(summary = "Find children",
            description = "Every parameter given must match; name matches part of the first or last name. "
                    + "At most " + ChildFinder.LIMIT + " results.")
    ChildSearchResponse search(@RequestParam(required = false) String name,
            @RequestParam(required = false) String laChildId, @RequestParam(required = false) String upn,
            @RequestParam(required = false) String nhsNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
            Principal user) {
        ChildSearchResult result = finder.search(new ChildSearch(name, laChildId, upn, nhsNumber, dateOfBirth),
                user.getName());
        return new ChildSearchResponse(result.children().stream().map(ChildResource::of).toList(), ChildFinder.LIMIT,
                result.more());
    }
}
