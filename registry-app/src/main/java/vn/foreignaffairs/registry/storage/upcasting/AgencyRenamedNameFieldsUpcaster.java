package vn.foreignaffairs.registry.storage.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import vn.foreignaffairs.registry.api.agency.AgencyRenamed;

/**
 * {@link AgencyRenamed} revision 1 → 2: the fields {@code newName} and {@code newNameEn} are
 * renamed {@code name} and {@code nameEn}. Stored events are never rewritten; each old one is
 * read in the new shape, by the aggregate, the projections and the audit alike.
 */
public class AgencyRenamedNameFieldsUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(AgencyRenamed.class.getName(), "1");
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(AgencyRenamed.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode upcast = payload.deepCopy();
            rename(upcast, "newName", "name");
            rename(upcast, "newNameEn", "nameEn");
            return upcast;
        });
    }

    private static void rename(ObjectNode node, String from, String to) {
        JsonNode value = node.remove(from);
        if (value != null && !node.has(to)) {
            node.set(to, value);
        }
    }
}
