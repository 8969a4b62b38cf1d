package org.atoll;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;

/**
 * Every error of the JSON API as RFC 9457 problem details, with the fields at fault named.
 * Only for REST controllers; the web UI renders its own error pages and forms. A module's own advice,
 * scoped to its controllers, must be ordered before this one ({@code @Order(HIGHEST_PRECEDENCE + 100)}).
 */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
public class ApiProblems extends ResponseEntityExceptionHandler {

    public static final String TYPE_BASE = "https://atoll.example/problems/";

    @ExceptionHandler(RecordNotFoundException.class)
    ProblemDetail notFound(RecordNotFoundException e) {
        ProblemDetail p = problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
        p.setProperty("recordType", e.recordType());
        return p;
    }

    @ExceptionHandler(ConcurrentEditException.class)
    ProblemDetail conflict(ConcurrentEditException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "concurrent-edit", "Changed by someone else", e.getMessage());
        p.setProperty("currentVersion", e.currentVersion());
        return p;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-request", "Invalid request", e.getMessage());
        p.setProperty("errors", e.problems().stream()
                .map(f -> Map.of("field", f.field(), "message", f.message())).toList());
        return p;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your role or token scope does not allow this.");
    }

    @ExceptionHandler(org.springframework.security.core.AuthenticationException.class)
    ProblemDetail unauthenticated(org.springframework.security.core.AuthenticationException e) {
        return problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthorized", "Send a valid bearer token.");
    }

    /** The last resort: no stack trace leaves the server; the log has it under the same reference. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse) {
            throw e;
        }
        String reference = java.util.UUID.randomUUID().toString();
        log.error("Unexpected error {}", reference, e);
        ProblemDetail p = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Atoll could not complete the request. Quote reference " + reference + " to your administrator.");
        p.setProperty("reference", reference);
        return p;
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                "The parameter '" + e.getName() + "' has an invalid value.");
        p.setProperty("errors", List.of(Map.of("field", e.getName(), "message", "invalid value")));
        return p;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String field = null;
        String reason = "The request body is not valid JSON of the expected shape.";
        Throwable cause = ex.getCause();
        if (cause instanceof JacksonException jackson) {
            StringBuilder path = new StringBuilder();
            for (var ref : jackson.getPath()) {
                if (ref.getPropertyName() != null) {
                    if (!path.isEmpty()) {
                        path.append('.');
                    }
                    path.append(ref.getPropertyName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            field = path.isEmpty() ? null : path.toString();
            var location = jackson.getLocation();
            reason = field == null
                    ? "The request body is not valid JSON" + (location == null ? "" : " (line " + location.getLineNr()
                            + ", column " + location.getColumnNr() + ")") + "."
                    : "The field '" + field + "' has a value of the wrong type or format.";
        } else if (ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")) {
            reason = "The request needs a JSON body.";
        }
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request", reason);
        if (field != null) {
            p.setProperty("errors", List.of(Map.of("field", field, "message", "wrong type or format")));
        }
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(f -> errors.add(Map.of("field", f.getField(),
                "message", f.getDefaultMessage() == null ? "invalid" : f.getDefaultMessage())));
        ex.getBindingResult().getGlobalErrors().forEach(g -> errors.add(Map.of("field", g.getObjectName(),
                "message", g.getDefaultMessage() == null ? "invalid" : g.getDefaultMessage())));
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-request", "Invalid request",
                errors.isEmpty() ? "The request is invalid." : errors.get(0).get("field") + ": " + errors.get(0).get("message"));
        p.setProperty("errors", errors);
        return ResponseEntity.unprocessableContent().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(TYPE_BASE + type));
        p.setTitle(title);
        return p;
    }
}
