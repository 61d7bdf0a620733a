package vn.foreignaffairs.registry.api.aid;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Leadership revokes approved aid that did not start within the configured period, by a decision and with a reason. */
public record RevokeAidCommand(@TargetAggregateIdentifier AidProjectId id, Long expectedVersion,
                               AidDecision decision, String reason) {
}
