package org.irohub.protection.minutes;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The conference exists and may be seen, but has no minutes: it has not been held. */
public class MinutesNotFoundException extends ErrorResponseException {

    public MinutesNotFoundException(long conferenceId) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Conference " + conferenceId + " has no minutes: it has not been held"), null);
    }
}
