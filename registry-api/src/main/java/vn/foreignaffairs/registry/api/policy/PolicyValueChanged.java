package vn.foreignaffairs.registry.api.policy;

/** An administrator set a policy value; {@code previous} is what applied before (the default at first). */
public record PolicyValueChanged(PolicySettingId id, PolicyKey key, PolicyScope scope, long previous, long value,
                                 String legalSource, String reason) {
}
