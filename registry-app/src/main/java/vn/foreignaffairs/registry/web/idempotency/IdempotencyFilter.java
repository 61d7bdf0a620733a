package vn.foreignaffairs.registry.web.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.foreignaffairs.registry.web.Problems;
import vn.foreignaffairs.registry.web.input.CachedBodyRequest;
import vn.foreignaffairs.registry.web.input.ProblemWriter;

/**
 * A write under {@code /api/v1} with an {@code Idempotency-Key} header is carried out once per
 * user and key: a repetition gets the first answer again (status, body, {@code ETag},
 * {@code Location}) with {@code Idempotent-Replayed: true}. Answers 5xx are not kept, so the
 * client may retry them. The key is also the request id recorded on the events (CommandSender).
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");
    private static final List<String> KEPT_HEADERS =
            List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.ETAG, HttpHeaders.LOCATION);
    private static final long POLL_MILLIS = 25;

    private final IdempotencyKeys keys;
    private final IdempotencySettings settings;
    private final ObjectMapper json;

    public IdempotencyFilter(IdempotencyKeys keys, IdempotencySettings settings, ObjectMapper json) {
        this.keys = keys;
        this.settings = settings;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WRITES.contains(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith("/api/v1/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            chain.doFilter(request, response); // refused by security anyway
            return;
        }
        String key = request.getHeader(HEADER).strip();
        if (!KEY.matcher(key).matches()) {
            ProblemWriter.write(json, response, Problems.of(HttpStatus.BAD_REQUEST, "INVALID_IDEMPOTENCY_KEY",
                    "An Idempotency-Key is 1 to 128 visible ASCII characters, e.g. a UUID."));
            return;
        }
        String user = authentication.getName();
        String hash = requestHash(request);
        long deadline = System.nanoTime() + settings.waitForFirst().toNanos();
        while (true) {
            Claim claim = keys.claim(user, key, hash);
            if (claim instanceof Claim.Granted) {
                carryOut(request, response, chain, user, key);
                return;
            }
            if (claim instanceof Claim.Answered answered) {
                replay(answered.answer(), response);
                return;
            }
            if (claim instanceof Claim.Reused) {
                ProblemWriter.write(json, response, Problems.of(HttpStatus.CONFLICT, "IDEMPOTENCY_KEY_REUSED",
                        "This Idempotency-Key was used for a different request; use a new key for a new request."));
                return;
            }
            if (System.nanoTime() > deadline) {
                ProblemWriter.write(json, response, Problems.of(HttpStatus.CONFLICT, "IDEMPOTENCY_KEY_IN_PROGRESS",
                        "The first request with this Idempotency-Key is still being carried out; "
                                + "repeat it in a moment to get its answer."));
                return;
            }
            pause(); // the same request is running: wait for its answer
        }
    }

    private void carryOut(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                          String user, String key) throws ServletException, IOException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean answered = false;
        try {
            chain.doFilter(request, recorded);
            if (recorded.getStatus() < 500) {
                Map<String, String> headers = new LinkedHashMap<>();
                for (String name : KEPT_HEADERS) {
                    String value = recorded.getHeader(name);
                    if (value != null) {
                        headers.put(name, value);
                    }
                }
                keys.answer(user, key, new StoredAnswer(recorded.getStatus(), headers,
                        recorded.getContentAsByteArray()));
                answered = true;
            }
        } finally {
            if (!answered) {
                keys.release(user, key);
            }
            recorded.copyBodyToResponse();
        }
    }

    private static void replay(StoredAnswer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        response.setHeader(REPLAYED_HEADER, "true");
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    /** What makes two requests "the same": method, path with query, and body. */
    private static String requestHash(HttpServletRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(request.getMethod().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '?');
            if (request.getQueryString() != null) {
                digest.update(request.getQueryString().getBytes(StandardCharsets.UTF_8));
            }
            digest.update((byte) '\n');
            if (request instanceof CachedBodyRequest cached) {
                digest.update(cached.body());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void pause() throws ServletException {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("Interrupted while waiting for the first request with the same key", e);
        }
    }
}
