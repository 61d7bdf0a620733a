package vn.foreignaffairs.registry.plan;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.foreignaffairs.registry.agency.AgencyDirectory;
import vn.foreignaffairs.registry.api.plan.AnnualPlanView;
import vn.foreignaffairs.registry.api.policy.PolicyKey;
import vn.foreignaffairs.registry.policy.Policies;
import vn.foreignaffairs.registry.web.RecordNotFound;

/** The off-plan quota of an agency for a year: how many slots, how many used, by which delegations. */
@RestController
@RequestMapping("/api/v1/quotas")
public class QuotaController {

    public record QuotaView(String agency, int year, long limit, int used, long remaining,
                            List<String> delegations, String legalSource) {
    }

    private final PlanBook plans;
    private final Policies policies;
    private final AgencyDirectory agencies;

    public QuotaController(PlanBook plans, Policies policies, AgencyDirectory agencies) {
        this.plans = plans;
        this.policies = policies;
        this.agencies = agencies;
    }

    @GetMapping("/{agency}/{year}")
    @PreAuthorize("isAuthenticated()")
    public QuotaView get(@PathVariable String agency, @PathVariable int year) {
        PlanIds.of(agency, year);
        if (agencies.find(agency) == null) {
            throw new RecordNotFound();
        }
        long limit = policies.value(PolicyKey.OFF_PLAN_QUOTA_PER_AGENCY_YEAR, agency);
        List<String> holders = plans.find(agency, year).map(AnnualPlanView::offPlanSlots).orElse(List.of())
                .stream().map(AnnualPlanView.SlotUse::delegationId).toList();
        return new QuotaView(agency, year, limit, holders.size(), Math.max(0, limit - holders.size()), holders,
                policies.legalSource(PolicyKey.OFF_PLAN_QUOTA_PER_AGENCY_YEAR, agency));
    }
}
