package vn.foreignaffairs.registry.audit.refusal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import vn.foreignaffairs.registry.security.Actor;
import vn.foreignaffairs.registry.security.CurrentActor;

/**
 * Notes on the request, while the signed-in user is still known, who was refused and with which
 * problem code, for {@link RefusedWrites} to record once the answer is complete. It reads every
 * problem the API answers 401 or 403 with, wherever it was raised, and changes none.
 */
@RestControllerAdvice
class RefusalDetails implements ResponseBodyAdvice<Object> {

    private final CurrentActor currentActor;

    RefusalDetails(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType,
                                  ServerHttpRequest request, ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem && (problem.getStatus() == 401 || problem.getStatus() == 403)
                && request instanceof ServletServerHttpRequest servlet) {
            note(servlet.getServletRequest(), problem);
        }
        return body;
    }

    private void note(HttpServletRequest request, ProblemDetail problem) {
        if (problem.getProperties() != null && problem.getProperties().get("code") != null) {
            request.setAttribute(RefusedWrites.CODE, problem.getProperties().get("code").toString());
        }
        try {
            Actor actor = currentActor.get();
            request.setAttribute(RefusedWrites.USER, actor.username());
            request.setAttribute(RefusedWrites.ROLE, actor.role().name());
            if (actor.agency() != null) {
                request.setAttribute(RefusedWrites.AGENCY, actor.agency());
            }
        } catch (IllegalStateException notSignedIn) {
            // refused before sign-in: the filter falls back to the user name sent
        }
    }
}
