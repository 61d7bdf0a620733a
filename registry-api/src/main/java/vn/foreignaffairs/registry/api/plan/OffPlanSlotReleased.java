package vn.foreignaffairs.registry.api.plan;

import vn.foreignaffairs.registry.api.delegation.DelegationId;

public record OffPlanSlotReleased(AnnualPlanId id, DelegationId delegation, String reason) implements AnnualPlanEvent {
}
