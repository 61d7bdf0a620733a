package vn.foreignaffairs.registry.api.agreement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A signing body's annual implementation plan for its international agreements, for one year,
 * e.g. {@code SNGV:2027} (Law 70/2020 art. 42).
 */
public record ImplementationPlanId(@JsonValue String value) {

    @JsonCreator
    public ImplementationPlanId {
        Objects.requireNonNull(value, "implementation plan id");
    }

    public static ImplementationPlanId of(String signingBody, int year) {
        return new ImplementationPlanId(signingBody + ":" + year);
    }

    @Override
    public String toString() {
        return value;
    }
}
