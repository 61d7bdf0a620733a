package vn.foreignaffairs.registry.api.agreement;

import java.util.List;

public record ImplementationPlanDuties(List<ImplementationPlanDuty> items) {
}
