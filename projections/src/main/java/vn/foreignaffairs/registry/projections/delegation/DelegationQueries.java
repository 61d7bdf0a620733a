package vn.foreignaffairs.registry.projections.delegation;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.delegation.DelegationPage;
import vn.foreignaffairs.registry.api.delegation.DelegationStatus;
import vn.foreignaffairs.registry.api.delegation.DelegationView;
import vn.foreignaffairs.registry.api.delegation.FindDelegationQuery;
import vn.foreignaffairs.registry.api.delegation.ListDelegationsQuery;

/** Answers delegation queries from the read model only. */
@Component
public class DelegationQueries {

    private final DelegationReadModel readModel;

    public DelegationQueries(DelegationReadModel readModel) {
        this.readModel = readModel;
    }

    @QueryHandler
    public DelegationView find(FindDelegationQuery query) {
        return readModel.find(query.id().value()).orElse(null);
    }

    @QueryHandler
    public DelegationPage list(ListDelegationsQuery query) {
        List<Bson> filters = new ArrayList<>();
        if (query.agencies() != null) {
            filters.add(in("agency", query.agencies()));
        }
        if (query.year() != null) {
            filters.add(eq("year", query.year()));
        }
        if (query.status() != null) {
            filters.add(eq("status", query.status()));
        }
        if (query.draftsOnlyOfAgency() != null) {
            filters.add(or(ne("status", DelegationStatus.DRAFT), eq("agency", query.draftsOnlyOfAgency())));
        }
        Bson filter = filters.isEmpty() ? Filters.empty() : and(filters);
        List<DelegationView> items = readModel.find(filter, query.page() * query.size(), query.size());
        return new DelegationPage(items, query.page(), query.size(), readModel.count(filter));
    }
}
