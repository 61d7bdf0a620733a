package vn.foreignaffairs.registry.api.link;

/**
 * {@code from} refers to {@code to} in {@code relation}. Recorded again if a removed link is made
 * once more. {@code fromAgency} is the agency the {@code from} record belonged to when linked.
 */
public record RecordsLinked(LinkId id, RecordRef from, RecordRef to, LinkRelation relation, String note,
                            String fromAgency) implements LinkEvent {
}
