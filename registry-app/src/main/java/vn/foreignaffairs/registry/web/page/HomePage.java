package vn.foreignaffairs.registry.web.page;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, and the start page every role lands on after signing in. */
@PageController
public class HomePage {

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String root() {
        return "redirect:" + PagePaths.HOME;
    }

    @GetMapping(PagePaths.HOME)
    @PreAuthorize("isAuthenticated()")
    String home() {
        return "home";
    }

    @GetMapping(PagePaths.SIGN_IN)
    String signIn() {
        return "login";
    }
}
