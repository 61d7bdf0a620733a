package vn.foreignaffairs.registry.api.inbound;

/**
 * Answered with an {@link InboundDelegationPage}. Null filters match everything; {@code year} is
 * the year of the planned arrival, {@code countryCode} the foreign party's country.
 * {@code draftsOnlyOfAgency}, when set, hides every other agency's drafts (officers see only
 * their own agency's drafts).
 */
public record ListInboundDelegationsQuery(String hostAgency, Integer year, InboundDelegationStatus status,
                                          InboundPurpose purpose, String countryCode, String draftsOnlyOfAgency,
                                          int page, int size) {
}
