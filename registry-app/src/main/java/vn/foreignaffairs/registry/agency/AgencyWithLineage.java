package vn.foreignaffairs.registry.agency;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import vn.foreignaffairs.registry.api.agency.AgencyView;

/**
 * One agency as {@code GET /api/v1/agencies/{code}} shows it: the read model's fields, plus
 * {@code lineage}, the codes whose records belong to it now (its own first, then every agency
 * merged into it).
 */
public record AgencyWithLineage(@JsonUnwrapped AgencyView agency, List<String> lineage) {
}
