package org.irohub.protection;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No conference with that id, or none this user may see: the answer is the same, so it reveals nothing. The
 * API answers 404 problem+json; pages show the "page not found" page.
 */
public class ConferenceNotFoundException extends ErrorResponseException {

    public ConferenceNotFoundException(long id) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "There is no conference with id " + id), null);
    }
}
