package vn.foreignaffairs.registry.api.policy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangePolicyValueCommand(@TargetAggregateIdentifier PolicySettingId id, PolicyKey key,
                                       PolicyScope scope, long value, String legalSource, String reason) {
}
