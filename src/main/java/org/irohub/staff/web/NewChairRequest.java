package org.irohub.staff.web;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.irohub.staff.internal.ChairDetails;

/** The body of {@code POST /api/chairs}. */
record NewChairRequest(@Schema(example = "Priya Patel") String name,
        @Schema(description = "IRO Hub user who is this chair (optional)", example = "p.patel") String username,
        @Schema(example = "IRO Team North") String team,
        @Schema(description = "0.1 to 1.0", example = "0.5") BigDecimal fte,
        @Schema(example = "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\"]") List<String> workingDays,
        @Schema(description = "1 to 10; 3 when omitted", example = "3") Integer maxConferencesPerDay) {

    ChairDetails details() {
        return ChairDetails.parse(name, username, team, fte == null ? null : fte.toPlainString(), workingDays,
                maxConferencesPerDay == null ? null : maxConferencesPerDay.toString());
    }
}
