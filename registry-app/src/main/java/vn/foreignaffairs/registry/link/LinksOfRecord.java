package vn.foreignaffairs.registry.link;

import java.util.List;

/**
 * What a record's page lists: the records it refers to (it is the link's {@code from}) and the
 * records that refer to it (it is the link's {@code to}).
 */
public record LinksOfRecord(LinkedRecord record, List<LinkOfRecord> refersTo, List<LinkOfRecord> referredBy) {
}
