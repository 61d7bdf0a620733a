package vn.foreignaffairs.registry.api.policy;

import java.time.Instant;

/**
 * A policy value in force, with where it comes from. {@code version} counts the changes made to
 * it (0 and no {@code changedAt} for a legal default nobody changed).
 */
public record PolicyValueView(PolicyKey key, String scope, long value, PolicyKey.Unit unit, String legalSource,
                              String description, long defaultValue, long version, String changedBy,
                              Instant changedAt, String reason) {

    public static PolicyValueView defaultOf(PolicyKey key) {
        return new PolicyValueView(key, PolicyScope.PROVINCE.value(), key.defaultValue(), key.unit(),
                key.defaultLegalSource(), key.description(), key.defaultValue(), 0, null, null, null);
    }
}
