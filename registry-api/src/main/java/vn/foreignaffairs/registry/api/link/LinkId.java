package vn.foreignaffairs.registry.api.link;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/**
 * A link's id, derived from what it joins: the same two records in the same relation always
 * give the same id, so one link is one aggregate and cannot be recorded twice. For a symmetric
 * relation the order of the ends does not matter.
 */
public record LinkId(@JsonValue String value) {

    private static final Comparator<RecordRef> END_ORDER =
            Comparator.comparing(RecordRef::type).thenComparing(RecordRef::id);

    @JsonCreator
    public LinkId {
        Objects.requireNonNull(value, "link id");
    }

    public static LinkId of(RecordRef from, LinkRelation relation, RecordRef to) {
        RecordRef first = from;
        RecordRef second = to;
        if (relation.symmetric() && END_ORDER.compare(from, to) > 0) {
            first = to;
            second = from;
        }
        String name = "link:" + first + "|" + relation.name() + "|" + second;
        return new LinkId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
