package vn.foreignaffairs.registry.api.inbound;

/** Answered with an {@link InboundDelegationView}, or null when the read model has no such delegation. */
public record FindInboundDelegationQuery(InboundDelegationId id) {
}
