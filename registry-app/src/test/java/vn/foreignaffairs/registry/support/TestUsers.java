package vn.foreignaffairs.registry.support;

import org.springframework.security.crypto.password.PasswordEncoder;
import vn.foreignaffairs.registry.api.common.Role;
import vn.foreignaffairs.registry.security.RegistryUser;
import vn.foreignaffairs.registry.security.UserDirectory;

/** Extra officers for agencies the demo users do not cover (password "demo"). */
public final class TestUsers {

    private TestUsers() {
    }

    public static void officer(UserDirectory users, PasswordEncoder passwords, String username, String agency) {
        users.addIfAbsent(new RegistryUser(username, passwords.encode("demo"), "Cán bộ " + agency, Role.OFFICER, agency));
    }
}
