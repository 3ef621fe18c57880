package org.irohub.interchange.web;

import java.time.LocalDate;

import org.irohub.interchange.internal.Uploads;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The census API's refusals as RFC 9457 problem details. */
@RestControllerAdvice(assignableTypes = CensusApi.class)
class InterchangeProblems {

    static ErrorResponseException noImport(long id) {
        return problem(HttpStatus.NOT_FOUND, "Import not found", "There is no import " + id);
    }

    static ErrorResponseException emptyFile() {
        return problem(HttpStatus.BAD_REQUEST, "Empty file", "Send the CIN census XML as the request body or as the "
                + "multipart part 'file'");
    }

    static ErrorResponseException nothingToExport(LocalDate referenceDate) {
        return problem(HttpStatus.NOT_FOUND, "Nothing to export", "IRO Hub holds no child protection activity or "
                + "episode of need in the year ending " + referenceDate);
    }

    @ExceptionHandler(Uploads.TooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(Uploads.TooLargeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        problem.setTitle("File too large");
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(problem);
    }

    private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }
}
