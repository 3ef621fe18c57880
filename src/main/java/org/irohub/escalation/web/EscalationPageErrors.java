package org.irohub.escalation.web;

import org.irohub.escalation.EscalationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal that reaches a page outside a form (an escalation or list entry nobody has, a list that does not
 * exist): the usual "page not found", not a server error. Forms catch their own refusals for the error summary.
 */
@ControllerAdvice(assignableTypes = { EscalationPages.class, EscalationCasePages.class, EscalationListPages.class,
        EscalationTrackerPages.class, EscalationReportPages.class })
class EscalationPageErrors {

    @ExceptionHandler(EscalationException.class)
    ModelAndView refused(EscalationException e) {
        if (e.kind() != EscalationException.Kind.NOT_FOUND) {
            throw e;
        }
        ModelAndView view = new ModelAndView("error/404");
        view.setStatus(HttpStatus.NOT_FOUND);
        return view;
    }
}
