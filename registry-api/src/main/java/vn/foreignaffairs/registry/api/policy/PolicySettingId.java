package vn.foreignaffairs.registry.api.policy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** One policy value in one scope, e.g. {@code OFF_PLAN_QUOTA_PER_AGENCY_YEAR@PROVINCE}. */
public record PolicySettingId(@JsonValue String value) {

    @JsonCreator
    public PolicySettingId {
    }

    public static PolicySettingId of(PolicyKey key, PolicyScope scope) {
        return new PolicySettingId(key.name() + "@" + scope.value());
    }

    @Override
    public String toString() {
        return value;
    }
}
