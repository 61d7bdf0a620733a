package vn.foreignaffairs.registry.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks a username and password: refuses a locked username at once, checks the password
 * against the stored hash (or a recent identical sign-in), and counts failures. An unknown
 * username costs the same hash check as a wrong password, so timing does not tell them apart.
 */
public class RegistrySignIn implements AuthenticationProvider {

    private final UserDirectory users;
    private final PasswordEncoder passwords;
    private final SignInThrottle throttle;
    private final RecentSignIns recent;
    private final String unknownUserHash;

    public RegistrySignIn(UserDirectory users, PasswordEncoder passwords, SignInThrottle throttle,
                          RecentSignIns recent) {
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
        this.recent = recent;
        this.unknownUserHash = passwords.encode("no user has this password " + System.nanoTime());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        throttle.lockedFor(username).ifPresent(remaining -> {
            throw new SignInLocked(remaining);
        });
        RegistryUser user;
        try {
            user = users.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            passwords.matches(password, unknownUserHash);
            throttle.failed(username);
            throw new BadCredentialsException("Bad credentials");
        }
        if (!recent.confirms(username, password, user.passwordHash())) {
            if (!passwords.matches(password, user.passwordHash())) {
                throttle.failed(username);
                throw new BadCredentialsException("Bad credentials");
            }
            recent.remember(username, password, user.passwordHash());
        }
        throttle.succeeded(username);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
