package org.atoll.alert.web;

import jakarta.servlet.http.HttpServletResponse;

import org.atoll.RecordNotFoundException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** The alert pages answer an alert or hit the officer may not see exactly as one that does not exist. */
@ControllerAdvice(assignableTypes = {AlertPageController.class, HitPageController.class, AlertImportPageController.class})
class AlertPageErrors {

    @ExceptionHandler(RecordNotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(404);
        model.addAttribute("status", 404);
        return "error";
    }
}
