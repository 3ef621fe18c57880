package org.irohub.escalation.web;

import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.irohub.escalation.Closing;
import org.irohub.escalation.EscalationId;
import org.irohub.escalation.EscalationLists;
import org.irohub.escalation.EscalationReports;
import org.irohub.escalation.EscalationRoles;
import org.irohub.escalation.EscalationService;
import org.irohub.escalation.EscalationSummary;
import org.irohub.escalation.ListEntry;
import org.irohub.escalation.NewEscalation;
import org.irohub.escalation.StageChange;
import org.irohub.identity.Roles;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Escalation", description = "QPR / DRP: raise, escalate through the stages, resolve; figures. "
        + "Case work: CHAIR, IRO_MANAGER. Figures: IRO_MANAGER, PERFORMANCE_VIEWER.")
class EscalationApi {

    private final EscalationService escalations;
    private final EscalationReports reports;
    private final EscalationLists lists;

    EscalationApi(EscalationService escalations, EscalationReports reports, EscalationLists lists) {
        this.escalations = escalations;
        this.reports = reports;
        this.lists = lists;
    }

    @PostMapping("/api/escalations")
    @PreAuthorize(EscalationRoles.CASE_WORK)
    @Operation(summary = "Raise a QPR or DRP on a child's case, or on a sibling group's",
            description = "{childId, kind: QPR|DRP, raisedOn, agency, theme, description, stage?, reason?, with?, "
                    + "siblingGroup?}. Starts at Informal unless stage says otherwise. Unknown agency or theme: 400. "
                    + "siblingGroup: true raises ONE escalation about the child (the lead child, childId) and every "
                    + "sibling in the child's sibling group that the caller may see, counted once in every report; "
                    + "the response lists them all in childIds. siblingGroup for a child who is not in a sibling "
                    + "group: 400 (field siblingGroup), nothing written. Roles: CHAIR, IRO_MANAGER.")
    ResponseEntity<EscalationJson> raise(@RequestBody NewEscalation request, Principal principal) {
        var e = escalations.raise(request, principal.getName());
        return ResponseEntity.created(URI.create("/api/escalations/" + e.getId())).body(EscalationJson.of(e));
    }

    @GetMapping("/api/escalations/{id}")
    @PreAuthorize(EscalationRoles.CASE_WORK)
    @Operation(summary = "An escalation with its stages")
    EscalationJson escalation(@PathVariable long id, Principal principal) {
        return EscalationJson.of(escalations.view(new EscalationId(id), principal.getName()));
    }

    @GetMapping("/api/escalations/open")
    @PreAuthorize(EscalationRoles.CASE_WORK)
    @Operation(summary = "Open escalations, oldest first (the weekly tracker)")
    List<EscalationJson> open(Principal principal) {
        return escalations.open(principal.getName()).stream().map(EscalationJson::of).toList();
    }

    @PostMapping("/api/escalations/{id}/escalate")
    @PreAuthorize(EscalationRoles.CASE_WORK)
    @Operation(summary = "Escalate to a higher stage",
            description = "{toStage, on, reason?, with?}. Same or lower stage, or closed already: 409. A date before "
                    + "the last action: 400. Skipping a stage without a reason: 422.")
    EscalationJson escalate(@PathVariable long id, @RequestBody StageChange change, Principal principal) {
        return EscalationJson.of(escalations.escalate(new EscalationId(id), change, principal.getName()));
    }

    @PostMapping("/api/escalations/{id}/respond")
    @PreAuthorize(EscalationRoles.CASE_WORK)
    @Operation(summary = "Record the response to the current stage",
            description = "{on, response} (resolution is accepted for response too). Recording again replaces the "
                    + "stage's response. A date before the last action: 400. Closed already: 409.")
    EscalationJson respond(@PathVariable long id, @RequestBody StageResponseJson response, Principal principal) {
        return EscalationJson.of(escalations.respond(new EscalationId(id), response.toClosing(), principal.getName()));
    }

    @PostMapping("/api/escalations/{id}/resolve")
    @PreAuthorize(EscalationRoles.CASE_WORK)
    @Operation(summary = "Resolve, with the resolution", description = "{on, resolution}. Closed already: 409.")
    EscalationJson resolve(@PathVariable long id, @RequestBody Closing closing, Principal principal) {
        return EscalationJson.of(escalations.resolve(new EscalationId(id), closing, principal.getName()));
    }

    @PostMapping("/api/escalations/{id}/withdraw")
    @PreAuthorize(EscalationRoles.CASE_WORK)
    @Operation(summary = "Withdraw, with the reason", description = "{on, resolution: the reason}. Closed already: 409.")
    EscalationJson withdraw(@PathVariable long id, @RequestBody Closing closing, Principal principal) {
        return EscalationJson.of(escalations.withdraw(new EscalationId(id), closing, principal.getName()));
    }

    @GetMapping("/api/escalations/summary")
    @PreAuthorize(EscalationRoles.FIGURES)
    @Operation(summary = "Escalations by financial quarter and highest stage (seed table 8.3), agency, theme, chair",
            description = "Percentages are JSON numbers with two decimals, of the column total. At most a year. "
                    + "byChair (for supervision) is empty unless the caller is an IRO_MANAGER. resolved counts the "
                    + "resolved escalations the two shares are of.")
    EscalationSummary summary(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, HttpServletRequest request) {
        EscalationSummary summary = reports.summary(from, to);
        return request.isUserInRole(Roles.IRO_MANAGER) ? summary : summary.withoutChairs();
    }

    @GetMapping("/api/escalations/agencies")
    @PreAuthorize(EscalationRoles.CASE_WORK)
    @Operation(summary = "Agencies an escalation may be raised against")
    List<ListEntry> agencies() {
        return lists.agencies();
    }

    @GetMapping("/api/escalations/themes")
    @PreAuthorize(EscalationRoles.CASE_WORK)
    @Operation(summary = "Themes an escalation may be about")
    List<ListEntry> themes() {
        return lists.themes();
    }
}
