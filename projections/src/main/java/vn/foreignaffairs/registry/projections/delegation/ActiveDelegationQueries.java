package vn.foreignaffairs.registry.projections.delegation;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.nin;

import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.delegation.DelegationStatus;
import vn.foreignaffairs.registry.api.delegation.DelegationView;
import vn.foreignaffairs.registry.api.delegation.ListActiveDelegationsQuery;

/** The delegations a new trip could be merged with, for the warnings shown to reviewers. */
@Component
public class ActiveDelegationQueries {

    /** A province sends a few hundred delegations a year; this bounds a runaway read, not a real one. */
    private static final int MAX_DELEGATIONS = 10_000;

    private final DelegationReadModel readModel;

    public ActiveDelegationQueries(DelegationReadModel readModel) {
        this.readModel = readModel;
    }

    @QueryHandler
    public List<DelegationView> list(ListActiveDelegationsQuery query) {
        return readModel.find(and(in("details.destinations.countryCode", query.countries()),
                        gte("year", query.fromYear()), lte("year", query.toYear()),
                        nin("status", DelegationStatus.CANCELLED, DelegationStatus.REJECTED)),
                0, MAX_DELEGATIONS);
    }
}
