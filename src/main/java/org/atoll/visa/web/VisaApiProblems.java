package org.atoll.visa.web;

import org.atoll.ApiProblems;
import org.atoll.visa.domain.FourEyesException;
import org.atoll.visa.domain.TransitionNotAllowedException;
import org.atoll.visa.internal.VisaApplications;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** The visa API's own problems, before the foundation's catch-all: workflow conflicts and oversized uploads. */
@RestControllerAdvice(assignableTypes = {VisaApplicationApiController.class, VisaApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class VisaApiProblems {

    @ExceptionHandler(TransitionNotAllowedException.class)
    ProblemDetail transition(TransitionNotAllowedException e) {
        ProblemDetail p = ApiProblems.problem(HttpStatus.CONFLICT, "transition-not-allowed", "Not allowed in this state",
                e.getMessage());
        p.setProperty("currentStatus", e.from().name());
        p.setProperty("allowedNext", e.from().allowedNext().stream().map(Enum::name).toList());
        return p;
    }

    @ExceptionHandler(FourEyesException.class)
    ProblemDetail fourEyes(FourEyesException e) {
        return ApiProblems.problem(HttpStatus.CONFLICT, "four-eyes", "A second officer must decide", e.getMessage());
    }

    @ExceptionHandler(VisaApplications.DocumentTooLargeException.class)
    ProblemDetail tooLarge(VisaApplications.DocumentTooLargeException e) {
        ProblemDetail p = ApiProblems.problem(HttpStatus.CONTENT_TOO_LARGE, "document-too-large", "Document too large",
                e.getMessage());
        p.setProperty("errors", java.util.List.of(java.util.Map.of("field", "file", "message", e.getMessage())));
        return p;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLargeForTheServer(MaxUploadSizeExceededException e) {
        return tooLarge(new VisaApplications.DocumentTooLargeException("The upload is larger than the server accepts"));
    }
}
