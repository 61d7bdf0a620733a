package vn.foreignaffairs.registry.freeze;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.agency.AgencyDirectory;
import vn.foreignaffairs.registry.api.agency.AgencyKind;
import vn.foreignaffairs.registry.api.agency.AgencyView;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.api.freeze.FreezeView;
import vn.foreignaffairs.registry.api.freeze.ListFreezesQuery;

/**
 * The freezes in force, read from their read model. A freeze takes effect from a stated day,
 * declared ahead by an administrator; an approval racing the very declaration of a freeze is the
 * one case this check can miss, which is why freezes carry a start date rather than "now".
 */
@Component
public class FreezeBook {

    private static final ZoneId PROVINCE_TIME = ZoneId.of("Asia/Ho_Chi_Minh");

    private final QueryGateway queries;
    private final AgencyDirectory agencies;

    public FreezeBook(QueryGateway queries, AgencyDirectory agencies) {
        this.queries = queries;
        this.agencies = agencies;
    }

    /** Refuses an approval for the agency today (in the province's time) when a freeze covers it. */
    public void requireNoFreezeToday(String agency) {
        AgencyView view = agencies.find(agency);
        requireNoFreeze(agency, view == null ? null : view.kind(), LocalDate.now(PROVINCE_TIME));
    }

    public List<FreezeView> all() {
        return queries.query(new ListFreezesQuery(), ResponseTypes.multipleInstancesOf(FreezeView.class)).join();
    }

    public void requireNoFreeze(String agency, AgencyKind kind, LocalDate day) {
        all().stream().filter(freeze -> freeze.blocks(agency, kind, day)).findFirst().ifPresent(freeze -> {
            throw new RuleViolation(RefusalCode.APPROVALS_FROZEN, "Approvals for " + agency + " are frozen from "
                    + freeze.from() + (freeze.until() == null ? "" : " until " + freeze.until()) + " by freeze "
                    + freeze.id() + " (" + freeze.legalBasis() + "): " + freeze.reason());
        });
    }
}
