package org.atoll.manifest.web;

import java.net.URI;
import org.atoll.manifest.ManifestFormatException;
import org.atoll.manifest.ManifestIssue;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem details for unreadable manifests: the first error's segment and position, and all errors. */
// Module advices run before the application-wide ApiProblems, whose last-resort handler would otherwise win.
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 100)
@RestControllerAdvice(assignableTypes = ManifestApiController.class)
class ManifestProblems {

    static final URI UNREADABLE = URI.create("urn:atoll:problem:unreadable-manifest");
    static final URI TOO_LARGE = URI.create("urn:atoll:problem:manifest-too-large");

    @ExceptionHandler(ManifestFormatException.class)
    ProblemDetail unreadable(ManifestFormatException e) {
        ManifestIssue first = e.firstError();
        boolean tooLarge = first.message().contains("at most");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST, first.toString());
        problem.setType(tooLarge ? TOO_LARGE : UNREADABLE);
        problem.setTitle(tooLarge ? "Manifest too large" : "Unreadable manifest");
        problem.setProperty("segment", first.segment());
        problem.setProperty("tag", first.tag());
        problem.setProperty("element", first.element());
        problem.setProperty("component", first.component());
        problem.setProperty("errors", e.errors().stream().map(ManifestIssue::toString).toList());
        return problem;
    }
}
