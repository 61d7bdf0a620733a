package vn.foreignaffairs.registry.audit.refusal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.foreignaffairs.registry.security.Actor;
import vn.foreignaffairs.registry.security.RegistryUser;

/**
 * The one place refused writes are noticed: wrapped around the whole filter chain (security
 * included), of the API and of the web pages, it looks at every POST, PUT, PATCH and DELETE once
 * it is answered, and records each one answered 401 or 403, whoever refused it (the sign-in, a
 * CSRF check, a role check, or an aggregate's own-agency rule). The problem's code and the actor
 * are left on the request by {@link RefusalDetails} (API) and {@link #noteCode} (pages, security
 * filters); else the refusal is named by its status and the user is the one whose security
 * context the request carried (a page's session), or the name sent.
 */
public class RefusedWrites extends OncePerRequestFilter {

    static final String CODE = RefusedWrites.class.getName() + ".code";
    static final String USER = RefusedWrites.class.getName() + ".user";
    static final String ROLE = RefusedWrites.class.getName() + ".role";
    static final String AGENCY = RefusedWrites.class.getName() + ".agency";

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final int LONGEST_NAME = 100;

    private final RefusalLog log;

    public RefusedWrites(RefusalLog log) {
        this.log = log;
    }

    /** Names the stable code of a refusal that is not answered as an API problem (a page, a security filter). */
    public static void noteCode(HttpServletRequest request, String code) {
        request.setAttribute(CODE, code);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        int status = response.getStatus();
        if (WRITES.contains(request.getMethod()) && (status == 401 || status == 403)) {
            log.record(refusal(request, status));
        }
    }

    private static Refusal refusal(HttpServletRequest request, int status) {
        String code = attribute(request, CODE);
        if (code == null) {
            code = status == 401 ? "UNAUTHENTICATED" : "FORBIDDEN";
        }
        String user = attribute(request, USER);
        String role = attribute(request, ROLE);
        String agency = attribute(request, AGENCY);
        Actor signedIn = user == null ? signedIn(request) : null;
        if (signedIn != null) {
            user = signedIn.username();
            role = signedIn.role().name();
            agency = signedIn.agency();
        } else if (user == null) {
            user = basicUser(request.getHeader(HttpHeaders.AUTHORIZATION));
        }
        String requestId = request.getHeader("Idempotency-Key");
        if (requestId == null) {
            requestId = request.getHeader("X-Request-Id");
        }
        return new Refusal(Instant.now(), clean(user), role, agency,
                request.getMethod(), clean(request.getRequestURI()), status, code, clean(requestId));
    }

    /**
     * The registry user of the security context the request carried: left on the request by the
     * sign-in of this request, or kept in the session of a signed-in browser.
     */
    private static Actor signedIn(HttpServletRequest request) {
        Object context = request.getAttribute(RequestAttributeSecurityContextRepository.DEFAULT_REQUEST_ATTR_NAME);
        HttpSession session = request.getSession(false);
        if (!(context instanceof SecurityContext) && session != null) {
            context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        }
        if (context instanceof SecurityContext security && security.getAuthentication() != null
                && security.getAuthentication().getPrincipal() instanceof RegistryUser registryUser) {
            return registryUser.actor();
        }
        return null;
    }

    private static String attribute(HttpServletRequest request, String name) {
        Object value = request.getAttribute(name);
        return value == null ? null : value.toString();
    }

    /** The user name of HTTP Basic credentials; the password is never looked at. */
    static String basicUser(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** What a caller sent goes to the log and the store without line breaks and within bounds. */
    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String flat = text.replaceAll("[\\r\\n\\t]", "_");
        return flat.length() > LONGEST_NAME * 3 ? flat.substring(0, LONGEST_NAME * 3) : flat;
    }
}
