package vn.foreignaffairs.registry.agreement;

import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.Role;
import vn.foreignaffairs.registry.api.common.RuleViolation;

/**
 * Officers act only for the body the agreement is signed in the name of. Checked inside the
 * aggregate, against the signing body the agreement belongs to now, so no read model lag can let
 * another agency's officer through, and after a transfer only the new body's officers act.
 */
final class SigningBodyAccess {

    private SigningBodyAccess() {
    }

    static void requireOwnAgency(AgencyCode signingBody, String actorRole, String actorAgency) {
        if (Role.OFFICER.name().equals(actorRole) && !signingBody.value().equals(actorAgency)) {
            throw new RuleViolation(RefusalCode.NOT_OWN_AGENCY,
                    "Officers may act only on agreements signed in the name of their own agency.");
        }
    }
}
