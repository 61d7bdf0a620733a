package vn.foreignaffairs.registry.api;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.foreignaffairs.registry.calendar.HolidayCalendar;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/** Calendars are read by anyone signed in and changed by administrators only. Uses DE, which no other test needs. */
class CalendarApiTest extends RegistryIntegrationTest {

    @Autowired
    HolidayCalendar calendar;

    @Autowired
    MongoDatabase database;

    @Autowired
    ObjectMapper json;

    private static JsonNode day(Api.Response calendar, String date) {
        return StreamSupport.stream(calendar.body().path("holidays").spliterator(), false)
                .filter(holiday -> holiday.path("date").asText().equals(date))
                .findFirst().orElse(null);
    }

    @Test
    void anyoneSignedInReadsACalendarWithWhereItsDaysComeFrom() {
        Api.Response vietnam = api.get("officer", "/api/v1/calendars/VN?year=2025");
        assertThat(vietnam.status()).as(vietnam.toString()).isEqualTo(200);
        assertThat(vietnam.body().path("dataSource").asText()).contains("Bộ luật Lao động");
        JsonNode nationalDay = day(vietnam, "2025-09-02");
        assertThat(nationalDay).isNotNull();
        assertThat(nationalDay.path("source").asText()).isEqualTo("DATA_FILE");
        assertThat(nationalDay.path("kind").asText()).isEqualTo("PUBLIC_HOLIDAY");

        Api.Response all = api.get("inspector", "/api/v1/calendars");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().findValuesAsText("country"))
                .contains("VN", "JP", "KR", "CN", "LA", "KH", "TH", "DE", "AU", "US", "FR");
        assertThat(api.get(null, "/api/v1/calendars/VN").status()).isEqualTo(401);
    }

    @Test
    void anAdminAddedHolidayIsListedAndChangesWorkingDays() throws Exception {
        LocalDate monday = LocalDate.of(2029, 6, 11);
        assertThat(calendar.addWorkingDays("DE", monday, 1)).isEqualTo(LocalDate.of(2029, 6, 12));

        Api.Response added = api.post("admin", "/api/v1/calendars/DE/holidays", Map.of("date", "2029-06-12",
                "name", "Staatstrauer", "reason", "Erlass des Bundespräsidenten"));

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.body().path("changedBy").asText()).isEqualTo("admin");
        JsonNode listed = day(api.get("reviewer", "/api/v1/calendars/DE?year=2029"), "2029-06-12");
        assertThat(listed).isNotNull();
        assertThat(listed.path("name").asText()).isEqualTo("Staatstrauer");
        assertThat(listed.path("source").asText()).isEqualTo("ADMIN");
        assertThat(listed.path("changedBy").asText()).isEqualTo("admin");
        assertThat(listed.path("reason").asText()).isEqualTo("Erlass des Bundespräsidenten");
        assertThat(calendar.addWorkingDays("DE", monday, 1)).isEqualTo(LocalDate.of(2029, 6, 13));

        Document event = null;
        for (Document candidate : database.getCollection("domainevents")
                .find(eq("aggregateIdentifier", "CALENDAR@DE"))) {
            if (candidate.getString("serializedPayload").contains("2029-06-12")) {
                event = candidate;
            }
        }
        assertThat(event).as("the change is an event of the calendar of DE").isNotNull();
        assertThat(event.getString("payloadType")).endsWith("HolidayAdded");
        JsonNode metadata = json.readTree(event.getString("serializedMetaData"));
        assertThat(metadata.path("actor").asText()).isEqualTo("admin");
        assertThat(metadata.path("reason").asText()).isEqualTo("Erlass des Bundespräsidenten");
    }

    @Test
    void anAdminRemovesADataFileHoliday() {
        LocalDate unityDay = LocalDate.of(2028, 10, 3);
        assertThat(calendar.isHoliday("DE", unityDay)).isTrue();

        Api.Response removed = api.send("admin", "DELETE", "/api/v1/calendars/DE/holidays/2028-10-03",
                Map.of("reason", "Kiểm thử: ngày lễ được dời"));

        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(removed.body().path("removed").asBoolean()).isTrue();
        assertThat(removed.body().path("name").asText()).contains("German Unity");
        Api.Response year = api.get("officer", "/api/v1/calendars/DE?year=2028");
        assertThat(day(year, "2028-10-03")).isNull();
        assertThat(year.body().path("removed").findValuesAsText("date")).contains("2028-10-03");
        assertThat(calendar.isHoliday("DE", unityDay)).isFalse();
        assertThat(calendar.addWorkingDays("DE", LocalDate.of(2028, 10, 2), 1)).isEqualTo(unityDay);
    }

    @Test
    void onlyAdministratorsChangeCalendars() {
        for (String user : new String[] {"officer", "reviewer", "leader", "inspector"}) {
            Api.Response add = api.post(user, "/api/v1/calendars/DE/holidays",
                    Map.of("date", "2029-08-01", "name", "x", "reason", "y"));
            assertThat(add.status()).as(user).isEqualTo(403);
            assertThat(add.code()).isEqualTo("FORBIDDEN");
            Api.Response remove = api.send(user, "DELETE", "/api/v1/calendars/DE/holidays/2028-12-25",
                    Map.of("reason", "y"));
            assertThat(remove.status()).as(user).isEqualTo(403);
        }
        assertThat(calendar.isHoliday("DE", LocalDate.of(2028, 12, 25))).isTrue();
    }

    @Test
    void badChangesAreRefusedWithTheirCode() {
        Api.Response noReason = api.post("admin", "/api/v1/calendars/DE/holidays",
                Map.of("date", "2029-08-01", "name", "x"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().path("errors").get(0).path("field").asText()).isEqualTo("reason");

        Api.Response twice = api.post("admin", "/api/v1/calendars/DE/holidays",
                Map.of("date", "2028-12-25", "name", "Weihnachten", "reason", "y"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("ALREADY_EXISTS");

        Api.Response absent = api.send("admin", "DELETE", "/api/v1/calendars/DE/holidays/2029-07-04",
                Map.of("reason", "y"));
        assertThat(absent.status()).isEqualTo(404);

        assertThat(api.get("admin", "/api/v1/calendars/DEU").status()).isEqualTo(404);
        Api.Response badDate = api.send("admin", "DELETE", "/api/v1/calendars/DE/holidays/2029-02-30",
                Map.of("reason", "y"));
        assertThat(badDate.status()).isEqualTo(400);
    }
}
