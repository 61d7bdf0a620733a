package vn.foreignaffairs.registry.api.inbound;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

public record InboundDelegationId(@JsonValue String value) {

    @JsonCreator
    public InboundDelegationId {
        Objects.requireNonNull(value, "inbound delegation id");
    }

    public static InboundDelegationId random() {
        return new InboundDelegationId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
