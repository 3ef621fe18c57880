package org.irohub.staff.web;

import java.net.URI;

import org.irohub.staff.internal.StaffNotFoundException;
import org.irohub.staff.internal.StaffValidationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem+json for the staff API that names the field at fault ({@code field}, and {@code errors} for all of
 * them), so a script can point at it. Runs before the portal's general handler, for these controllers only.
 */
@RestControllerAdvice(assignableTypes = { ChairApi.class, VenueApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaffApiProblems {

    @ExceptionHandler(StaffValidationException.class)
    ResponseEntity<ProblemDetail> invalid(StaffValidationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid request");
        problem.setProperty("field", e.field());
        problem.setProperty("errors", e.errors());
        return problem(problem);
    }

    @ExceptionHandler(StaffNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(StaffNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem(problem);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
