package vn.foreignaffairs.registry.calendar;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.calendar.HolidayChangeView;
import vn.foreignaffairs.registry.api.calendar.ListHolidayChangesQuery;

/** Administrators' calendar changes as the {@code holidaychanges} read model holds them. */
@Component
class QueriedHolidayChanges implements HolidayChanges {

    private final QueryGateway queries;

    QueriedHolidayChanges(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public List<HolidayChangeView> of(String country) {
        return queries.query(new ListHolidayChangesQuery(country),
                ResponseTypes.multipleInstancesOf(HolidayChangeView.class)).join();
    }
}
