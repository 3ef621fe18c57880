package org.irohub.escalation.web;

import java.security.Principal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.irohub.escalation.EscalationRoles;
import org.irohub.escalation.EscalationTracker;
import org.irohub.escalation.WeeklyTracker;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Escalation")
class EscalationTrackerApi {

    /** The value of {@code agency} that asks for every agency. */
    static final String ALL = "ALL";

    private final EscalationTracker tracker;

    EscalationTrackerApi(EscalationTracker tracker) {
        this.tracker = tracker;
    }

    @GetMapping("/api/escalations/tracker.xlsx")
    @PreAuthorize(EscalationRoles.TRACKER)
    @Operation(summary = "The weekly tracker of open escalations as an Excel workbook, to share with children's "
            + "social care",
            description = "One row per open escalation, most overdue first, after a header row: escalation, LA child "
                    + "ID, child, kind, raised on, raised by, agency, theme, current stage, with whom, stage due, "
                    + "days overdue, last response, last response on, new this week. Dates are Excel dates. A child "
                    + "whose record is restricted from the caller shows as 'Restricted record'. Text starting with "
                    + "=, +, - or @ is prefixed with an apostrophe. Each export is audited.",
            responses = @ApiResponse(responseCode = "200", description = "The workbook, as an attachment",
                    content = @Content(mediaType = TrackerWorkbook.CONTENT_TYPE,
                            schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> workbook(
            @Parameter(description = "Agency code; CHILDRENS_SOCIAL_CARE when absent, ALL for every agency")
            @RequestParam(required = false) String agency, Principal principal) {
        WeeklyTracker week = tracker.export(agencyCode(agency), principal.getName());
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(TrackerWorkbook.CONTENT_TYPE))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(TrackerWorkbook.fileName(week)).build().toString())
            .header(HttpHeaders.CACHE_CONTROL, "no-store")
            .body(TrackerWorkbook.write(week));
    }

    /** Children's social care unless asked otherwise; null (every agency) for {@link #ALL}. */
    static String agencyCode(String requested) {
        if (requested == null || requested.isBlank()) {
            return EscalationTracker.CHILDRENS_SOCIAL_CARE;
        }
        return ALL.equals(requested) ? null : requested;
    }
}
