package vn.foreignaffairs.registry.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.agreement.AgreementPage;
import vn.foreignaffairs.registry.api.agreement.AgreementStatus;
import vn.foreignaffairs.registry.api.agreement.AgreementView;
import vn.foreignaffairs.registry.api.agreement.ListAgreementsQuery;
import vn.foreignaffairs.registry.api.agreement.ListOverdueConsultationsQuery;
import vn.foreignaffairs.registry.api.agreement.OverdueConsultation;
import vn.foreignaffairs.registry.api.agreement.OverdueConsultations;
import vn.foreignaffairs.registry.api.aid.AidProjectPage;
import vn.foreignaffairs.registry.api.aid.AidProjectView;
import vn.foreignaffairs.registry.api.aid.DonorId;
import vn.foreignaffairs.registry.api.aid.DonorView;
import vn.foreignaffairs.registry.api.aid.FindDonorQuery;
import vn.foreignaffairs.registry.api.aid.ListAidProjectsQuery;
import vn.foreignaffairs.registry.api.conference.ConferencePage;
import vn.foreignaffairs.registry.api.conference.ConferenceView;
import vn.foreignaffairs.registry.api.conference.ListConferencesQuery;
import vn.foreignaffairs.registry.api.delegation.DelegationPage;
import vn.foreignaffairs.registry.api.delegation.DelegationView;
import vn.foreignaffairs.registry.api.delegation.ListDelegationsQuery;
import vn.foreignaffairs.registry.api.delegation.ListOverduePassportsQuery;
import vn.foreignaffairs.registry.api.delegation.ListOverdueReportsQuery;
import vn.foreignaffairs.registry.api.delegation.OverduePassport;
import vn.foreignaffairs.registry.api.delegation.OverduePassports;
import vn.foreignaffairs.registry.api.delegation.OverdueReport;
import vn.foreignaffairs.registry.api.delegation.OverdueReports;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationPage;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationView;
import vn.foreignaffairs.registry.api.inbound.ListInboundDelegationsQuery;
import vn.foreignaffairs.registry.api.plan.AnnualPlanView;
import vn.foreignaffairs.registry.api.plan.ListAnnualPlansQuery;

/**
 * What a report counts, read through the same queries as the registers' own endpoints, limited
 * to the agencies of a scope. Lists are read whole (one page as large as the register).
 */
@Component
class RegisterReader {

    private static final int ALL = 1_000_000;

    private final QueryGateway queries;

    RegisterReader(QueryGateway queries) {
        this.queries = queries;
    }

    List<DelegationView> delegations(ReportScope scope, int year) {
        return queries.query(new ListDelegationsQuery(scope.agencies(), year, null, null, 0, ALL),
                ResponseTypes.instanceOf(DelegationPage.class)).join().items();
    }

    List<InboundDelegationView> inboundDelegations(ReportScope scope, int year) {
        return queries.query(new ListInboundDelegationsQuery(null, year, null, null, null, null, 0, ALL),
                ResponseTypes.instanceOf(InboundDelegationPage.class)).join().items().stream()
                .filter(visit -> scope.covers(visit.hostAgency())).toList();
    }

    List<AnnualPlanView> plans(ReportScope scope, int year) {
        return queries.query(new ListAnnualPlansQuery(year), ResponseTypes.multipleInstancesOf(AnnualPlanView.class))
                .join().stream().filter(plan -> scope.covers(plan.agency())).toList();
    }

    List<OverdueReport> overduePostTripReports(ReportScope scope, LocalDate asOf) {
        return queries.query(new ListOverdueReportsQuery(null, asOf), ResponseTypes.instanceOf(OverdueReports.class))
                .join().items().stream().filter(report -> scope.covers(report.agency())).toList();
    }

    List<OverduePassport> overduePassports(ReportScope scope, LocalDate asOf) {
        return queries.query(new ListOverduePassportsQuery(null, asOf),
                ResponseTypes.instanceOf(OverduePassports.class)).join().items().stream()
                .filter(passport -> scope.covers(passport.agency())).toList();
    }

    List<AgreementView> agreements(ReportScope scope, LocalDate asOf) {
        return agreementPage(new ListAgreementsQuery(scope.agencies(), null, null, null, null, asOf, 0, ALL)).items();
    }

    long agreementsInForce(ReportScope scope, LocalDate asOf) {
        return agreementPage(new ListAgreementsQuery(scope.agencies(), null, AgreementStatus.IN_FORCE, null, null,
                asOf, 0, 1)).total();
    }

    long agreementsExpiring(ReportScope scope, LocalDate asOf, int withinDays) {
        return agreementPage(new ListAgreementsQuery(scope.agencies(), null, null, withinDays, null, asOf, 0, 1))
                .total();
    }

    long agreementsUnreported(ReportScope scope, LocalDate since, LocalDate asOf) {
        return agreementPage(new ListAgreementsQuery(scope.agencies(), null, null, null, since, asOf, 0, 1)).total();
    }

    List<OverdueConsultation> overdueAgreementConsultations(ReportScope scope, LocalDate asOf) {
        return queries.query(new ListOverdueConsultationsQuery(null, asOf),
                ResponseTypes.instanceOf(OverdueConsultations.class)).join().items().stream()
                .filter(consultation -> scope.covers(consultation.signingBody())).toList();
    }

    List<ConferenceView> conferences(ReportScope scope) {
        return queries.query(new ListConferencesQuery(scope.agencies(), null, null, null, null, 0, ALL),
                ResponseTypes.instanceOf(ConferencePage.class)).join().items();
    }

    List<AidProjectView> aid(ReportScope scope) {
        return queries.query(new ListAidProjectsQuery(scope.agencies(), null, null, null, null, null, null, 0, ALL),
                ResponseTypes.instanceOf(AidProjectPage.class)).join().items();
    }

    Optional<DonorView> donor(DonorId id) {
        return queries.query(new FindDonorQuery(id), ResponseTypes.optionalInstanceOf(DonorView.class)).join();
    }

    private AgreementPage agreementPage(ListAgreementsQuery query) {
        return queries.query(query, ResponseTypes.instanceOf(AgreementPage.class)).join();
    }
}
