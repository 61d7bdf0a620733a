package vn.foreignaffairs.registry.api.aid;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterDonorCommand(@TargetAggregateIdentifier DonorId id, DonorDetails details) {
}
