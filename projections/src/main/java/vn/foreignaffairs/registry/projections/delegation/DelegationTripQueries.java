package vn.foreignaffairs.registry.projections.delegation;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.delegation.DelegationTripView;
import vn.foreignaffairs.registry.api.delegation.DelegationView;
import vn.foreignaffairs.registry.api.delegation.FindDelegationTripQuery;
import vn.foreignaffairs.registry.api.delegation.ListOverduePassportsQuery;
import vn.foreignaffairs.registry.api.delegation.ListOverdueReportsQuery;
import vn.foreignaffairs.registry.api.delegation.OverduePassport;
import vn.foreignaffairs.registry.api.delegation.OverduePassports;
import vn.foreignaffairs.registry.api.delegation.OverdueReport;
import vn.foreignaffairs.registry.api.delegation.OverdueReports;
import vn.foreignaffairs.registry.api.delegation.PassportHandout;

/**
 * Answers trip queries from the {@code delegation_trips} read model, with titles from the
 * {@code delegations} one. Something is overdue on a day when its due date has passed and it
 * had not been done by that day, so a past {@code asOf} shows the lists as they stood then.
 */
@Component
public class DelegationTripQueries {

    private final DelegationTripReadModel trips;
    private final DelegationReadModel delegations;

    public DelegationTripQueries(DelegationTripReadModel trips, DelegationReadModel delegations) {
        this.trips = trips;
        this.delegations = delegations;
    }

    @QueryHandler
    public DelegationTripView find(FindDelegationTripQuery query) {
        return trips.find(query.id().value()).orElse(null);
    }

    @QueryHandler
    public OverdueReports overdueReports(ListOverdueReportsQuery query) {
        LocalDate asOf = query.asOf();
        List<DelegationTripView> late = trips.find(ofAgency(query.agency(),
                lt("reportDueDate", asOf), or(eq("report", null), gt("report.filedOn", asOf))));
        Map<String, String> titles = titles(late);
        List<OverdueReport> items = late.stream()
                .map(trip -> new OverdueReport(trip.id(), trip.agency(), titles.get(trip.id()), trip.returnedOn(),
                        trip.reportDueDate(), ChronoUnit.DAYS.between(trip.reportDueDate(), asOf)))
                .sorted(Comparator.comparing(OverdueReport::agency).thenComparing(OverdueReport::reportDueDate)
                        .thenComparing(OverdueReport::delegationId))
                .toList();
        return new OverdueReports(asOf, query.agency(), items);
    }

    @QueryHandler
    public OverduePassports overduePassports(ListOverduePassportsQuery query) {
        LocalDate asOf = query.asOf();
        List<DelegationTripView> returned = trips.find(ofAgency(query.agency(), lt("passportsDueDate", asOf)));
        Map<String, String> titles = titles(returned);
        List<OverduePassport> items = new ArrayList<>();
        for (DelegationTripView trip : returned) {
            for (PassportHandout passport : trip.passports()) {
                if (isOverdue(passport, asOf)) {
                    items.add(new OverduePassport(trip.id(), trip.agency(), titles.get(trip.id()),
                            passport.memberName(), passport.passportNumber(), passport.passportKind(),
                            trip.returnedOn(), passport.dueDate(), ChronoUnit.DAYS.between(passport.dueDate(), asOf)));
                }
            }
        }
        items.sort(Comparator.comparing(OverduePassport::agency).thenComparing(OverduePassport::dueDate)
                .thenComparing(OverduePassport::delegationId).thenComparing(OverduePassport::memberName));
        return new OverduePassports(asOf, query.agency(), items);
    }

    private static boolean isOverdue(PassportHandout passport, LocalDate asOf) {
        return passport.dueDate() != null && passport.dueDate().isBefore(asOf)
                && (passport.handedBackOn() == null || passport.handedBackOn().isAfter(asOf));
    }

    private static Bson ofAgency(String agency, Bson... conditions) {
        List<Bson> all = new ArrayList<>(List.of(conditions));
        if (agency != null) {
            all.add(eq("agency", agency));
        }
        return and(all);
    }

    private Map<String, String> titles(List<DelegationTripView> of) {
        if (of.isEmpty()) {
            return Map.of();
        }
        return delegations.find(in("id", of.stream().map(DelegationTripView::id).toList()), 0, 0).stream()
                .collect(Collectors.toMap(DelegationView::id, view -> view.details().title(), (a, b) -> a));
    }
}
