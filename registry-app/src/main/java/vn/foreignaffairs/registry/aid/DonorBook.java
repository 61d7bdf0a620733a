package vn.foreignaffairs.registry.aid;

import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.aid.DonorId;
import vn.foreignaffairs.registry.api.aid.DonorPermit;
import vn.foreignaffairs.registry.api.aid.DonorView;
import vn.foreignaffairs.registry.api.aid.FindDonorQuery;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;

/**
 * Looks donors up in their read model, for what aid's own aggregate cannot see. Its answers may
 * lag a moment behind the log, so a check made here is a courtesy, not a guarantee.
 */
@Component
class DonorBook {

    private final QueryGateway queries;

    DonorBook(QueryGateway queries) {
        this.queries = queries;
    }

    Optional<DonorView> find(DonorId id) {
        return queries.query(new FindDonorQuery(id), ResponseTypes.optionalInstanceOf(DonorView.class)).join();
    }

    /**
     * The donor that gives the aid: registered (UNKNOWN_DONOR otherwise) and, when it has a
     * registration or permit in Vietnam, one valid on the day the file was complete
     * (DONOR_PERMIT_EXPIRED otherwise).
     */
    DonorView requireAbleToGive(String donorId, LocalDate fileCompletedOn) {
        DonorView donor = (AidIds.plausible(donorId) ? find(new DonorId(donorId)) : Optional.<DonorView>empty())
                .orElseThrow(() -> new RuleViolation(RefusalCode.UNKNOWN_DONOR, "donorId",
                        "No donor is registered with the id " + donorId + "."));
        DonorPermit permit = donor.permit();
        if (permit != null && !permit.validOn(fileCompletedOn)) {
            throw new RuleViolation(RefusalCode.DONOR_PERMIT_EXPIRED, donor.name() + "'s " + permit.kind()
                    + " " + permit.number() + " is valid from " + permit.issuedOn() + " to " + permit.validUntil()
                    + ", not on " + fileCompletedOn + " when the file was complete; record its renewal first.");
        }
        return donor;
    }
}
