package vn.foreignaffairs.registry.security;

import vn.foreignaffairs.registry.api.common.Role;

/** Who is acting: the signed-in user's name, role and (for officers) agency. */
public record Actor(String username, String displayName, Role role, String agency) {

    public boolean isOfficer() {
        return role == Role.OFFICER;
    }
}
