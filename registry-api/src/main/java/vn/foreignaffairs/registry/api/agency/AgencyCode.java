package vn.foreignaffairs.registry.api.agency;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** Short code of an agency (cơ quan, đơn vị), e.g. SKHDT, stable across renames. */
public record AgencyCode(@JsonValue String value) {

    @JsonCreator
    public AgencyCode {
        Objects.requireNonNull(value, "agency code");
    }

    @Override
    public String toString() {
        return value;
    }
}
