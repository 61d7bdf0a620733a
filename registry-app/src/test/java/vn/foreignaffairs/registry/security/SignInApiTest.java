package vn.foreignaffairs.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.foreignaffairs.registry.api.common.Role;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/** Sign-in over HTTP: lockout after repeated failures, how passwords are stored, what the logs never show. */
@ExtendWith(OutputCaptureExtension.class)
class SignInApiTest extends RegistryIntegrationTest {

    @Autowired
    UserDirectory users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    MongoDatabase database;

    @Autowired
    LoggingSystem logging;

    private String newUser(String password) {
        String username = "signin-" + UUID.randomUUID().toString().substring(0, 8);
        users.addIfAbsent(new RegistryUser(username, passwords.encode(password), "Thử đăng nhập", Role.INSPECTOR, null));
        return username;
    }

    @Test
    void afterFiveFailuresTheUsernameIsRefusedForAWhileEvenWithTheRightPassword(CapturedOutput output) {
        String username = newUser("the-right-password");
        for (int i = 0; i < 5; i++) {
            Api.Response failed = api.get(username + ":wrong-" + i, "/api/v1/agencies");
            assertThat(failed.status()).isEqualTo(401);
        }

        Api.Response locked = api.get(username + ":the-right-password", "/api/v1/agencies");

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.code()).isEqualTo("TOO_MANY_SIGN_IN_FAILURES");
        assertThat(locked.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(800L, 901L);
        assertThat(output.getOut()).contains("Sign-in for user '" + username + "' locked until");
        assertThat(api.get("inspector", "/api/v1/agencies").status()).as("other users are not affected").isEqualTo(200);
    }

    @Test
    void passwordsAreStoredOnlyAsAdaptiveHashes() {
        newUser("another-password");
        for (Document user : database.getCollection("users").find().into(new ArrayList<>())) {
            String hash = user.getString("passwordHash");
            assertThat(hash).as(user.getString("username")).matches("\\{bcrypt}\\$2[aby]\\$(1[0-9]|[2-3][0-9])\\$.{53}");
            assertThat(hash).doesNotContain("demo").doesNotContain("another-password");
        }
    }

    @Test
    void passwordsNeverAppearInTheLogs(CapturedOutput output) {
        String password = "S3cret-" + UUID.randomUUID();
        String bootstrapPassword = "B00tstrap-" + UUID.randomUUID();
        logging.setLogLevel("org.springframework.security", LogLevel.TRACE);
        logging.setLogLevel("vn.foreignaffairs.registry", LogLevel.TRACE);
        try {
            String username = newUser(password);
            assertThat(api.get(username + ":" + password + "-wrong", "/api/v1/agencies").status()).isEqualTo(401);
            assertThat(api.get(username + ":" + password, "/api/v1/agencies").status()).isEqualTo(200);
            assertThat(api.get("nobody-" + username + ":" + password, "/api/v1/agencies").status()).isEqualTo(401);
            new BootstrapAdmin(new BootstrapAdmin.Settings("bootstrap-" + username, bootstrapPassword), users, passwords)
                    .run(null);
        } finally {
            logging.setLogLevel("org.springframework.security", null);
            logging.setLogLevel("vn.foreignaffairs.registry", null);
        }

        assertThat(output.getAll()).contains("Created the bootstrap administrator account")
                .doesNotContain(password).doesNotContain(bootstrapPassword);
    }
}
