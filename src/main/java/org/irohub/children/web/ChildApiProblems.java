package org.irohub.children.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.irohub.children.ChildNotFoundException;
import org.irohub.children.internal.ChildValidationException;
import org.irohub.children.internal.DuplicateLaChildIdException;
import org.irohub.children.internal.StaleChildRecordException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem details for the children API: a refused record names its fields ({@code field} for the first,
 * {@code errors} for all), a taken LA child id or a stale edit is a conflict, and a record the caller may not
 * see is not found.
 */
@RestControllerAdvice(assignableTypes = ChildApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ChildApiProblems {

    @ExceptionHandler(ChildValidationException.class)
    ResponseEntity<ProblemDetail> invalid(ChildValidationException e) {
        boolean conflict = e instanceof DuplicateLaChildIdException || e instanceof StaleChildRecordException;
        HttpStatus status = conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(conflict ? "Conflict with the existing record" : "Invalid child record");
        problem.setProperty("field", e.firstField());
        problem.setProperty("errors", errors(e.errors()));
        return respond(problem);
    }

    @ExceptionHandler(ChildNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ChildNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return respond(problem);
    }

    private static List<Map<String, String>> errors(Map<String, String> errors) {
        return errors.entrySet().stream().map(en -> Map.of("field", en.getKey(), "message", en.getValue())).toList();
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
