package vn.foreignaffairs.registry.api.agreement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A signing body's annual implementation plan for its international agreements, for one year,
 * e.g. {@code implementation-plan:SNGV:2027} (Law 70/2020 art. 42). The prefix keeps it apart
 * from the agency's annual plan of the same year ({@code SNGV:2027}): the event store knows a
 * record by its identifier alone, so two kinds of record may never share one.
 */
public record ImplementationPlanId(@JsonValue String value) {

    @JsonCreator
    public ImplementationPlanId {
        Objects.requireNonNull(value, "implementation plan id");
    }

    public static ImplementationPlanId of(String signingBody, int year) {
        return new ImplementationPlanId("implementation-plan:" + signingBody + ":" + year);
    }

    @Override
    public String toString() {
        return value;
    }
}
