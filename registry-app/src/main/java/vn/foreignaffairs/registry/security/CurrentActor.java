package vn.foreignaffairs.registry.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The actor of the request being served. */
@Component
public class CurrentActor {

    public Actor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof RegistryUser user) {
            return user.actor();
        }
        throw new IllegalStateException("No signed-in registry user in this request");
    }

    /** Who signs a decision: the signer the request names, or else the signed-in user. */
    public String signerOr(String requested) {
        return requested == null || requested.isBlank() ? get().displayName() : requested.strip();
    }
}
