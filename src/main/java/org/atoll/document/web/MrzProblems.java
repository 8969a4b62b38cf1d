package org.atoll.document.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.atoll.document.MrzGenerationException;
import org.atoll.document.MrzSyntaxException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** RFC 9457 problem details for the MRZ API: what is wrong and where. */
// Module advices run before the application-wide ApiProblems, whose last-resort handler would otherwise win.
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 100)
@RestControllerAdvice(assignableTypes = MrzController.class)
public class MrzProblems extends ResponseEntityExceptionHandler {

    static final URI NOT_AN_MRZ = URI.create("urn:atoll:problem:not-an-mrz");
    static final URI CANNOT_GENERATE = URI.create("urn:atoll:problem:mrz-cannot-be-generated");
    static final URI INVALID_FIELDS = URI.create("urn:atoll:problem:invalid-fields");

    @ExceptionHandler(MrzSyntaxException.class)
    ProblemDetail notAnMrz(MrzSyntaxException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(NOT_AN_MRZ);
        problem.setTitle("Not a machine readable zone");
        problem.setProperty("line", e.line());
        problem.setProperty("position", e.position());
        return problem;
    }

    @ExceptionHandler(MrzGenerationException.class)
    ProblemDetail cannotGenerate(MrzGenerationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(CANNOT_GENERATE);
        problem.setTitle("The fields do not fit this MRZ");
        problem.setProperty("errors", List.of(Map.of("field", e.field().label(), "message", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(GenerateMrzRequest.InvalidFieldsException.class)
    ProblemDetail invalidFields(GenerateMrzRequest.InvalidFieldsException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "Some fields cannot be written in an MRZ");
        problem.setType(INVALID_FIELDS);
        problem.setTitle("Invalid fields");
        problem.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has missing or oversized fields");
        problem.setType(INVALID_FIELDS);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage()))).toList());
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }
}
