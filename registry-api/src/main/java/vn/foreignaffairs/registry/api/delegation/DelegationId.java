package vn.foreignaffairs.registry.api.delegation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

public record DelegationId(@JsonValue String value) {

    @JsonCreator
    public DelegationId {
        Objects.requireNonNull(value, "delegation id");
    }

    public static DelegationId random() {
        return new DelegationId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
