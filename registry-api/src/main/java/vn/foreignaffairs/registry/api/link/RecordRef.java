package vn.foreignaffairs.registry.api.link;

import java.util.Objects;

/** One record of the registry, named by its kind and its id: one end of a link. */
public record RecordRef(RecordType type, String id) {

    public RecordRef {
        Objects.requireNonNull(type, "record type");
        Objects.requireNonNull(id, "record id");
    }

    @Override
    public String toString() {
        return type + ":" + id;
    }
}
