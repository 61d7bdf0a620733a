package vn.foreignaffairs.registry.api.delegation;

import java.util.List;

/**
 * Answered with a {@link DelegationPage}. Null filters match everything. {@code agencies} are
 * the codes the delegations were created under: an agency and those merged into it (its
 * lineage). {@code draftsOnlyOfAgency}, when set, hides every other agency's drafts (officers
 * see only their own agency's drafts).
 */
public record ListDelegationsQuery(List<String> agencies, Integer year, DelegationStatus status,
                                   String draftsOnlyOfAgency, int page, int size) {
}
