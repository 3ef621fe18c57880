package org.irohub.escalation.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.irohub.escalation.EscalationException;
import org.irohub.escalation.EscalationListAdmin;
import org.irohub.escalation.EscalationListKind;
import org.irohub.escalation.EscalationLists;
import org.irohub.escalation.EscalationRoles;
import org.irohub.escalation.ListChange;
import org.irohub.escalation.ListItem;
import org.irohub.escalation.NewListEntry;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Escalation lists", description = "The agencies and themes escalations name: add, rename, deactivate, "
        + "reactivate. Entries are never deleted. ADMIN, IRO_MANAGER.")
class EscalationListApi {

    private final EscalationLists lists;
    private final EscalationListAdmin admin;

    EscalationListApi(EscalationLists lists, EscalationListAdmin admin) {
        this.lists = lists;
        this.admin = admin;
    }

    @GetMapping("/api/escalations/lists/{list}")
    @PreAuthorize(EscalationRoles.LISTS)
    @Operation(summary = "Every agency or theme, deactivated ones included, with the version to change it from")
    List<ListItem> entries(@Parameter(description = "agencies or themes") @PathVariable String list) {
        return lists.all(kind(list));
    }

    @PostMapping("/api/escalations/lists/{list}")
    @PreAuthorize(EscalationRoles.LISTS)
    @Operation(summary = "Add an agency or theme",
            description = "{label, code?}. The code is made from the label when absent. A code or label in the "
                    + "list already (active or not): 409.")
    ResponseEntity<ListItem> add(@PathVariable String list, @RequestBody NewListEntry entry) {
        ListItem added = admin.add(kind(list), entry);
        return ResponseEntity.created(URI.create("/api/escalations/lists/" + list + "/" + added.code())).body(added);
    }

    @PutMapping("/api/escalations/lists/{list}/{code}")
    @PreAuthorize(EscalationRoles.LISTS)
    @Operation(summary = "Rename, deactivate or reactivate an agency or theme",
            description = "{label, active, version}. version is the one you read; if the entry changed since: 409. "
                    + "A deactivated entry stays on old escalations and in reports but cannot be chosen for new ones.")
    ListItem change(@PathVariable String list, @PathVariable String code, @RequestBody ListChange change) {
        return admin.change(kind(list), code, change);
    }

    static EscalationListKind kind(String list) {
        for (EscalationListKind k : EscalationListKind.values()) {
            if (k.plural().equals(list)) {
                return k;
            }
        }
        throw new EscalationException(EscalationException.Kind.NOT_FOUND, "list",
                "There is no list " + list + ": use agencies or themes");
    }
}
