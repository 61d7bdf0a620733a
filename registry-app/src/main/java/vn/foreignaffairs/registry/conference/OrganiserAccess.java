package vn.foreignaffairs.registry.conference;

import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.Role;
import vn.foreignaffairs.registry.api.common.RuleViolation;

/**
 * Officers act only for the agency that organises the conference. Checked inside the aggregate,
 * against the organiser the record was created for, so no read model lag can let another
 * agency's officer through.
 */
final class OrganiserAccess {

    private OrganiserAccess() {
    }

    static void requireOwnAgency(AgencyCode organiser, String actorRole, String actorAgency) {
        if (Role.OFFICER.name().equals(actorRole) && !organiser.value().equals(actorAgency)) {
            throw new RuleViolation(RefusalCode.NOT_OWN_AGENCY,
                    "Officers may act only on conferences their own agency organises.");
        }
    }
}
