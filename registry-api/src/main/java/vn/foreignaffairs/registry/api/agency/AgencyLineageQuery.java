package vn.foreignaffairs.registry.api.agency;

/**
 * Answered with the codes whose records belong to this agency now, as a list of strings: the
 * code itself first, then every agency merged into it, directly or through agencies merged into
 * those (sáp nhập nhiều lần), by code. A code no agency has answers just itself.
 */
public record AgencyLineageQuery(AgencyCode code) {
}
