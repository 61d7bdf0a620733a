package vn.foreignaffairs.registry.api.aid;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

public record DonorId(@JsonValue String value) {

    @JsonCreator
    public DonorId {
        Objects.requireNonNull(value, "donor id");
    }

    public static DonorId random() {
        return new DonorId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
