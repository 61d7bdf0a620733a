package vn.foreignaffairs.registry.projections.inbound;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.inbound.FindInboundDelegationQuery;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationPage;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationStatus;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationView;
import vn.foreignaffairs.registry.api.inbound.ListInboundDelegationsQuery;

/** Answers inbound delegation queries from the read model only. */
@Component
public class InboundDelegationQueries {

    private final InboundDelegationReadModel readModel;

    public InboundDelegationQueries(InboundDelegationReadModel readModel) {
        this.readModel = readModel;
    }

    @QueryHandler
    public InboundDelegationView find(FindInboundDelegationQuery query) {
        return readModel.find(query.id().value()).orElse(null);
    }

    @QueryHandler
    public InboundDelegationPage list(ListInboundDelegationsQuery query) {
        List<Bson> filters = new ArrayList<>();
        if (query.hostAgency() != null) {
            filters.add(eq("hostAgency", query.hostAgency()));
        }
        if (query.year() != null) {
            filters.add(eq("year", query.year()));
        }
        if (query.status() != null) {
            filters.add(eq("status", query.status()));
        }
        if (query.purpose() != null) {
            filters.add(eq("details.purpose", query.purpose()));
        }
        if (query.countryCode() != null) {
            filters.add(eq("details.foreignParty.countryCode", query.countryCode()));
        }
        if (query.draftsOnlyOfAgency() != null) {
            filters.add(or(ne("status", InboundDelegationStatus.DRAFT), eq("hostAgency", query.draftsOnlyOfAgency())));
        }
        Bson filter = filters.isEmpty() ? Filters.empty() : and(filters);
        List<InboundDelegationView> items = readModel.find(filter, query.page() * query.size(), query.size());
        return new InboundDelegationPage(items, query.page(), query.size(), readModel.count(filter));
    }
}
