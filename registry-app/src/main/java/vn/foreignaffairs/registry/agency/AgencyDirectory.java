package vn.foreignaffairs.registry.agency;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.agency.AgencyLineageQuery;
import vn.foreignaffairs.registry.api.agency.AgencyStatus;
import vn.foreignaffairs.registry.api.agency.AgencyView;
import vn.foreignaffairs.registry.api.agency.FindAgencyQuery;
import vn.foreignaffairs.registry.api.agency.ListAgenciesQuery;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;

/**
 * Looks agencies up in their read model. Its answers may lag a moment behind the log, so a check
 * made here is a courtesy to the user, not a guarantee; see docs/architecture.md.
 */
@Component
public class AgencyDirectory {

    private final QueryGateway queries;

    public AgencyDirectory(QueryGateway queries) {
        this.queries = queries;
    }

    /**
     * Refuses a code no agency ever had (UNKNOWN_AGENCY, on {@code field}); merged and dissolved
     * agencies are still known, for references to what they did.
     */
    public AgencyView requireRegistered(String code, String field) {
        AgencyView agency = code == null ? null : find(code);
        if (agency == null) {
            throw new RuleViolation(RefusalCode.UNKNOWN_AGENCY, field,
                    code == null ? "Say which agency the record belongs to." : "No agency has the code " + code + ".");
        }
        return agency;
    }

    /**
     * Refuses an unknown code, and an agency that was merged or dissolved (AGENCY_INACTIVE): new
     * records go to the agency that exists now.
     */
    public AgencyView requireActive(String code, String field) {
        AgencyView agency = requireRegistered(code, field);
        if (agency.status() != AgencyStatus.ACTIVE) {
            throw new RuleViolation(RefusalCode.AGENCY_INACTIVE, agency.status() == AgencyStatus.MERGED
                    ? "Agency " + code + " was merged into " + agency.mergedInto() + "; record it under "
                            + agency.mergedInto() + "."
                    : "Agency " + code + " was dissolved.");
        }
        return agency;
    }

    public AgencyView find(String code) {
        return queries.query(new FindAgencyQuery(new AgencyCode(code)), ResponseTypes.optionalInstanceOf(AgencyView.class))
                .join().orElse(null);
    }

    public List<AgencyView> all() {
        return queries.query(new ListAgenciesQuery(), ResponseTypes.multipleInstancesOf(AgencyView.class)).join();
    }

    /** The codes whose records belong to this agency now: its own and those of every agency merged into it. */
    public List<String> lineage(String code) {
        return queries.query(new AgencyLineageQuery(new AgencyCode(code)), ResponseTypes.multipleInstancesOf(String.class))
                .join();
    }
}
