package org.irohub.protection.participation.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.irohub.protection.ConferenceId;
import org.irohub.protection.ProtectionException;
import org.irohub.protection.participation.ChildParticipationRequest;
import org.irohub.protection.participation.ConferenceInvitee;
import org.irohub.protection.participation.InquorateDecision;
import org.irohub.protection.participation.InviteeDetails;
import org.irohub.protection.participation.ParticipationRoles;
import org.irohub.protection.participation.ParticipationService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A conference's invitees, reports, attendance, the children's participation and quoracy. Refusals: see ProtectionProblems. */
@RestController
@Tag(name = "Conference participation", description = "Invitees, reports, attendance, the child's participation, quoracy")
public class ParticipationApi {

    private final ParticipationService participation;

    ParticipationApi(ParticipationService participation) {
        this.participation = participation;
    }

    record InviteeRequest(String name, String kind, String agency, String role, Boolean directContact, Integer version) {
    }

    record AttendanceRequest(String attendance, Integer version) {
    }

    record ReportRequest(Boolean expected, String receivedOn, Integer version) {
    }

    record ChildRequest(Boolean attended, Boolean preMeetingHeld, Boolean viewsGiven, List<String> viewsHow,
            String chairContactOn, String chairContactHow, Integer version) {
    }

    record DecisionRequest(Boolean proceed, String reason, Integer version) {
    }

    record DecisionJson(boolean proceed, String reason, Long reconvenedConferenceId, java.time.LocalDate reconvenedDue,
            boolean secondInquorateInARow) {
    }

    @GetMapping("/api/conferences/{id}/participation")
    @PreAuthorize(ParticipationRoles.INVITE)
    @Operation(summary = "Invitees with attendance and reports, the children's participation, and the quorum",
            description = "Roles: ADMIN, IRO_MANAGER, CHAIR, BUSINESS_SUPPORT. quorum.reasons says why it is or is not "
                    + "quorate; quorum.judged is false until attendance is recorded. Reports are due counted back from "
                    + "the conference date (booked date, else due date) by the calendar's timescales.")
    ParticipationJson view(@PathVariable long id, Principal principal) {
        return ParticipationJson.of(participation.view(new ConferenceId(id), principal.getName()));
    }

    @PostMapping("/api/conferences/{id}/invitees")
    @PreAuthorize(ParticipationRoles.INVITE)
    @Operation(summary = "Invite someone to an open conference",
            description = "Roles: ADMIN, IRO_MANAGER, CHAIR, BUSINESS_SUPPORT. {name, kind: CHILD | PARENT_CARER | AGENCY | "
                    + "OTHER, agency (AGENCY only, e.g. CHILDRENS_SOCIAL_CARE, HEALTH_VISITOR, GP, SCHOOL_NURSE, EDUCATION, "
                    + "POLICE), role, directContact, version?}. Bad input: 400 naming the field; conference not open or "
                    + "version stale: 409.")
    ResponseEntity<ParticipationJson.InviteeJson> invite(@PathVariable long id, @RequestBody InviteeRequest request,
            Principal principal) {
        ConferenceInvitee invitee = participation.invite(new ConferenceId(id), request.version(), details(request),
                principal.getName());
        return ResponseEntity.created(URI.create("/api/conferences/" + id + "/invitees/" + invitee.inviteeId()))
            .body(ParticipationJson.InviteeJson.of(invitee, null));
    }

