package vn.foreignaffairs.registry.agency;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.agency.AgencyView;
import vn.foreignaffairs.registry.api.agency.FindAgencyQuery;
import vn.foreignaffairs.registry.api.agency.ListAgenciesQuery;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;

/** Looks agencies up in their read model. */
@Component
public class AgencyDirectory {

    private final QueryGateway queries;

    public AgencyDirectory(QueryGateway queries) {
        this.queries = queries;
    }

    public void requireRegistered(String code, String field) {
        if (code == null || find(code) == null) {
            throw new RuleViolation(RefusalCode.UNKNOWN_AGENCY, field,
                    code == null ? "Say which agency the record belongs to." : "No agency has the code " + code + ".");
        }
    }

    public AgencyView find(String code) {
        return queries.query(new FindAgencyQuery(new AgencyCode(code)), ResponseTypes.optionalInstanceOf(AgencyView.class))
                .join().orElse(null);
    }

    public List<AgencyView> all() {
        return queries.query(new ListAgenciesQuery(), ResponseTypes.multipleInstancesOf(AgencyView.class)).join();
    }
}
