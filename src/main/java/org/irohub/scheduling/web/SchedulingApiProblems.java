package org.irohub.scheduling.web;

import java.net.URI;

import org.irohub.protection.ProtectionException;
import org.irohub.scheduling.internal.SchedulingException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals of the scheduling API as problem+json naming the field at fault ({@code field}, and {@code errors}
 * for every one): 400 for bad input, 422 for a rule such as the chair's independence, 409 for a clash with
 * another booking or a change made meanwhile.
 */
@RestControllerAdvice(assignableTypes = SchedulingApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SchedulingApiProblems {

    @ExceptionHandler(SchedulingException.class)
    ResponseEntity<ProblemDetail> refused(SchedulingException e) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(switch (e.kind()) {
            case INVALID -> "Invalid request";
            case UNPROCESSABLE -> "Breaks a booking rule";
            case CONFLICT -> "Clashes with another booking or the record as it is now";
        });
        problem.setProperty("field", e.field());
        problem.setProperty("errors", e.errors());
        return respond(problem);
    }

    /** Refusals from the conference itself (cancelling one already closed, or changed meanwhile). */
    @ExceptionHandler(ProtectionException.class)
    ResponseEntity<ProblemDetail> protection(ProtectionException e) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle("Refused");
        problem.setProperty("field", e.field());
        return respond(problem);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
