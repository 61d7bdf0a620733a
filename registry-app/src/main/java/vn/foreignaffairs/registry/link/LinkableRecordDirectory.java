package vn.foreignaffairs.registry.link;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.api.link.RecordRef;
import vn.foreignaffairs.registry.api.link.RecordType;
import vn.foreignaffairs.registry.security.Actor;
import vn.foreignaffairs.registry.web.RecordIds;

/** Every {@link LinkableRecords} bean, by the kind of record it finds. */
@Component
public class LinkableRecordDirectory {

    private final Map<RecordType, LinkableRecords> byType = new EnumMap<>(RecordType.class);

    public LinkableRecordDirectory(List<LinkableRecords> linkables) {
        for (LinkableRecords linkable : linkables) {
            LinkableRecords previous = byType.put(linkable.type(), linkable);
            if (previous != null) {
                throw new IllegalStateException("Two beans find records of type " + linkable.type() + ": "
                        + previous.getClass().getName() + " and " + linkable.getClass().getName());
            }
        }
    }

    /** The record as {@code viewer} may see it; empty too when its kind is not linkable yet. */
    public Optional<LinkedRecord> find(RecordRef record, Actor viewer) {
        LinkableRecords linkable = byType.get(record.type());
        if (linkable == null || !RecordIds.looksLikeId(record.id())) {
            return Optional.empty();
        }
        return linkable.find(record.id(), viewer);
    }

    /** Like {@link #find}, refusing with {@code LINKED_RECORD_NOT_FOUND} on {@code field} when it is empty. */
    public LinkedRecord require(RecordRef record, Actor viewer, String field) {
        return find(record, viewer).orElseThrow(() -> new RuleViolation(RefusalCode.LINKED_RECORD_NOT_FOUND, field,
                "There is no " + record.type() + " " + record.id() + " you can link."));
    }
}
