package vn.foreignaffairs.registry.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the RFC 9457 problem details every error of the API is answered with. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String code, String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:registry:problem:" + code.toLowerCase().replace('_', '-')));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    public static ProblemDetail of(HttpStatus status, String code, String detail) {
        return of(status, code, detail, List.of());
    }

    /** A problem for a failure known only by its HTTP status (framework and container refusals). */
    public static ProblemDetail forStatus(HttpStatus status, String clientDetail) {
        String code = switch (status) {
            case NOT_FOUND -> "NOT_FOUND";
            case UNAUTHORIZED -> "UNAUTHENTICATED";
            case FORBIDDEN -> "FORBIDDEN";
            case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED";
            case UNSUPPORTED_MEDIA_TYPE -> "UNSUPPORTED_MEDIA_TYPE";
            case NOT_ACCEPTABLE -> "NOT_ACCEPTABLE";
            case PAYLOAD_TOO_LARGE -> "PAYLOAD_TOO_LARGE";
            default -> status.is4xxClientError() ? "VALIDATION_FAILED" : "INTERNAL_ERROR";
        };
        String detail = status.is5xxServerError() || clientDetail == null || clientDetail.isBlank()
                ? defaultDetail(status) : clientDetail;
        return of(status, code, detail);
    }

    private static String defaultDetail(HttpStatus status) {
        if (status.is5xxServerError()) {
            return "Something went wrong on our side. Nothing was changed by this request.";
        }
        return status == HttpStatus.NOT_FOUND ? "No such record." : "The request was refused: " + status.getReasonPhrase() + ".";
    }
}
