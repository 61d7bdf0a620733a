package vn.foreignaffairs.registry.api.freeze;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

public record FreezeId(@JsonValue String value) {

    @JsonCreator
    public FreezeId {
        Objects.requireNonNull(value, "freeze id");
    }

    public static FreezeId random() {
        return new FreezeId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
