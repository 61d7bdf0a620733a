package vn.foreignaffairs.registry.web.page;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.foreignaffairs.registry.security.Actor;
import vn.foreignaffairs.registry.security.CurrentActor;
import vn.foreignaffairs.registry.security.RegistryUser;

/** What every page's frame shows: who is signed in, and the page's own address for the language switch. */
@ControllerAdvice(annotations = PageController.class)
public class PageModel {

    private final CurrentActor currentActor;

    public PageModel(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @ModelAttribute("actor")
    Actor actor(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof RegistryUser
                ? currentActor.get() : null;
    }

    /** The path and query of this page without {@code lang}, so that switching language stays on it. */
    @ModelAttribute("here")
    String here(HttpServletRequest request) {
        String query = request.getQueryString() == null ? "" : Arrays.stream(request.getQueryString().split("&"))
                .filter(pair -> !pair.startsWith("lang="))
                .collect(Collectors.joining("&"));
        return request.getRequestURI().substring(request.getContextPath().length())
                + (query.isEmpty() ? "" : "?" + query);
    }
}
