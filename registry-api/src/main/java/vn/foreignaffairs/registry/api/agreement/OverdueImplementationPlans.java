package vn.foreignaffairs.registry.api.agreement;

import java.util.List;

public record OverdueImplementationPlans(List<OverdueImplementationPlan> items) {
}
