package org.irohub.protection.web;

import java.net.URI;

import org.irohub.protection.ProtectionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals of the child protection API as problem+json naming the field: 400, 422 or 409 by the kind of refusal. */
@RestControllerAdvice(assignableTypes = { ProtectionApi.class, TimelineApi.class, MinutesApi.class,
        org.irohub.protection.participation.web.ParticipationApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProtectionProblems {

    @ExceptionHandler(ProtectionException.class)
    ResponseEntity<ProblemDetail> refused(ProtectionException e) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(switch (e.kind()) {
            case INVALID -> "Invalid request";
            case UNPROCESSABLE -> "Breaks a rule of the child protection process";
            case CONFLICT -> "Conflicts with the record as it is now";
        });
        problem.setProperty("field", e.field());
        return respond(problem);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
