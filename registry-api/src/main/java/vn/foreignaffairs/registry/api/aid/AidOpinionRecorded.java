package vn.foreignaffairs.registry.api.aid;

import vn.foreignaffairs.registry.api.delegation.Opinion;

public record AidOpinionRecorded(AidProjectId id, String agency, Opinion opinion, String note)
        implements AidProjectEvent {
}
