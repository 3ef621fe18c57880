package org.irohub.escalation.web;

import java.net.URI;

import org.irohub.children.ChildNotFoundException;
import org.irohub.escalation.EscalationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals of the escalation API as problem+json naming the field: 400, 404, 409 or 422. */
@RestControllerAdvice(assignableTypes = { EscalationApi.class, EscalationListApi.class, EscalationTrackerApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class EscalationProblems {

    @ExceptionHandler(EscalationException.class)
    ResponseEntity<ProblemDetail> refused(EscalationException e) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(switch (e.kind()) {
            case INVALID -> "Invalid request";
            case UNPROCESSABLE -> "Breaks a rule of the escalation process";
            case CONFLICT -> "Conflicts with the escalation as it is now";
            case NOT_FOUND -> "Not found";
        });
        problem.setProperty("field", e.field());
        return respond(problem);
    }

    @ExceptionHandler(ChildNotFoundException.class)
    ResponseEntity<ProblemDetail> noChild(ChildNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no such child");
        problem.setTitle("Not found");
        problem.setProperty("field", "childId");
        return respond(problem);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
