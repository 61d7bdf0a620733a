package vn.foreignaffairs.registry.api.freeze;

import java.util.List;
import vn.foreignaffairs.registry.api.agency.AgencyKind;

/** Whom a freeze covers: named agencies, whole kinds of agency, or both. */
public record FreezeScope(List<String> agencies, List<AgencyKind> agencyKinds) {

    public FreezeScope {
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
        agencyKinds = agencyKinds == null ? List.of() : List.copyOf(agencyKinds);
    }

    public boolean isEmpty() {
        return agencies.isEmpty() && agencyKinds.isEmpty();
    }

    public boolean covers(String agency, AgencyKind kind) {
        return agencies.contains(agency) || (kind != null && agencyKinds.contains(kind));
    }
}
