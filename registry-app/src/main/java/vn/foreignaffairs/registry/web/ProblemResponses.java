package vn.foreignaffairs.registry.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/** Problem details for refusals made by the security filters, before any controller runs. */
@Component
public class ProblemResponses {

    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    public void unauthenticated(HttpServletRequest request, HttpServletResponse response,
                                AuthenticationException cause) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"registry\"");
        write(response, Problems.of(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                "Sign in to use the registry."));
    }

    public void forbidden(HttpServletRequest request, HttpServletResponse response,
                          AccessDeniedException cause) throws IOException {
        write(response, Problems.of(HttpStatus.FORBIDDEN, "FORBIDDEN",
                "Your role does not allow this action."));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
