package vn.foreignaffairs.registry.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.agreement.AgreementPage;
import vn.foreignaffairs.registry.api.agreement.ListAgreementsQuery;
import vn.foreignaffairs.registry.api.agreement.ListOverdueConsultationsQuery;
import vn.foreignaffairs.registry.api.agreement.OverdueConsultations;
import vn.foreignaffairs.registry.api.aid.AidProjectPage;
import vn.foreignaffairs.registry.api.aid.DonorId;
import vn.foreignaffairs.registry.api.aid.DonorView;
import vn.foreignaffairs.registry.api.aid.FindDonorQuery;
import vn.foreignaffairs.registry.api.aid.ListAidProjectsQuery;
import vn.foreignaffairs.registry.api.conference.ConferencePage;
import vn.foreignaffairs.registry.api.conference.ListConferencesQuery;
import vn.foreignaffairs.registry.api.delegation.DelegationPage;
import vn.foreignaffairs.registry.api.delegation.DelegationView;
import vn.foreignaffairs.registry.api.delegation.ListDelegationsQuery;
import vn.foreignaffairs.registry.api.delegation.ListOverduePassportsQuery;
import vn.foreignaffairs.registry.api.delegation.ListOverdueReportsQuery;
import vn.foreignaffairs.registry.api.delegation.OverduePassports;
import vn.foreignaffairs.registry.api.delegation.OverdueReports;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationPage;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationView;
import vn.foreignaffairs.registry.api.inbound.ListInboundDelegationsQuery;
import vn.foreignaffairs.registry.api.plan.AnnualPlanView;
import vn.foreignaffairs.registry.api.plan.ListAnnualPlansQuery;
import vn.foreignaffairs.registry.freeze.FreezeBook;

/**
 * Reads what a report counts through the same queries as the registers' own endpoints, limited
 * to the agencies of a scope, each list whole (one page as large as the register).
 */
@Component
class RegisterReader {

    private static final int ALL = 1_000_000;

    private final QueryGateway queries;
    private final FreezeBook freezes;

    RegisterReader(QueryGateway queries, FreezeBook freezes) {
        this.queries = queries;
        this.freezes = freezes;
    }

    /**
     * The records of {@code scope} that a report of {@code period} counted on {@code asOf} can
     * touch: delegations and visits of the period's years and the year after (a decision in the
     * period may be for a trip of the next year), the plans of the period's years and, when the
     * report looks ahead, of the next year.
     */
    RegisterSnapshot read(ReportScope scope, PeriodDates period, LocalDate asOf) {
        int first = period.from().getYear();
        int last = period.to().getYear() + 1;
        List<DelegationView> delegations = new ArrayList<>();
        List<InboundDelegationView> visits = new ArrayList<>();
        Map<Integer, List<AnnualPlanView>> plans = new TreeMap<>();
        for (int year = first; year <= last; year++) {
            delegations.addAll(queries.query(new ListDelegationsQuery(scope.agencies(), year, null, null, 0, ALL),
                    ResponseTypes.instanceOf(DelegationPage.class)).join().items());
            visits.addAll(queries.query(new ListInboundDelegationsQuery(null, year, null, null, null, null, 0, ALL),
                    ResponseTypes.instanceOf(InboundDelegationPage.class)).join().items().stream()
                    .filter(visit -> scope.covers(visit.hostAgency())).toList());
            if (year < last || period.includesNextYear()) {
                plans.put(year, queries.query(new ListAnnualPlansQuery(year),
                        ResponseTypes.multipleInstancesOf(AnnualPlanView.class)).join().stream()
                        .filter(plan -> scope.covers(plan.agency())).toList());
            }
        }
        return new RegisterSnapshot(delegations, visits, plans,
                queries.query(new ListOverdueReportsQuery(null, asOf), ResponseTypes.instanceOf(OverdueReports.class))
                        .join().items().stream().filter(report -> scope.covers(report.agency())).toList(),
                queries.query(new ListOverduePassportsQuery(null, asOf),
                        ResponseTypes.instanceOf(OverduePassports.class)).join().items().stream()
                        .filter(passport -> scope.covers(passport.agency())).toList(),
                queries.query(new ListAgreementsQuery(scope.agencies(), null, null, null, null, asOf, 0, ALL),
                        ResponseTypes.instanceOf(AgreementPage.class)).join().items(),
                queries.query(new ListOverdueConsultationsQuery(null, asOf),
                        ResponseTypes.instanceOf(OverdueConsultations.class)).join().items().stream()
                        .filter(consultation -> scope.covers(consultation.signingBody())).toList(),
                queries.query(new ListConferencesQuery(scope.agencies(), null, null, null, null, 0, ALL),
                        ResponseTypes.instanceOf(ConferencePage.class)).join().items(),
                queries.query(new ListAidProjectsQuery(scope.agencies(), null, null, null, null, null, null, 0, ALL),
                        ResponseTypes.instanceOf(AidProjectPage.class)).join().items(),
                freezes.all(), donorNames());
    }

    /** Donors' names, each looked up once; a donor not found is shown by its id. */
    private Function<String, String> donorNames() {
        Map<String, String> names = new ConcurrentHashMap<>();
        return id -> names.computeIfAbsent(id, donor -> queries.query(new FindDonorQuery(new DonorId(donor)),
                ResponseTypes.optionalInstanceOf(DonorView.class)).join().map(DonorView::name).orElse(donor));
    }
}
