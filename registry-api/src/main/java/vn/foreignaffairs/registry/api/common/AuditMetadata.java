package vn.foreignaffairs.registry.api.common;

import java.util.List;

/**
 * Keys of the metadata every command carries and every event inherits: who acted, in which
 * role, for which agency, why, and which request and conversation it belonged to.
 */
public final class AuditMetadata {
    public static final String ACTOR = "actor";
    public static final String ROLE = "role";
    public static final String AGENCY = "agency";
    public static final String REASON = "reason";
    public static final String REQUEST_ID = "requestId";
    public static final String CORRELATION_ID = "correlationId";

    public static final List<String> ALL = List.of(ACTOR, ROLE, AGENCY, REASON, REQUEST_ID, CORRELATION_ID);

    private AuditMetadata() {
    }
}
