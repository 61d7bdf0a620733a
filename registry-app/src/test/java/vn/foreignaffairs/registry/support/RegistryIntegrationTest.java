package vn.foreignaffairs.registry.support;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.DelegationRequests.decision;
import static vn.foreignaffairs.registry.support.DelegationRequests.newDelegation;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import vn.foreignaffairs.registry.security.UserDirectory;

/**
 * Starts the whole registry on the in-memory backend of mongo-java-server, reached over the
 * wire by the real driver, with the demo users; tests talk to it over HTTP only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "registry.mongodb.embedded.in-memory=true")
@ActiveProfiles("demo")
@AutoConfigureObservability
public abstract class RegistryIntegrationTest {

    @LocalServerPort
    private int port;

    @Autowired
    private UserDirectory users;

    @Autowired
    private PasswordEncoder passwords;

    protected Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
        TestPlans.ensure(api, port);
    }

    /** Registers agencies of the test's own, each with an officer. */
    protected TestAgencies testAgencies() {
        return new TestAgencies(api, users, passwords);
    }

    protected int port() {
        return port;
    }

    protected Api.Response createDraft(String officer) {
        Api.Response created = api.post(officer, "/api/v1/delegations", newDelegation());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created;
    }

    protected Api.Response createSubmitted(String officer) {
        String id = createDraft(officer).id();
        Api.Response submitted = api.post(officer, "/api/v1/delegations/" + id + "/submit", null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        return submitted;
    }

    protected Api.Response createApproved(String officer) {
        String id = createSubmitted(officer).id();
        Api.Response approved = api.post("leader", "/api/v1/delegations/" + id + "/approve", decision());
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        return approved;
    }
}
