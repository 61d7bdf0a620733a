package vn.foreignaffairs.registry.api.plan;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Bổ sung, điều chỉnh: adds and withdraws items of an approved plan, "only when truly necessary". */
public record ProposePlanAmendmentCommand(@TargetAggregateIdentifier AnnualPlanId id, Long expectedVersion,
                                          String amendmentId, List<PlannedItem> addedItems,
                                          List<String> withdrawnItemIds, String reason) {
}
