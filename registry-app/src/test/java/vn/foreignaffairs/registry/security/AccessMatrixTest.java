package vn.foreignaffairs.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.web.servlet.WebMvcEndpointHandlerMapping;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.EndpointSweepTest;
import vn.foreignaffairs.registry.support.Endpoints.Endpoint;
import vn.foreignaffairs.registry.support.Endpoints;

/**
 * Every endpoint, for every kind of caller, against the table in
 * {@code security/access-matrix.csv}: refused (401 anonymous, 403 signed in) or let through
 * (anything but 401/403; a dummy body or id may still be 400/404). A new endpoint fails this
 * test until it is classified in the table. Here the officer of another agency is refused by role
 * alone; what it gets with a real record of the officer's agency is {@link CrossAgencyAccessTest}'s.
 */
class AccessMatrixTest extends EndpointSweepTest {

    /** user (null: anonymous) → role; officer2 is an officer of another agency than officer's. */
    private static final Map<String, String> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put(null, null);
        CALLERS.put("officer", "OFFICER");
        CALLERS.put("officer2", "OFFICER");
        CALLERS.put("reviewer", "REVIEWER");
        CALLERS.put("leader", "LEADERSHIP");
        CALLERS.put("inspector", "INSPECTOR");
        CALLERS.put("admin", "ADMIN");
    }

    /** Actuator's endpoints have a handler mapping of their own. */
    @Autowired
    WebMvcEndpointHandlerMapping actuator;


    @Test
    void everyEndpointIsInTheMatrixAndEveryRowIsAnEndpoint() {
        List<Endpoint> endpoints = Endpoints.everything(mappings, actuator);

        assertThat(endpoints).as("endpoints missing from security/access-matrix.csv: classify them")
                .allMatch(matrix::lists);
        assertThat(matrix.endpoints()).as("rows of security/access-matrix.csv that are no endpoint")
                .allMatch(endpoints::contains);
    }

    @Test
    void everyCallerIsLetThroughOrRefusedAsTheMatrixSays() {
        long eventsBefore = storedEvents();
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : Endpoints.everything(mappings, actuator)) {
            for (Map.Entry<String, String> caller : CALLERS.entrySet()) {
                String[] headers = endpoint.isPage() ? new String[] {"Accept", "text/html"} : new String[0];
                Api.Response response = api.send(caller.getKey(), endpoint.method(), endpoint.path(),
                        endpoint.isWrite() && !endpoint.method().equals("DELETE") ? "{}" : null, headers);
                boolean allowed = matrix.allows(endpoint, caller.getValue());
                String who = caller.getKey() == null ? "anonymous" : caller.getKey();
                softly.assertThat(response.status()).as("%s as %s: %s", endpoint, who, response).isLessThan(500);
                if (caller.getKey() == null && endpoint.isPage() && endpoint.isUnsafeMethod()) {
                    // a page's form without its CSRF token is refused before anything else, the
                    // sign-in form and sign-out (open to all) included
                    softly.assertThat(response.status()).as("%s as %s: %s", endpoint, who, response).isEqualTo(403);
                    softly.assertThat(response.code()).as("%s as %s", endpoint, who).isEqualTo("CSRF_TOKEN_MISSING");
                } else if (allowed) {
                    softly.assertThat(response.status()).as("%s as %s: %s", endpoint, who, response)
                            .isNotIn(401, 403);
                } else if (caller.getKey() == null && endpoint.isPage()) {
                    softly.assertThat(response.status()).as("%s as %s: %s", endpoint, who, response).isEqualTo(302);
                    softly.assertThat(response.header("Location")).as("%s as %s", endpoint, who).endsWith("/login");
                } else if (caller.getKey() == null) {
                    softly.assertThat(response.status()).as("%s as %s: %s", endpoint, who, response).isEqualTo(401);
                    softly.assertThat(response.code()).isEqualTo("UNAUTHENTICATED");
                } else if (endpoint.isPage()) {
                    softly.assertThat(response.status()).as("%s as %s: %s", endpoint, who, response).isEqualTo(403);
                    softly.assertThat(response.raw().body()).as("%s as %s", endpoint, who).contains("id=\"error-message\"");
                } else {
                    softly.assertThat(response.status()).as("%s as %s: %s", endpoint, who, response).isEqualTo(403);
                    softly.assertThat(response.code()).as("%s as %s", endpoint, who).isEqualTo("FORBIDDEN");
                }
            }
        }
        softly.assertThat(storedEvents())
                .as("requests with dummy bodies and ids recorded nothing").isEqualTo(eventsBefore);
        softly.assertAll();
    }
}
