package org.irohub.protection.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.irohub.children.ChildId;
import org.irohub.protection.ConferenceId;
import org.irohub.protection.ConferenceOutcomeService;
import org.irohub.protection.ConferenceService;
import org.irohub.protection.LateReason;
import org.irohub.protection.LateReasons;
import org.irohub.protection.NewStrategyDiscussion;
import org.irohub.protection.NewTransferIn;
import org.irohub.protection.TransferInService;
import org.irohub.protection.OutcomeRequest;
import org.irohub.protection.OutcomeResult;
import org.irohub.protection.ProtectionRoles;
import org.irohub.protection.StrategyDiscussionRecorded;
import org.irohub.protection.StrategyDiscussionService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Child protection", description = "Strategy discussions, conferences, outcomes and plans")
class ProtectionApi {

    private final StrategyDiscussionService discussions;
    private final ConferenceService conferences;
    private final ConferenceOutcomeService outcomes;
    private final LateReasons lateReasons;
    private final TransferInService transfers;

    ProtectionApi(StrategyDiscussionService discussions, ConferenceService conferences,
            ConferenceOutcomeService outcomes, LateReasons lateReasons, TransferInService transfers) {
        this.transfers = transfers;
        this.discussions = discussions;
        this.conferences = conferences;
        this.outcomes = outcomes;
        this.lateReasons = lateReasons;
    }

    record StrategyDiscussionJson(long id, java.time.LocalDate date, boolean section47Started,
            java.time.LocalDate notifiedOn, List<Long> childIds, ConferenceJson conference) {
    }

    @PostMapping("/api/children/{childId}/strategy-discussions")
    @PreAuthorize(ProtectionRoles.CASE_WORK)
    @Operation(summary = "Record a strategy discussion",
            description = "When it started a section 47 enquiry, an initial conference is requested, due 15 working "
                    + "days after the discussion. siblingIds adds siblings discussed at the same time.")
    ResponseEntity<StrategyDiscussionJson> recordStrategyDiscussion(@PathVariable long childId,
            @RequestBody NewStrategyDiscussion request, Principal principal) {
        StrategyDiscussionRecorded recorded = discussions.record(new ChildId(childId), request, principal.getName());
        var d = recorded.discussion();
        return ResponseEntity.created(URI.create("/api/strategy-discussions/" + d.getId()))
            .body(new StrategyDiscussionJson(d.getId(), d.getHeldOn(), d.isSection47Started(), d.getNotifiedOn(),
                    d.getChildIds(), ConferenceJson.of(recorded.conference())));
    }

    @PostMapping("/api/children/{childId}/transfers-in")
    @PreAuthorize(ProtectionRoles.CASE_WORK)
    @Operation(summary = "Request a transfer-in conference",
            description = "For a child arriving with a plan from another authority: {notifiedOn, fromAuthority, "
                    + "previousPlanStart}. Due 15 working days after notification; the plan keeps its original start.")
    ResponseEntity<ConferenceJson> requestTransferIn(@PathVariable long childId, @RequestBody NewTransferIn request,
            Principal principal) {
        var conference = transfers.request(new ChildId(childId), request, principal.getName());
        return ResponseEntity.created(URI.create("/api/conferences/" + conference.getId())).body(ConferenceJson.of(conference));
    }

    @GetMapping("/api/conferences/{id}")
    @PreAuthorize(ProtectionRoles.CASE_WORK)
    @Operation(summary = "A conference or the request for one")
    ResponseEntity<ConferenceJson> conference(@PathVariable long id, Principal principal) {
        var conference = conferences.view(new ConferenceId(id), principal.getName());
        return ResponseEntity.ok().eTag(String.valueOf(conference.getVersion())).body(ConferenceJson.of(conference));
    }

    record OutcomeJson(ConferenceJson conference, PlanJson plan, List<PlanJson> plans, ConferenceJson nextConference) {

        static OutcomeJson of(OutcomeResult result) {
            List<PlanJson> plans = result.plans().stream().map(PlanJson::of).toList();
            return new OutcomeJson(ConferenceJson.of(result.conference()), plans.isEmpty() ? null : plans.get(0), plans,
                    ConferenceJson.of(result.nextConference()));
        }
    }

    @PostMapping("/api/conferences/{id}/outcome")
    @PreAuthorize(ProtectionRoles.RECORD_OUTCOME)
    @Operation(summary = "Record what a conference decided",
            description = "Initial or transfer-in: {heldOn, planRequired, category | recommendation, lateReasons}. "
                    + "Review: {heldOn, continuePlan, category?, endReason?, continuationReason?, driftIsReason?}. "
                    + "Held after the due date without lateReasons: 422. Unknown category, or a date before the "
                    + "event the conference follows: 400. Already held or changed meanwhile (version): 409.")
    OutcomeJson recordOutcome(@PathVariable long id, @RequestBody OutcomeRequest request, Principal principal) {
        return OutcomeJson.of(outcomes.record(new ConferenceId(id), request, principal.getName()));
    }

    record CloseRequest(String reason, Integer version) {
    }

    @PostMapping("/api/conferences/{id}/not-required")
    @PreAuthorize(ProtectionRoles.CASE_WORK)
    @Operation(summary = "Close an initial conference request as not required, with the reason")
    ConferenceJson notRequired(@PathVariable long id, @RequestBody CloseRequest request, Principal principal) {
        return ConferenceJson.of(conferences.markNotRequired(new ConferenceId(id), versionOf(request), request.reason(),
                principal.getName()));
    }

    @PostMapping("/api/conferences/{id}/cancel")
    @PreAuthorize(ProtectionRoles.CASE_WORK)
    @Operation(summary = "Cancel a conference request, with the reason")
    ConferenceJson cancel(@PathVariable long id, @RequestBody CloseRequest request, Principal principal) {
        return ConferenceJson.of(conferences.cancel(new ConferenceId(id), versionOf(request), request.reason(),
                principal.getName()));
    }

    @GetMapping("/api/late-reasons")
    @PreAuthorize(ProtectionRoles.CASE_WORK)
    @Operation(summary = "Reasons out of timescale, with their codes")
    List<LateReason> lateReasons() {
        return lateReasons.all();
    }

    private static int versionOf(CloseRequest request) {
        if (request.version() == null) {
            throw org.irohub.protection.ProtectionException.invalid("version",
                    "Send the conference's version (from GET /api/conferences/{id}) so a concurrent change is not overwritten");
        }
        return request.version();
    }

}
