package vn.foreignaffairs.registry.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.foreignaffairs.registry.api.common.Role;

/** A user account as stored in the {@code users} collection; the password only as a hash. */
public record RegistryUser(String username, String passwordHash, String displayName, Role role, String agency)
        implements UserDetails {

    public Actor actor() {
        return new Actor(username, displayName, role, agency);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String toString() {
        return "RegistryUser[" + username + ", " + role + ", " + agency + "]";
    }
}
