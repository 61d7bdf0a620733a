package vn.foreignaffairs.registry.api.inbound;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code expectedVersion} is the version the writer last read, or null to skip the check. */
public record ReviseInboundDelegationDraftCommand(@TargetAggregateIdentifier InboundDelegationId id,
                                                  Long expectedVersion, InboundDelegationDetails details) {
}
