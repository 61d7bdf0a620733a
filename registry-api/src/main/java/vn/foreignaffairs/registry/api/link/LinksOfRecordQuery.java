package vn.foreignaffairs.registry.api.link;

/**
 * Answered with a list of the {@link LinkView}s in force where {@code record} is either end: what
 * it refers to ({@code from} is the record) and what refers to it ({@code to} is the record),
 * oldest first.
 */
public record LinksOfRecordQuery(RecordRef record) {
}
