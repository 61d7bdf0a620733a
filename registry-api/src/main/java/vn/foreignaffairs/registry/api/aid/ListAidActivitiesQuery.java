package vn.foreignaffairs.registry.api.aid;

/**
 * Answered with the {@link AidProjectView}s to publish for {@code year}: aid approved (and not
 * refused), whose planned period overlaps the year or that has a decision or a transaction in it.
 */
public record ListAidActivitiesQuery(int year) {
}
