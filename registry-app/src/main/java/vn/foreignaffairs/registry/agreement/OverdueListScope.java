package vn.foreignaffairs.registry.agreement;

import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.agency.AgencyDirectory;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.security.Actor;
import vn.foreignaffairs.registry.security.CurrentActor;

/** The agency whose overdue list is asked for: an officer's own; for others the one named, or all. */
@Component
class OverdueListScope {

    private final CurrentActor currentActor;
    private final AgencyDirectory agencies;

    OverdueListScope(CurrentActor currentActor, AgencyDirectory agencies) {
        this.currentActor = currentActor;
        this.agencies = agencies;
    }

    String of(String agency, String field) {
        Actor actor = currentActor.get();
        if (actor.isOfficer()) {
            if (agency != null && !agency.equals(actor.agency())) {
                throw new RuleViolation(RefusalCode.NOT_OWN_AGENCY,
                        "Officers see the overdue lists of their own agency only.");
            }
            return actor.agency();
        }
        if (agency != null) {
            agencies.requireRegistered(agency, field);
        }
        return agency;
    }
}
