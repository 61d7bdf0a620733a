package vn.foreignaffairs.registry.api.delegation;

/**
 * Answered with a {@link DelegationPage}. Null filters match everything. {@code draftsOnlyOfAgency},
 * when set, hides every other agency's drafts (officers see only their own agency's drafts).
 */
public record ListDelegationsQuery(String agency, Integer year, DelegationStatus status,
                                   String draftsOnlyOfAgency, int page, int size) {
}
