package vn.foreignaffairs.registry.api.policy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Where a policy value applies: the whole province ({@link #PROVINCE}) or one agency, whose
 * value then overrides the province's.
 */
public record PolicyScope(@JsonValue String value) {

    public static final PolicyScope PROVINCE = new PolicyScope("PROVINCE");

    @JsonCreator
    public PolicyScope {
        Objects.requireNonNull(value, "policy scope");
    }

    public static PolicyScope agency(String agencyCode) {
        return new PolicyScope("AGENCY:" + agencyCode);
    }

    @Override
    public String toString() {
        return value;
    }
}
