package org.irohub.children.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.irohub.children.LaChildId;
import org.irohub.children.internal.ChildDetailsInput;

/**
 * The body of {@code POST /api/children}. Fields are text so each mistake is reported against its field rather
 * than as an unreadable body.
 */
@Schema(description = "A new child: dateOfBirth or, for an unborn child, expectedDateOfBirth (YYYY-MM-DD)")
record NewChildRequest(@Schema(example = "LA123456", maxLength = LaChildId.MAX_LENGTH) String laChildId,
        @Schema(example = "Ann") String firstName, @Schema(example = "Smith") String lastName,
        @Schema(example = "2019-03-31") String dateOfBirth, @Schema(example = "2026-09-01") String expectedDateOfBirth,
        @Schema(example = "FEMALE", description = "MALE, FEMALE or UNKNOWN; M, F and U are accepted") String sex,
        @Schema(example = "WBRI", description = "DfE ethnicity code") String ethnicity, Boolean disability,
        @Schema(example = "A000000000000") String upn, @Schema(example = "943 476 5919") String nhsNumber) {

    ChildDetailsInput toInput() {
        return new ChildDetailsInput(laChildId, firstName, lastName, dateOfBirth, expectedDateOfBirth, sex, ethnicity,
                disability == null ? null : disability.toString(), upn, nhsNumber);
    }
}
