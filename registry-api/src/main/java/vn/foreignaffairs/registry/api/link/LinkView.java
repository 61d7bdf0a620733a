package vn.foreignaffairs.registry.api.link;

import java.time.Instant;

/**
 * A link as the read model holds it. {@code version} counts the events recorded for it (1 once
 * linked, 2 once removed, 3 if linked again). Titles of the ends are not kept here: they change
 * with the records and depend on who looks, so the registry-app resolves them per viewer.
 */
public record LinkView(
        String id,
        RecordRef from,
        RecordRef to,
        LinkRelation relation,
        String note,
        String fromAgency,
        LinkStatus status,
        long version,
        String linkedBy,
        Instant linkedAt,
        String unlinkedBy,
        Instant unlinkedAt,
        String unlinkReason) {

    /** The end that is not {@code record}. */
    public RecordRef otherEnd(RecordRef record) {
        return from.equals(record) ? to : from;
    }
}
