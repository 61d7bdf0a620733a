package vn.foreignaffairs.registry.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.common.Role;

/**
 * There is no default password: the first administrator comes from configuration
 * ({@code REGISTRY_SECURITY_BOOTSTRAP_ADMIN_USERNAME} and {@code ..._PASSWORD}) and is created
 * once, if no account of that name exists.
 */
@Component
@EnableConfigurationProperties(BootstrapAdmin.Settings.class)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    @ConfigurationProperties("registry.security.bootstrap-admin")
    record Settings(String username, String password) {
    }

    private final Settings settings;
    private final UserDirectory users;
    private final PasswordEncoder passwords;

    BootstrapAdmin(Settings settings, UserDirectory users, PasswordEncoder passwords) {
        this.settings = settings;
        this.users = users;
        this.passwords = passwords;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.username() == null || settings.username().isBlank()) {
            if (users.count() == 0) {
                log.warn("No user accounts exist and no bootstrap administrator is configured: nobody can sign in. "
                        + "Set REGISTRY_SECURITY_BOOTSTRAP_ADMIN_USERNAME and REGISTRY_SECURITY_BOOTSTRAP_ADMIN_PASSWORD.");
            }
            return;
        }
        if (settings.password() == null || settings.password().length() < 12) {
            throw new IllegalStateException(
                    "The bootstrap administrator's password must be set and at least 12 characters long.");
        }
        if (users.addIfAbsent(new RegistryUser(settings.username(), passwords.encode(settings.password()),
                "Administrator", Role.ADMIN, null))) {
            log.info("Created the bootstrap administrator account '{}'", settings.username());
        }
    }
}
