package vn.foreignaffairs.registry.api.conference;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The competent authority permits the conference. {@code overrideReason} is needed when the
 * application came later than its lead time, or when a consulted body disagreed: the permit
 * then says why it is given all the same.
 */
public record PermitConferenceCommand(@TargetAggregateIdentifier ConferenceId id, Long expectedVersion,
                                      PermitDecision decision, String overrideReason) {
}
