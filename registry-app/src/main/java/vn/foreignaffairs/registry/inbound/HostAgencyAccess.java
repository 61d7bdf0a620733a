package vn.foreignaffairs.registry.inbound;

import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.Role;
import vn.foreignaffairs.registry.api.common.RuleViolation;

/**
 * Officers act only for the agency that hosts the delegation. Checked inside the aggregate,
 * against the host agency the record was created for, so no read model lag can let another
 * agency's officer through.
 */
final class HostAgencyAccess {

    private HostAgencyAccess() {
    }

    static void requireOwnAgency(AgencyCode hostAgency, String actorRole, String actorAgency) {
        if (Role.OFFICER.name().equals(actorRole) && !hostAgency.value().equals(actorAgency)) {
            throw new RuleViolation(RefusalCode.NOT_OWN_AGENCY,
                    "Officers may act only on inbound delegations their own agency hosts.");
        }
    }
}
