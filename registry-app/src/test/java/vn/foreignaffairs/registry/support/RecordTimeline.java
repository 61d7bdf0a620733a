package vn.foreignaffairs.registry.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.awaitility.Awaitility;

/**
 * Instants of a record's life for {@code ?asOf=} checks, read from the event store through the
 * record's history (never from the clock of the test): the time of its latest event, and the
 * instant just before its first. After naming the latest event's time it waits until the clock
 * has moved past it, so that the next step's events are stored strictly later.
 */
public final class RecordTimeline {

    private final Api api;

    public RecordTimeline(Api api) {
        this.api = api;
    }

    /** The time of the record's latest event: an as-of at it shows the record after the step just done. */
    public Instant latest(String type, String id) {
        JsonNode events = history(type, id);
        Instant at = Instant.parse(events.get(events.size() - 1).path("at").asText());
        Awaitility.await("the clock moves past " + at).atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(1))
                .until(() -> Instant.now().truncatedTo(ChronoUnit.MILLIS).isAfter(at));
        return at;
    }

    /** The instant just before the record's first event: an as-of at it finds no record. */
    public Instant beforeCreation(String type, String id) {
        return Instant.parse(history(type, id).get(0).path("at").asText()).minusMillis(1);
    }

    private JsonNode history(String type, String id) {
        Api.Response history = api.get("inspector", "/api/v1/audit/records/" + type + "/" + id + "/history");
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        return history.body().path("events");
    }
}
