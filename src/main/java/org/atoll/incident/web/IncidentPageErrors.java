package org.atoll.incident.web;

import jakarta.servlet.http.HttpServletResponse;

import org.atoll.RecordNotFoundException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The incident and intelligence pages answer a record the officer may not see (an incident, a
 * report, a notification addressed to someone else) exactly as one that does not exist: 404.
 */
@ControllerAdvice(assignableTypes = {IncidentPageController.class, IntelligencePageController.class})
class IncidentPageErrors {

    @ExceptionHandler(RecordNotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(404);
        model.addAttribute("status", 404);
        return "error";
    }
}
