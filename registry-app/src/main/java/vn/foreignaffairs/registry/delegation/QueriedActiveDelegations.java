package vn.foreignaffairs.registry.delegation;

import java.util.List;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.delegation.DelegationView;
import vn.foreignaffairs.registry.api.delegation.ListActiveDelegationsQuery;

/** Active delegations as the {@code delegations} read model holds them. */
@Component
class QueriedActiveDelegations implements ActiveDelegations {

    private final QueryGateway queries;

    QueriedActiveDelegations(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public List<DelegationView> departingIn(int fromYear, int toYear, Set<String> countries) {
        return queries.query(new ListActiveDelegationsQuery(fromYear, toYear, countries),
                ResponseTypes.multipleInstancesOf(DelegationView.class)).join();
    }
}
