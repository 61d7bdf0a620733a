package vn.foreignaffairs.registry.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.web.input.RefusedInput;

/**
 * The one place that turns failures into problem details: a stable {@code code}, the fields
 * concerned, plain words, and never a stack trace.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> refused(RuleViolation violation) {
        RefusalCode code = violation.code();
        ProblemDetail problem = switch (code.kind()) {
            case INVALID_INPUT -> Problems.of(HttpStatus.BAD_REQUEST, RefusalCode.VALIDATION_FAILED.name(),
                    violation.getMessage(), List.of(new FieldError(
                            violation.field() == null ? "" : violation.field(), code.name(), violation.getMessage())));
            case FORBIDDEN -> Problems.of(HttpStatus.FORBIDDEN, code.name(), violation.getMessage());
            case NOT_FOUND -> Problems.of(HttpStatus.NOT_FOUND, code.name(), violation.getMessage());
            case RULE -> Problems.of(HttpStatus.CONFLICT, code.name(), violation.getMessage());
            case STALE -> Problems.of(HttpStatus.PRECONDITION_FAILED, code.name(), violation.getMessage());
        };
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @ExceptionHandler(RefusedInput.class)
    ResponseEntity<ProblemDetail> refusedInput(RefusedInput refused) {
        return ResponseEntity.status(refused.problem().getStatus()).body(refused.problem());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException e) {
        return notFound();
    }

    @ExceptionHandler(RecordNotFound.class)
    ResponseEntity<ProblemDetail> notFound(RecordNotFound e) {
        return notFound();
    }

    /** Other writers kept changing (or creating) the same record through every retry: nothing was written. */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ResponseEntity<ProblemDetail> contended(Exception e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT,
                "CONCURRENT_MODIFICATION", "The record was being changed by others at the same moment; try again."));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(Problems.of(HttpStatus.FORBIDDEN, "FORBIDDEN", "Your role does not allow this action."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        return invalid(List.of(new FieldError(e.getName(), "INVALID_VALUE",
                "'" + e.getValue() + "' is not a valid value for " + e.getName() + ".")));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure while serving a request", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                        "Something went wrong on our side. Nothing was changed by this request."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), "INVALID_VALUE", error.getDefaultMessage()))
                .collect(Collectors.toList());
        return ResponseEntity.badRequest().body(invalidProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(result.getMethodParameter().getParameterName(),
                                "INVALID_VALUE", error.getDefaultMessage())))
                .collect(Collectors.toList());
        return ResponseEntity.badRequest().body(invalidProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = "";
        String message = "The request body is not valid JSON of the expected shape.";
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            message = "The value of '" + field + "' has the wrong type or format.";
        }
        return ResponseEntity.badRequest().body(invalidProblem(List.of(new FieldError(field, "INVALID_VALUE", message))));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        HttpStatus resolved = HttpStatus.resolve(status.value());
        if (resolved == null) {
            resolved = HttpStatus.BAD_REQUEST;
        }
        if (resolved.is5xxServerError()) {
            log.error("Failure while serving a request", e);
        }
        return ResponseEntity.status(resolved).headers(headers).body(Problems.forStatus(resolved, e.getMessage()));
    }

    private static ResponseEntity<ProblemDetail> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Problems.of(HttpStatus.NOT_FOUND, RefusalCode.NOT_FOUND.name(), "No such record."));
    }

    private static ResponseEntity<ProblemDetail> invalid(List<FieldError> errors) {
        return ResponseEntity.badRequest().body(invalidProblem(errors));
    }

    private static ProblemDetail invalidProblem(List<FieldError> errors) {
        return Problems.of(HttpStatus.BAD_REQUEST, RefusalCode.VALIDATION_FAILED.name(),
                "Some of what was sent is missing or not valid.", errors);
    }
}
