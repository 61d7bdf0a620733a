package vn.foreignaffairs.registry.api.aid;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A new or renewed registration or permit of the donor; it replaces the one in force. */
public record RecordDonorPermitCommand(@TargetAggregateIdentifier DonorId id, Long expectedVersion,
                                       DonorPermit permit) {
}
