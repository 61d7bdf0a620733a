package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.DelegationRequests.decision;
import static vn.foreignaffairs.registry.support.DelegationRequests.newDelegation;
import static vn.foreignaffairs.registry.support.DelegationRequests.reason;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/** Every refusal is a problem-details answer with a stable code; none is a 500 and none writes anything. */
class DelegationErrorsApiTest extends RegistryIntegrationTest {

    private static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo(code);
        assertThat(response.body().path("detail").asText()).isNotBlank();
        assertThat(response.raw().body()).doesNotContain("Exception").doesNotContain("at vn.");
    }

    private static JsonNode firstFieldError(Api.Response response) {
        return response.body().path("errors").get(0);
    }

    private long total() {
        return api.get("leader", "/api/v1/delegations?size=1").body().path("total").asLong();
    }

    @Test
    void aMissingTitleIsAFieldError() {
        long before = total();
        Api.Response response = api.post("officer", "/api/v1/delegations", newDelegation("title", null));
        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(firstFieldError(response).path("field").asText()).isEqualTo("title");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void aBadCountryCodeNamesTheNestedField() {
        Api.Response response = api.post("officer", "/api/v1/delegations",
                newDelegation("destinations", List.of(Map.of("countryCode", "Japan"))));
        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(firstFieldError(response).path("field").asText()).isEqualTo("destinations[0].countryCode");
    }

    @Test
    void datesOutOfOrderAreRefusedWithTheirOwnCode() {
        Api.Response response = api.post("officer", "/api/v1/delegations", newDelegation("returnDate", "2027-03-01"));
        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(firstFieldError(response).path("field").asText()).isEqualTo("returnDate");
        assertThat(firstFieldError(response).path("code").asText()).isEqualTo("DATES_OUT_OF_ORDER");
    }

    @Test
    void noMembersOrNoDestinationsAreRefused() {
        Api.Response noMembers = api.post("officer", "/api/v1/delegations", newDelegation("members", List.of()));
        assertProblem(noMembers, 400, "VALIDATION_FAILED");
        assertThat(firstFieldError(noMembers).path("code").asText()).isEqualTo("MEMBER_REQUIRED");
        Api.Response noDestinations = api.post("officer", "/api/v1/delegations", newDelegation("destinations", null));
        assertProblem(noDestinations, 400, "VALIDATION_FAILED");
        assertThat(firstFieldError(noDestinations).path("code").asText()).isEqualTo("DESTINATION_REQUIRED");
    }

    @Test
    void malformedJsonIsABadRequest() {
        assertProblem(api.post("officer", "/api/v1/delegations", "{\"title\": "), 400, "VALIDATION_FAILED");
        assertProblem(api.post("officer", "/api/v1/delegations", "[]"), 400, "VALIDATION_FAILED");
        assertProblem(api.post("officer", "/api/v1/delegations", ""), 400, "VALIDATION_FAILED");
    }

    @Test
    void aWrongTypeNamesTheField() {
        Api.Response response = api.post("officer", "/api/v1/delegations", newDelegation("departureDate", "next week"));
        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(firstFieldError(response).path("field").asText()).isEqualTo("departureDate");

        Api.Response badEnum = api.post("officer", "/api/v1/delegations", newDelegation("members",
                List.of(Map.of("name", "A", "passportKind", "GOLDEN"))));
        assertProblem(badEnum, 400, "VALIDATION_FAILED");
        assertThat(firstFieldError(badEnum).path("field").asText()).isEqualTo("members[0].passportKind");
    }

    @Test
    void anUnknownAgencyIsRefused() {
        Api.Response response = api.post("officer", "/api/v1/delegations", newDelegation("agency", "NOPE"));
        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(firstFieldError(response).path("code").asText()).isEqualTo("UNKNOWN_AGENCY");
    }

    @Test
    void approvalNeedsTheDecisionFields() {
        String id = createSubmitted("officer").id();
        Api.Response response = api.post("leader", "/api/v1/delegations/" + id + "/approve",
                Map.of("decisionNumber", "1/QĐ"));
        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(firstFieldError(response).path("field").asText()).isEqualTo("decisionDate");
        assertThat(api.get("leader", "/api/v1/delegations/" + id).body().path("status").asText()).isEqualTo("SUBMITTED");
    }

    @Test
    void rejectionAndCancellationNeedAReason() {
        String id = createSubmitted("officer").id();
        Api.Response reject = api.post("leader", "/api/v1/delegations/" + id + "/reject", reason(" "));
        assertProblem(reject, 400, "VALIDATION_FAILED");
        assertThat(firstFieldError(reject).path("field").asText()).isEqualTo("reason");
        assertProblem(api.post("officer", "/api/v1/delegations/" + id + "/cancel", Map.of()), 400, "VALIDATION_FAILED");
    }

    @Test
    void badPagingParametersAreFieldErrors() {
        assertProblem(api.get("leader", "/api/v1/delegations?size=1000"), 400, "VALIDATION_FAILED");
        assertProblem(api.get("leader", "/api/v1/delegations?page=-1"), 400, "VALIDATION_FAILED");
        Api.Response badStatus = api.get("leader", "/api/v1/delegations?status=SOMEDAY");
        assertProblem(badStatus, 400, "VALIDATION_FAILED");
        assertThat(firstFieldError(badStatus).path("field").asText()).isEqualTo("status");
        assertProblem(api.get("leader", "/api/v1/delegations?year=soon"), 400, "VALIDATION_FAILED");
    }

    @Test
    void signingInIsRequired() {
        Api.Response anonymous = api.get(null, "/api/v1/delegations");
        assertProblem(anonymous, 401, "UNAUTHENTICATED");
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertProblem(api.post(null, "/api/v1/delegations", newDelegation()), 401, "UNAUTHENTICATED");
        assertProblem(api.get("officer:wrong-password", "/api/v1/delegations"), 401, "UNAUTHENTICATED");
        assertProblem(api.get("nobody:demo", "/api/v1/delegations"), 401, "UNAUTHENTICATED");
    }

    @Test
    void anUnknownRecordIsNotFound() {
        assertProblem(api.get("leader", "/api/v1/delegations/3f9c2d4e-0000-0000-0000-000000000000"), 404, "NOT_FOUND");
        assertProblem(api.post("leader", "/api/v1/delegations/3f9c2d4e-0000-0000-0000-000000000000/approve",
                decision()), 404, "NOT_FOUND");
        assertProblem(api.get("leader", "/api/v1/delegations/" + "x".repeat(65)), 404, "NOT_FOUND");
        assertProblem(api.get("leader", "/api/v1/nothing-here"), 404, "NOT_FOUND");
    }

    @Test
    void aUrlTheFirewallRefusesIsABadRequestProblem() {
        Api.Response response = api.get("leader", "/api/v1/delegations/..;etc");
        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(response.body().path("instance").asText()).startsWith("/api/v1/delegations/");
    }

    @Test
    void anIllegalTransitionIsAConflict() {
        String draft = createDraft("officer").id();
        Api.Response approveDraft = api.post("leader", "/api/v1/delegations/" + draft + "/approve", decision());
        assertProblem(approveDraft, 409, "ILLEGAL_TRANSITION");

        String approved = createApproved("officer").id();
        assertProblem(api.post("leader", "/api/v1/delegations/" + approved + "/approve", decision()), 409,
                "ILLEGAL_TRANSITION");
        assertProblem(api.post("leader", "/api/v1/delegations/" + approved + "/reject", reason("late")), 409,
                "ILLEGAL_TRANSITION");
    }

    @Test
    void aRefusedCommandIsHandledOnceAndNotRetried() {
        String draft = createDraft("officer").id();
        double failuresBefore = commandFailures();
        assertProblem(api.post("leader", "/api/v1/delegations/" + draft + "/approve", decision()), 409,
                "ILLEGAL_TRANSITION");
        assertThat(commandFailures() - failuresBefore).isEqualTo(1.0);
    }

    private double commandFailures() {
        String metrics = api.get("admin", "/actuator/prometheus").raw().body();
        return metrics.lines().filter(line -> line.startsWith("commandBus_failureCounter_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }

    @Test
    void aStaleVersionIsAPreconditionFailure() {
        Api.Response created = createDraft("officer");
        String id = created.id();
        api.put("officer", "/api/v1/delegations/" + id, newDelegation("title", "First edit"), "If-Match", "\"1\"");

        Api.Response stale = api.put("officer", "/api/v1/delegations/" + id, newDelegation("title", "Second edit"),
                "If-Match", "\"1\"");
        assertProblem(stale, 412, "STALE_VERSION");
        assertProblem(api.post("officer", "/api/v1/delegations/" + id + "/submit", null, "If-Match", "1"), 412,
                "STALE_VERSION");
        Api.Response read = api.get("officer", "/api/v1/delegations/" + id);
        assertThat(read.body().path("details").path("title").asText()).isEqualTo("First edit");
        assertThat(read.body().path("status").asText()).isEqualTo("DRAFT");
        assertThat(api.post("officer", "/api/v1/delegations/" + id + "/submit", null, "If-Match", read.header("ETag"))
                .status()).isEqualTo(200);
    }

    @Test
    void aMalformedIfMatchIsABadRequest() {
        String id = createDraft("officer").id();
        Api.Response response = api.post("officer", "/api/v1/delegations/" + id + "/submit", null, "If-Match", "yesterday");
        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(firstFieldError(response).path("field").asText()).isEqualTo("If-Match");
    }

    @Test
    void wrongMethodsAndMediaTypesAreProblemsToo() {
        assertProblem(api.send("leader", "DELETE", "/api/v1/delegations", null), 405, "METHOD_NOT_ALLOWED");
        Api.Response text = api.send("officer", "POST", "/api/v1/delegations", null, "Content-Type", "text/plain");
        // 403 CSRF_TOKEN_MISSING: a text/plain body is what a cross-site HTML form can send
        assertThat(text.status()).isIn(400, 403, 415);
        assertThat(text.header("Content-Type")).startsWith("application/problem+json");
    }
}
