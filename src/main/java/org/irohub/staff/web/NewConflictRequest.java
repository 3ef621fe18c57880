package org.irohub.staff.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /api/chairs/{id}/conflicts}; give a person, or only a team to exclude the whole team. */
record NewConflictRequest(@Schema(example = "Sam Smith") String personName,
        @Schema(example = "Social worker") String role,
        @Schema(example = "Assessment Team East") String team,
        @Schema(allowableValues = { "LINE_MANAGEMENT", "OPERATIONAL_INVOLVEMENT" }) String reason) {
}
