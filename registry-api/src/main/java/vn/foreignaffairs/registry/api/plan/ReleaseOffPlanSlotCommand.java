package vn.foreignaffairs.registry.api.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.foreignaffairs.registry.api.delegation.DelegationId;

/** Gives a slot back (the delegation was cancelled before departure); nothing happens if it holds none. */
public record ReleaseOffPlanSlotCommand(@TargetAggregateIdentifier AnnualPlanId id, DelegationId delegation,
                                        String reason) {
}
