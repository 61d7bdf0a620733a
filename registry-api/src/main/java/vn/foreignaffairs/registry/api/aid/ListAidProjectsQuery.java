package vn.foreignaffairs.registry.api.aid;

import java.util.List;

/**
 * Answered with an {@link AidProjectPage}, newest first. Null filters match everything;
 * {@code receivingAgencies} is an agency's lineage (its code and those merged into it),
 * {@code year} as in {@link AidProjectView#year()}.
 */
public record ListAidProjectsQuery(List<String> receivingAgencies, String donorId, AidSector sector, String district,
                                   AidStatus status, AidKind kind, Integer year, int page, int size) {
}
