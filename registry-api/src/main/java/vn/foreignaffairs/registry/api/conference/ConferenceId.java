package vn.foreignaffairs.registry.api.conference;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

public record ConferenceId(@JsonValue String value) {

    @JsonCreator
    public ConferenceId {
        Objects.requireNonNull(value, "conference id");
    }

    public static ConferenceId random() {
        return new ConferenceId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
