package vn.foreignaffairs.registry.plan;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.api.plan.AnnualPlanId;
import vn.foreignaffairs.registry.api.plan.AnnualPlanView;
import vn.foreignaffairs.registry.api.plan.Direction;
import vn.foreignaffairs.registry.api.plan.FindAnnualPlanQuery;
import vn.foreignaffairs.registry.api.plan.PlanStatus;

/** Looks up annual plans in their read model. */
@Component
public class PlanBook {

    private final QueryGateway queries;

    public PlanBook(QueryGateway queries) {
        this.queries = queries;
    }

    public Optional<AnnualPlanView> find(String agency, int year) {
        return queries.query(new FindAnnualPlanQuery(AnnualPlanId.of(agency, year)),
                ResponseTypes.optionalInstanceOf(AnnualPlanView.class)).join();
    }

    /**
     * A delegation realises an item of its agency's approved plan for the year it departs.
     * Checked against the read model: plans change by approved decisions, rarely and slowly.
     */
    public void requirePlannedOutboundItem(String agency, int year, String itemId) {
        boolean planned = find(agency, year)
                .filter(plan -> plan.status() == PlanStatus.APPROVED)
                .stream().flatMap(plan -> plan.items().stream())
                .anyMatch(item -> item.itemId().equals(itemId) && item.direction() == Direction.OUTBOUND);
        if (!planned) {
            throw new RuleViolation(RefusalCode.PLANNED_ITEM_NOT_FOUND, "plannedItemId", "The approved " + year
                    + " plan of " + agency + " has no outbound item " + itemId + ". Leave it out for an off-plan delegation.");
        }
    }
}
