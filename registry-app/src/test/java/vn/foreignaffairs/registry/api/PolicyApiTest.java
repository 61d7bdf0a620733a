package vn.foreignaffairs.registry.api;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.foreignaffairs.registry.api.policy.PolicyKey;
import vn.foreignaffairs.registry.policy.Policies;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

class PolicyApiTest extends RegistryIntegrationTest {

    @Autowired
    Policies policies;

    @Autowired
    MongoDatabase database;

    @Autowired
    ObjectMapper json;

    private static Map<String, Object> change(long value) {
        return Map.of("value", value, "legalSource", "Quyết định 15/QĐ-UBND", "reason", "Thí điểm cho Sở Du lịch",
                "agency", "SDL");
    }

    @Test
    void everyPolicyIsListedWithItsValueAndLegalSource() {
        Api.Response list = api.get("officer", "/api/v1/policies");
        assertThat(list.status()).isEqualTo(200);
        JsonNode quota = null;
        for (JsonNode policy : list.body()) {
            if (policy.path("key").asText().equals("OFF_PLAN_QUOTA_PER_AGENCY_YEAR")
                    && policy.path("scope").asText().equals("PROVINCE")) {
                quota = policy;
            }
        }
        assertThat(quota).isNotNull();
        assertThat(quota.path("legalSource").asText()).contains("không quá 02 lần/năm");
        assertThat(quota.path("defaultValue").asLong()).isEqualTo(2);
        assertThat(list.body()).hasSizeGreaterThanOrEqualTo(PolicyKey.values().length);
    }

    @Test
    void anAdministratorSetsAnAgencysOwnValueAndTheChangeIsAnAuditedEvent() throws Exception {
        Api.Response changed = api.put("admin", "/api/v1/policies/DELEGATION_SIZE_LIMIT", change(12));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.body().path("value").asLong()).isEqualTo(12);
        assertThat(changed.body().path("scope").asText()).isEqualTo("AGENCY:SDL");
        assertThat(changed.body().path("changedBy").asText()).isEqualTo("admin");
        assertThat(changed.body().path("legalSource").asText()).isEqualTo("Quyết định 15/QĐ-UBND");

        assertThat(policies.value(PolicyKey.DELEGATION_SIZE_LIMIT, "SDL")).isEqualTo(12);
        assertThat(policies.value(PolicyKey.DELEGATION_SIZE_LIMIT, "SCT")).isEqualTo(10);

        Document event = database.getCollection("domainevents")
                .find(eq("aggregateIdentifier", "DELEGATION_SIZE_LIMIT@AGENCY:SDL")).first();
        assertThat(event).isNotNull();
        JsonNode metadata = json.readTree(event.getString("serializedMetaData"));
        assertThat(metadata.path("actor").asText()).isEqualTo("admin");
        assertThat(metadata.path("reason").asText()).isEqualTo("Thí điểm cho Sở Du lịch");
        JsonNode payload = json.readTree(event.getString("serializedPayload"));
        assertThat(payload.path("previous").asLong()).isEqualTo(10);
    }

    @Test
    void onlyAdministratorsChangePolicies() {
        for (String user : new String[] {"officer", "reviewer", "leader", "inspector"}) {
            Api.Response refused = api.put(user, "/api/v1/policies/DELEGATION_SIZE_LIMIT", change(1));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("FORBIDDEN");
        }
    }

    @Test
    void badChangesAreFieldErrors() {
        Api.Response negative = api.put("admin", "/api/v1/policies/DELEGATION_SIZE_LIMIT",
                Map.of("value", -1, "legalSource", "x", "reason", "y"));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body().path("errors").get(0).path("field").asText()).isEqualTo("value");

        Api.Response noSource = api.put("admin", "/api/v1/policies/DELEGATION_SIZE_LIMIT",
                Map.of("value", 3, "reason", "y"));
        assertThat(noSource.status()).isEqualTo(400);
        assertThat(noSource.body().path("errors").get(0).path("field").asText()).isEqualTo("legalSource");

        Api.Response unknownKey = api.put("admin", "/api/v1/policies/NO_SUCH_POLICY", change(1));
        assertThat(unknownKey.status()).isEqualTo(400);
        assertThat(unknownKey.body().path("errors").get(0).path("field").asText()).isEqualTo("key");

        Api.Response unknownAgency = api.put("admin", "/api/v1/policies/DELEGATION_SIZE_LIMIT",
                Map.of("value", 3, "legalSource", "x", "reason", "y", "agency", "NOPE"));
        assertThat(unknownAgency.status()).isEqualTo(400);
        assertThat(unknownAgency.body().path("errors").get(0).path("code").asText()).isEqualTo("UNKNOWN_AGENCY");
    }
}
