package vn.foreignaffairs.registry.report;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.foreignaffairs.registry.api.agreement.AgreementView;
import vn.foreignaffairs.registry.api.agreement.OverdueConsultation;
import vn.foreignaffairs.registry.api.aid.AidProjectView;
import vn.foreignaffairs.registry.api.conference.ConferenceView;
import vn.foreignaffairs.registry.api.delegation.DelegationView;
import vn.foreignaffairs.registry.api.delegation.OverduePassport;
import vn.foreignaffairs.registry.api.delegation.OverdueReport;
import vn.foreignaffairs.registry.api.freeze.FreezeView;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationView;
import vn.foreignaffairs.registry.api.plan.AnnualPlanView;

/**
 * The registers as read once for one report, limited to the agencies of the scope it was read
 * for: the province's report reads them once and works out the province's and every agency's
 * figures from the same records. Agreements show their status on the report's day; the overdue
 * lists are those of that day. {@code plans} by year.
 */
record RegisterSnapshot(
        List<DelegationView> delegations,
        List<InboundDelegationView> inboundDelegations,
        Map<Integer, List<AnnualPlanView>> plans,
        List<OverdueReport> overduePostTripReports,
        List<OverduePassport> overduePassports,
        List<AgreementView> agreements,
        List<OverdueConsultation> overdueAgreementConsultations,
        List<ConferenceView> conferences,
        List<AidProjectView> aid,
        List<FreezeView> freezes,
        Function<String, String> donorName) {

    List<AnnualPlanView> plans(int year) {
        return plans.getOrDefault(year, List.of());
    }
}
