package org.irohub.scorecard.web;

import java.net.URI;

import org.irohub.scorecard.ScorecardException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals of the scorecard API as problem+json naming the field: 400 or 404. */
@RestControllerAdvice(assignableTypes = { ScorecardApi.class, ScorecardSettingsApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScorecardProblems {

    @ExceptionHandler(ScorecardException.class)
    ResponseEntity<ProblemDetail> refused(ScorecardException e) {
        HttpStatus status = e.kind() == ScorecardException.Kind.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(status == HttpStatus.NOT_FOUND ? "Not found" : "Invalid request");
        problem.setProperty("field", e.field());
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
