package org.irohub.protection.web;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.irohub.protection.ConferenceId;
import org.irohub.protection.ProtectionException;
import org.irohub.protection.minutes.ChairAgenda;
import org.irohub.protection.minutes.MinutesRoles;
import org.irohub.protection.minutes.MinutesService;
import org.irohub.protection.minutes.MinutesStep;
import org.irohub.protection.minutes.MinutesWorklist;
import org.irohub.protection.minutes.MyConferences;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Minutes", description = "Decision letters and minutes of held conferences, and a chair's own conferences")
class MinutesApi {

    private final MinutesService minutes;
    private final MinutesWorklist worklist;
    private final MyConferences myConferences;

    MinutesApi(MinutesService minutes, MinutesWorklist worklist, MyConferences myConferences) {
        this.minutes = minutes;
        this.worklist = worklist;
        this.myConferences = myConferences;
    }

    @GetMapping("/api/minutes")
    @PreAuthorize(MinutesRoles.TRACK)
    @Operation(summary = "Steps of minutes waiting to be done, overdue first",
            description = "Roles: BUSINESS_SUPPORT, IRO_MANAGER, ADMIN. overdue=true keeps only steps past their "
                    + "due date; step (decision-letter-sent, received, approved, distributed, corrections-received) "
                    + "keeps one step.")
    List<MinutesJson.DueJson> outstanding(@RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) String step, Principal principal) {
        return worklist.outstanding(step(step), overdue, principal.getName()).stream().map(MinutesJson.DueJson::of).toList();
    }

    @GetMapping("/api/conferences/{id}/minutes")
    @PreAuthorize(MinutesRoles.RECORD)
    @Operation(summary = "A held conference's minutes: each step with its due date, and the steps that can be done next",
            description = "Roles: BUSINESS_SUPPORT, IRO_MANAGER, CHAIR, ADMIN. 404 while the conference is not held.")
    MinutesJson view(@PathVariable long id, Principal principal) {
        return MinutesJson.of(minutes.view(new ConferenceId(id), principal.getName()));
    }

    @PostMapping("/api/conferences/{id}/minutes/approved")
    @PreAuthorize(MinutesRoles.APPROVE)
    @Operation(summary = "The chair approves the minutes", description = "Roles: CHAIR, IRO_MANAGER. Body "
            + "{\"on\":\"2017-01-17\",\"version\":0}. 409 naming the field when the minutes are not received yet.")
    MinutesJson approve(@PathVariable long id, @RequestBody MinutesJson.StepRequest request, Principal principal) {
        return MinutesJson.of(minutes.approve(new ConferenceId(id), request.on(), request.version(), principal.getName()));
    }

    @PostMapping("/api/conferences/{id}/minutes/{step}")
    @PreAuthorize(MinutesRoles.RECORD)
    @Operation(summary = "Record a step of the minutes as done",
            description = "Roles: BUSINESS_SUPPORT, IRO_MANAGER, CHAIR, ADMIN. step: decision-letter-sent, received, "
                    + "distributed, corrections-requested, corrections-received. Body {\"on\":\"2017-01-17\",\"version\":0}. "
                    + "400 for a date in the future or before the conference; 409 naming the field when out of order, "
                    + "already done, or the version is stale.")
    MinutesJson record(@PathVariable long id, @PathVariable String step, @RequestBody MinutesJson.StepRequest request,
            Principal principal) {
        MinutesStep which = step(step).orElseThrow(() -> unknownStep(step));
        return MinutesJson.of(minutes.record(new ConferenceId(id), which, request.on(), request.version(),
                principal.getName()));
    }

    @GetMapping("/api/my-conferences")
    @PreAuthorize(MinutesRoles.CHAIR)
    @Operation(summary = "The signed-in chair's conferences", description = "Role: CHAIR. Upcoming conferences, "
            + "those to prepare for (booked within 10 working days), children over 4 whose contact with the chair "
            + "is to be recorded, and minutes waiting for the chair's approval. 404 when the user is not a chair.")
    ChairAgenda mine(Principal principal) {
        return myConferences.of(principal.getName()).orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND,
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                        "Your user account is not linked to a chair record"), null));
    }

    private static Optional<MinutesStep> step(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(MinutesStep.ofCode(code).orElseThrow(() -> unknownStep(code)));
    }

    private static ProtectionException unknownStep(String code) {
        return ProtectionException.invalid("step", "'" + code + "' is not a step of the minutes: use "
                + String.join(", ", java.util.Arrays.stream(MinutesStep.values()).map(MinutesStep::code).toList()));
    }
}
