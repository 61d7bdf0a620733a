package vn.foreignaffairs.registry.api.aid;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

public record AidProjectId(@JsonValue String value) {

    @JsonCreator
    public AidProjectId {
        Objects.requireNonNull(value, "aid project id");
    }

    public static AidProjectId random() {
        return new AidProjectId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
