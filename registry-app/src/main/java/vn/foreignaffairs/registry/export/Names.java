package vn.foreignaffairs.registry.export;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import vn.foreignaffairs.registry.agency.AgencyDirectory;
import vn.foreignaffairs.registry.api.agency.AgencyView;
import vn.foreignaffairs.registry.api.aid.DonorId;
import vn.foreignaffairs.registry.api.aid.DonorView;
import vn.foreignaffairs.registry.api.aid.FindDonorQuery;

/** Agency and donor names, each looked up once per export; a code or id with no record is shown as it is. */
final class Names {

    private final AgencyDirectory agencies;
    private final QueryGateway queries;
    private final Map<String, String> agencyNames = new HashMap<>();
    private final Map<String, String> donorNames = new HashMap<>();

    Names(AgencyDirectory agencies, QueryGateway queries) {
        this.agencies = agencies;
        this.queries = queries;
    }

    String agency(String code) {
        if (code == null) {
            return null;
        }
        return agencyNames.computeIfAbsent(code, c -> Optional.ofNullable(agencies.find(c)).map(AgencyView::name)
                .orElse(c));
    }

    String donor(DonorId id) {
        if (id == null) {
            return null;
        }
        return donorNames.computeIfAbsent(id.value(), value -> queries.query(new FindDonorQuery(id),
                ResponseTypes.optionalInstanceOf(DonorView.class)).join().map(DonorView::name).orElse(value));
    }
}
