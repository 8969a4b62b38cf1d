package org.atoll.movement.web;

import jakarta.servlet.http.HttpServletResponse;

import org.atoll.RecordNotFoundException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A traveller that does not exist answers the error page with 404. */
@ControllerAdvice(assignableTypes = MovementPagesController.class)
class MovementPageErrors {

    @ExceptionHandler(RecordNotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(404);
        model.addAttribute("status", 404);
        return "error";
    }
}