    @PutMapping("/api/conferences/{id}/invitees/{inviteeId}")
    @PreAuthorize(ParticipationRoles.INVITE)
    @Operation(summary = "Change an invitee's details", description = "Same body as inviting. 400 / 409 as there.")
    ResponseEntity<Void> change(@PathVariable long id, @PathVariable int inviteeId, @RequestBody InviteeRequest request,
            Principal principal) {
        participation.change(new ConferenceId(id), request.version(), inviteeId, details(request), principal.getName());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/conferences/{id}/invitees/{inviteeId}")
    @PreAuthorize(ParticipationRoles.INVITE)
    @Operation(summary = "Remove an invitee from an open conference")
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable int inviteeId, Principal principal) {
        participation.remove(new ConferenceId(id), null, inviteeId, principal.getName());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/conferences/{id}/invitees/{inviteeId}/attendance")
    @PreAuthorize(ParticipationRoles.RECORD_ATTENDANCE)
    @Operation(summary = "Record whether an invitee attended",
            description = "Roles: CHAIR, IRO_MANAGER. {attendance: ATTENDED | APOLOGIES | REPORT_ONLY | DID_NOT_ATTEND, "
                    + "version?}. Only ATTENDED counts towards quoracy.")
    ResponseEntity<Void> attendance(@PathVariable long id, @PathVariable int inviteeId,
            @RequestBody AttendanceRequest request, Principal principal) {
        participation.recordAttendance(new ConferenceId(id), request.version(),
                Map.of(inviteeId, ApiInput.attendance(request.attendance())), principal.getName());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/conferences/{id}/invitees/{inviteeId}/report")
    @PreAuthorize(ParticipationRoles.INVITE)
    @Operation(summary = "Record whether an agency's report is expected and when it was received",
            description = "Roles: ADMIN, IRO_MANAGER, CHAIR, BUSINESS_SUPPORT. {expected, receivedOn?: YYYY-MM-DD, version?}. "
                    + "Status is then ON_TIME or LATE against the due date, or AWAITED / OVERDUE / NONE.")
    ResponseEntity<Void> report(@PathVariable long id, @PathVariable int inviteeId, @RequestBody ReportRequest request,
            Principal principal) {
        if (request.expected() == null) {
            throw ProtectionException.invalid("expected", "Say whether a report is expected");
        }
        participation.recordReport(new ConferenceId(id), request.version(), inviteeId, request.expected(),
                ApiInput.date("receivedOn", request.receivedOn()), principal.getName());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/conferences/{id}/children/{childId}/participation")
    @PreAuthorize(ParticipationRoles.RECORD_ATTENDANCE)
    @Operation(summary = "Record how a child of the conference took part",
            description = "Roles: CHAIR, IRO_MANAGER. {attended, preMeetingHeld (if attended), viewsGiven, viewsHow: "
                    + "[IN_PERSON | ADVOCATE | CONFERENCE_PACK | MIND_OF_MY_OWN | OTHER], chairContactOn?, chairContactHow?}.")
    ResponseEntity<Void> child(@PathVariable long id, @PathVariable long childId, @RequestBody ChildRequest request,
            Principal principal) {
        participation.recordChild(new ConferenceId(id), childId, new ChildParticipationRequest(request.attended(),
                request.preMeetingHeld(), request.viewsGiven(), request.viewsHow(),
                ApiInput.date("chairContactOn", request.chairContactOn()), request.chairContactHow(), request.version()),
                principal.getName());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/conferences/{id}/inquorate-decision")
    @PreAuthorize(ParticipationRoles.RECORD_ATTENDANCE)
    @Operation(summary = "The chair's decision when the conference is not quorate",
            description = "Roles: CHAIR, IRO_MANAGER. {proceed: true, reason} goes ahead without a quorum; {proceed: false, "
                    + "reason?} closes this conference and requests it again, due within the reconvening timescale "
                    + "(10 working days by default). 409 when the conference is quorate, already decided or not open.")
    DecisionJson decide(@PathVariable long id, @RequestBody DecisionRequest request, Principal principal) {
        InquorateDecision d = participation.decide(new ConferenceId(id), request.version(), request.proceed(),
                request.reason(), principal.getName());
        return new DecisionJson(d.proceed(), d.reason(), d.reconvened() == null ? null : d.reconvened().getId(),
                d.reconvened() == null ? null : d.reconvened().getDueDate(), d.secondInARow());
    }

    private static InviteeDetails details(InviteeRequest r) {
        return InviteeDetails.of(r.name(), r.kind(), r.agency(), r.role(), r.directContact());
    }
}
