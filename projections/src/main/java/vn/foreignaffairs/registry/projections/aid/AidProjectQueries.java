package vn.foreignaffairs.registry.projections.aid;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.model.Filters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.aid.AidProjectPage;
import vn.foreignaffairs.registry.api.aid.AidProjectView;
import vn.foreignaffairs.registry.api.aid.AidStatus;
import vn.foreignaffairs.registry.api.aid.AidTotals;
import vn.foreignaffairs.registry.api.aid.AidTotalsQuery;
import vn.foreignaffairs.registry.api.aid.DonorView;
import vn.foreignaffairs.registry.api.aid.FindAidProjectQuery;
import vn.foreignaffairs.registry.api.aid.ListAidActivitiesQuery;
import vn.foreignaffairs.registry.api.aid.ListAidProjectsQuery;

/** Answers aid queries, totals included, from the read models only. */
@Component
public class AidProjectQueries {

    private static final Set<AidStatus> DECIDED_AND_STANDING =
            Set.of(AidStatus.APPROVED, AidStatus.IN_PROGRESS, AidStatus.COMPLETED);
    private static final Set<AidStatus> PUBLISHED =
            Set.of(AidStatus.APPROVED, AidStatus.IN_PROGRESS, AidStatus.COMPLETED, AidStatus.REVOKED);

    private final AidProjectReadModel readModel;
    private final DonorReadModel donors;

    public AidProjectQueries(AidProjectReadModel readModel, DonorReadModel donors) {
        this.readModel = readModel;
        this.donors = donors;
    }

    @QueryHandler
    public AidProjectView find(FindAidProjectQuery query) {
        return readModel.find(query.id().value()).orElse(null);
    }

    @QueryHandler
    public AidProjectPage list(ListAidProjectsQuery query) {
        List<Bson> filters = new ArrayList<>();
        if (query.receivingAgencies() != null) {
            filters.add(in("receivingAgency", query.receivingAgencies()));
        }
        if (query.donorId() != null) {
            filters.add(eq("details.donor.value", query.donorId()));
        }
        if (query.sector() != null) {
            filters.add(eq("details.sector", query.sector()));
        }
        if (query.district() != null) {
            filters.add(eq("details.districts", query.district()));
        }
        if (query.status() != null) {
            filters.add(eq("status", query.status()));
        }
        if (query.kind() != null) {
            filters.add(eq("details.kind", query.kind()));
        }
        if (query.year() != null) {
            filters.add(eq("year", query.year()));
        }
        Bson filter = filters.isEmpty() ? Filters.empty() : and(filters);
        return new AidProjectPage(readModel.find(filter, query.page() * query.size(), query.size()), query.page(),
                query.size(), readModel.count(filter));
    }

    @QueryHandler
    public AidTotals totals(AidTotalsQuery query) {
        return AidTotalsCalculator.totals(query.groupBy(), query.year(),
                readModel.all(in("status", DECIDED_AND_STANDING)),
                donorId -> donors.find(donorId).map(DonorView::name).orElse(donorId));
    }

    /**
     * Aid to publish for a year: approved (revoked included, as cancelled), with its planned
     * period overlapping the year, or a decision or a transaction in it; oldest decision first.
     */
    @QueryHandler
    public List<AidProjectView> activities(ListAidActivitiesQuery query) {
        return readModel.all(in("status", PUBLISHED)).stream()
                .filter(aid -> activeIn(aid, query.year()))
                .sorted(Comparator.comparing((AidProjectView aid) -> aid.decision().date())
                        .thenComparing(AidProjectView::id))
                .toList();
    }

    private static boolean activeIn(AidProjectView aid, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate start = aid.details().plannedStartDate();
        LocalDate end = aid.details().plannedEndDate() == null ? start : aid.details().plannedEndDate();
        boolean overlaps = !start.isAfter(last) && !end.isBefore(first);
        return overlaps || aid.decision().date().getYear() == year
                || aid.transactions().stream().anyMatch(transaction -> transaction.date().getYear() == year)
                || aid.adjustments().stream().anyMatch(adjustment -> adjustment.decision().date().getYear() == year)
                || aid.revocation() != null && aid.revocation().decision().date().getYear() == year;
    }
}
