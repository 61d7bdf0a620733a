package vn.foreignaffairs.registry.projections.aid;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.aid.DonorPage;
import vn.foreignaffairs.registry.api.aid.DonorView;
import vn.foreignaffairs.registry.api.aid.FindDonorQuery;
import vn.foreignaffairs.registry.api.aid.ListDonorsQuery;

/** Answers donor queries from the read model only. */
@Component
public class DonorQueries {

    private final DonorReadModel readModel;

    public DonorQueries(DonorReadModel readModel) {
        this.readModel = readModel;
    }

    @QueryHandler
    public DonorView find(FindDonorQuery query) {
        return readModel.find(query.id().value()).orElse(null);
    }

    @QueryHandler
    public DonorPage list(ListDonorsQuery query) {
        List<Bson> filters = new ArrayList<>();
        if (query.countryCode() != null) {
            filters.add(eq("countryCode", query.countryCode()));
        }
        if (query.kind() != null) {
            filters.add(eq("kind", query.kind()));
        }
        Bson filter = filters.isEmpty() ? Filters.empty() : and(filters);
        return new DonorPage(readModel.find(filter, query.page() * query.size(), query.size()), query.page(),
                query.size(), readModel.count(filter));
    }
}
