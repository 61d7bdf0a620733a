package vn.foreignaffairs.registry.storage.upcasting;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.foreignaffairs.registry.api.agency.AgencyRenamed;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/**
 * An {@link AgencyRenamed} stored in its revision-1 shape ({@code newName}, {@code newNameEn}) is
 * read in today's shape by the event store, the aggregate and the agency read model.
 */
class AgencyRenamedUpcastingTest extends RegistryIntegrationTest {

    @Autowired
    MongoDatabase database;

    @Autowired
    EventStore events;

    @Autowired
    ObjectMapper json;

    @Test
    void anEventOfTheOldShapeIsReadInTheNewOne() throws Exception {
        String code = "SNV-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Api.Response registered = api.post("admin", "/api/v1/agencies",
                Map.of("code", code, "name", "Sở Nội vụ", "nameEn", "Department of Home Affairs", "kind", "DEPARTMENT"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        storeOldShapeRename(code);

        DomainEventMessage<?> read = events.readEvents(code).asStream().skip(1).findFirst().orElseThrow();
        AgencyRenamed renamed = (AgencyRenamed) read.getPayload();
        assertThat(renamed.name()).isEqualTo("Sở Nội vụ và Lao động");
        assertThat(renamed.nameEn()).isEqualTo("Department of Home Affairs and Labour");
        assertThat(renamed.effectiveDate()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(renamed.decisionReference()).isEqualTo("1234/QĐ-UBND");

        JsonNode agency = awaitName(code, "Sở Nội vụ và Lao động");
        assertThat(agency.path("name").asText()).isEqualTo("Sở Nội vụ và Lao động");
        assertThat(agency.path("nameEn").asText()).isEqualTo("Department of Home Affairs and Labour");

        // the aggregate loads both events (version 2) and takes a further change on top
        Api.Response renamedAgain = api.post("admin", "/api/v1/agencies/" + code + "/rename",
                Map.of("newName", "Sở Nội vụ", "effectiveDate", "2025-08-01",
                        "decisionReference", "1300/QĐ-UBND", "reason", "Đổi lại tên"), "If-Match", "\"2\"");
        assertThat(renamedAgain.status()).as(renamedAgain.toString()).isEqualTo(200);
        assertThat(renamedAgain.version()).isEqualTo(3);
    }

    /** Writes the rename as the registry stored it at revision 1, next to the registration. */
    private void storeOldShapeRename(String code) throws Exception {
        MongoCollection<Document> store = database.getCollection("domainevents");
        Document registration = store.find(eq("aggregateIdentifier", code)).first();
        assertThat(registration).as("the registration event of " + code).isNotNull();
        JsonNode registeredPayload = json.readTree(registration.getString("serializedPayload"));
        Map<String, Object> oldShape = Map.of("code", json.convertValue(registeredPayload.get("code"), Object.class),
                "newName", "Sở Nội vụ và Lao động", "newNameEn", "Department of Home Affairs and Labour",
                "effectiveDate", "2025-07-01", "decisionReference", "1234/QĐ-UBND", "reason", "Sắp xếp tổ chức bộ máy");
        Document rename = new Document(registration);
        rename.remove("_id");
        rename.put("eventIdentifier", UUID.randomUUID().toString());
        rename.put("sequenceNumber", 1L);
        rename.put("timestamp", registration.get("timestamp") instanceof String
                ? Instant.now().toString() : java.util.Date.from(Instant.now()));
        rename.put("payloadType", AgencyRenamed.class.getName());
        rename.put("payloadRevision", "1");
        rename.put("serializedPayload", json.writeValueAsString(oldShape));
        store.insertOne(rename);
    }

    private JsonNode awaitName(String code, String name) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        JsonNode agency;
        do {
            agency = api.get("inspector", "/api/v1/agencies/" + code).body();
            if (name.equals(agency.path("name").asText())) {
                return agency;
            }
            Thread.sleep(50);
        } while (System.currentTimeMillis() < deadline);
        return agency;
    }
}
