package vn.foreignaffairs.registry.web.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.foreignaffairs.registry.web.Problems;

/**
 * Caps every request body ({@code 413 PAYLOAD_TOO_LARGE}) and screens JSON bodies with
 * {@link JsonBodyScreen} before they reach a controller. Runs after authentication, so an
 * anonymous caller cannot make the registry read a body at all. Form bodies are only measured,
 * never read, so that the container can still parse their parameters, which
 * {@link FormParameterScreen} then screens with the same rules.
 */
public class InputScreenFilter extends OncePerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final ObjectMapper json;
    private final JsonBodyScreen screen;
    private final long maxBodySize;

    public InputScreenFilter(ObjectMapper json, InputLimits limits) {
        this.json = json;
        this.screen = new JsonBodyScreen(limits);
        this.maxBodySize = limits.maxBodySize().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!WRITES.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxBodySize) {
            ProblemWriter.write(json, response, tooLarge());
            return;
        }
        if (isForm(request.getContentType())) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), maxBodySize + 1);
        if (body.length > maxBodySize) {
            ProblemWriter.write(json, response, tooLarge());
            return;
        }
        if (isJson(request.getContentType())) {
            Optional<ProblemDetail> problem = screen.problemWith(body);
            if (problem.isPresent()) {
                ProblemWriter.write(json, response, problem.get());
                return;
            }
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    private ProblemDetail tooLarge() {
        return Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE",
                "The request body is larger than the " + maxBodySize + " bytes the registry accepts.");
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    }

    static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase().contains("json");
    }

    private static boolean isForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase();
        return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/");
    }
}
