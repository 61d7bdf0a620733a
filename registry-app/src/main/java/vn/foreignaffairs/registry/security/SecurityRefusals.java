package vn.foreignaffairs.registry.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.audit.refusal.RefusedWrites;
import vn.foreignaffairs.registry.web.ProblemResponses;
import vn.foreignaffairs.registry.web.Problems;
import vn.foreignaffairs.registry.web.input.ProblemWriter;

/** The security filters' refusals that need more than 401/403: a locked sign-in, a missing CSRF token. */
@Component
class SecurityRefusals {

    private final ProblemResponses problems;
    private final ObjectMapper json;

    SecurityRefusals(ProblemResponses problems, ObjectMapper json) {
        this.problems = problems;
        this.json = json;
    }

    void unauthenticated(HttpServletRequest request, HttpServletResponse response, AuthenticationException cause)
            throws IOException {
        if (cause instanceof SignInLocked locked) {
            long seconds = Math.max(1, locked.retryAfter().toSeconds() + 1);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            ProblemWriter.write(json, response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_SIGN_IN_FAILURES",
                    "Too many failed sign-ins for this user; try again in " + seconds + " seconds."));
            return;
        }
        problems.unauthenticated(request, response, cause);
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException cause)
            throws IOException {
        if (cause instanceof CsrfException) {
            RefusedWrites.noteCode(request, "CSRF_TOKEN_MISSING");
            ProblemWriter.write(json, response, Problems.of(HttpStatus.FORBIDDEN, "CSRF_TOKEN_MISSING",
                    "A form must carry the CSRF token of the page it came from."));
            return;
        }
        problems.forbidden(request, response, cause);
    }
}
