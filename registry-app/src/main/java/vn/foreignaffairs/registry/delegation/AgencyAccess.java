package vn.foreignaffairs.registry.delegation;

import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.Role;
import vn.foreignaffairs.registry.api.common.RuleViolation;

/**
 * Officers act only for their own agency. Checked inside the aggregate, against the agency the
 * record was created for, so no read model lag can let another agency's officer through.
 */
final class AgencyAccess {

    private AgencyAccess() {
    }

    static void requireOwnAgency(AgencyCode recordAgency, String actorRole, String actorAgency) {
        if (Role.OFFICER.name().equals(actorRole) && !recordAgency.value().equals(actorAgency)) {
            throw new RuleViolation(RefusalCode.NOT_OWN_AGENCY,
                    "Officers may act only on their own agency's delegations.");
        }
    }
}
