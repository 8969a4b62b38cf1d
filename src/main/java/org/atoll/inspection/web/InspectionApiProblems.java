package org.atoll.inspection.web;

import org.atoll.ApiProblems;
import org.atoll.inspection.domain.InspectionConflictException;
import org.atoll.inspection.domain.InterviewClosedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The inspection API's conflicts: a decision against the inspection's state, a change to a closed interview. */
@RestControllerAdvice(assignableTypes = InspectionApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class InspectionApiProblems {

    @ExceptionHandler(InspectionConflictException.class)
    ProblemDetail conflict(InspectionConflictException e) {
        ProblemDetail p = ApiProblems.problem(HttpStatus.CONFLICT, "inspection-conflict", "Not allowed in this state", e.getMessage());
        p.setProperty("currentStatus", e.current().name());
        p.setProperty("allowedNext", e.current().allowedNext().stream().map(Enum::name).toList());
        return p;
    }

    @ExceptionHandler(InterviewClosedException.class)
    ProblemDetail closed(InterviewClosedException e) {
        return ApiProblems.problem(HttpStatus.CONFLICT, "interview-closed", "The interview is closed", e.getMessage());
    }
}
