package vn.foreignaffairs.registry.aid;

import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.Role;
import vn.foreignaffairs.registry.api.common.RuleViolation;

/**
 * Officers act only on aid their own agency receives. Checked inside the aggregate, against the
 * receiving agency the aid was proposed for, so no read model lag can let another agency's
 * officer through.
 */
final class ReceivingAgencyAccess {

    private ReceivingAgencyAccess() {
    }

    static void requireOwnAgency(AgencyCode receivingAgency, String actorRole, String actorAgency) {
        if (Role.OFFICER.name().equals(actorRole) && !receivingAgency.value().equals(actorAgency)) {
            throw new RuleViolation(RefusalCode.NOT_OWN_AGENCY,
                    "Officers may act only on aid their own agency receives.");
        }
    }
}
