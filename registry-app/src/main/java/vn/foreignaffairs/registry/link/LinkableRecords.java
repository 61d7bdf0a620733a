package vn.foreignaffairs.registry.link;

import java.util.Optional;
import vn.foreignaffairs.registry.api.link.RecordType;
import vn.foreignaffairs.registry.security.Actor;

/**
 * How links reach one kind of record. A record kind becomes linkable by declaring one Spring
 * bean implementing this interface (one bean per {@link RecordType}); until it has one, links to
 * that kind are refused as not found and its links are not listed.
 */
public interface LinkableRecords {

    /** The kind of record this bean finds. */
    RecordType type();

    /**
     * The record as {@code viewer} may see it, read from its read model; empty when there is no
     * such record or the viewer may not see it (officers do not see other agencies' drafts).
     * {@code id} has already been checked to look like a record id ({@code [A-Za-z0-9-]{1,64}}).
     */
    Optional<LinkedRecord> find(String id, Actor viewer);
}
