package vn.foreignaffairs.registry.api.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sends a submitted plan back to the agency for revision, saying why. */
public record ReturnAnnualPlanCommand(@TargetAggregateIdentifier AnnualPlanId id, Long expectedVersion,
                                      String reason) {
}
