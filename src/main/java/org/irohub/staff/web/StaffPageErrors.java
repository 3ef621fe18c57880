package org.irohub.staff.web;

import org.irohub.staff.internal.StaffNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A chair, venue or room id nobody has: the usual "page not found", not a server error. */
@ControllerAdvice(assignableTypes = { ChairPages.class, VenuePages.class })
class StaffPageErrors {

    @ExceptionHandler(StaffNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
