package org.atoll.incident.web;

import org.atoll.ApiProblems;
import org.atoll.incident.internal.IntelligenceService;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A dissemination the handling conditions forbid: 403 with the condition that forbids it. */
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
@RestControllerAdvice(assignableTypes = IntelligenceApiController.class)
public class IncidentProblems {

    @ExceptionHandler(IntelligenceService.DisseminationRefused.class)
    ProblemDetail refused(IntelligenceService.DisseminationRefused e) {
        return ApiProblems.problem(HttpStatus.FORBIDDEN, "dissemination-refused", "Handling conditions forbid this",
                e.getMessage());
    }
}
