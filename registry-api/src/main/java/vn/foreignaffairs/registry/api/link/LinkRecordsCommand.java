package vn.foreignaffairs.registry.api.link;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that {@code from} refers to {@code to} in {@code relation}, with an optional note.
 * {@code linkId} must be {@link LinkId#of} the ends and relation ({@link #of} derives it).
 * {@code fromAgency} is the agency the {@code from} record belongs to, or null for records of no
 * agency (a donor): officers link only from their own agency's records.
 */
public record LinkRecordsCommand(@TargetAggregateIdentifier LinkId linkId, RecordRef from, RecordRef to,
                                 LinkRelation relation, String note, String fromAgency) {

    public static LinkRecordsCommand of(RecordRef from, LinkRelation relation, RecordRef to, String note,
                                        String fromAgency) {
        return new LinkRecordsCommand(LinkId.of(from, relation, to), from, to, relation, note, fromAgency);
    }
}
