package vn.foreignaffairs.registry.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.foreignaffairs.registry.security.UserDirectory;

/**
 * Agencies registered by a test under codes no other test uses, with an officer each (password
 * demo), so that lists filtered by agency hold only that test's records.
 */
public final class TestAgencies {

    private final Api api;
    private final UserDirectory users;
    private final PasswordEncoder passwords;

    public TestAgencies(Api api, UserDirectory users, PasswordEncoder passwords) {
        this.api = api;
        this.users = users;
        this.passwords = passwords;
    }

    /** Registers an agency of {@code kind} (DEPARTMENT, DISTRICT_COMMITTEE, ...) and returns its code. */
    public String register(String prefix, String kind) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Api.Response registered = api.post("admin", "/api/v1/agencies", Map.of("code", code,
                "name", "Thử nghiệm " + code, "nameEn", "Test " + code, "kind", kind));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return code;
    }

    /** The username of an officer of {@code agency}. */
    public String officerOf(String agency) {
        String username = "officer-" + agency.toLowerCase();
        TestUsers.officer(users, passwords, username, agency);
        return username;
    }
}
