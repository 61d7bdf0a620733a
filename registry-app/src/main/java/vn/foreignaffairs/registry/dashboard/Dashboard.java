package vn.foreignaffairs.registry.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.agency.AgencyDirectory;
import vn.foreignaffairs.registry.agreement.AgreementController;
import vn.foreignaffairs.registry.agreement.ImplementationPlanController;
import vn.foreignaffairs.registry.aid.AidProjectController;
import vn.foreignaffairs.registry.aid.AidReportController;
import vn.foreignaffairs.registry.api.agency.AgencyStatus;
import vn.foreignaffairs.registry.api.agency.AgencyView;
import vn.foreignaffairs.registry.api.agreement.AgreementStatus;
import vn.foreignaffairs.registry.api.agreement.OverdueConsultations;
import vn.foreignaffairs.registry.api.agreement.OverdueImplementationPlans;
import vn.foreignaffairs.registry.api.agreement.OverdueSigningReports;
import vn.foreignaffairs.registry.api.aid.AidStatus;
import vn.foreignaffairs.registry.api.aid.AidTotals;
import vn.foreignaffairs.registry.api.conference.ConferenceStatus;
import vn.foreignaffairs.registry.api.conference.OverdueConferenceReports;
import vn.foreignaffairs.registry.api.delegation.DelegationStatus;
import vn.foreignaffairs.registry.api.delegation.DelegationView;
import vn.foreignaffairs.registry.api.delegation.OverduePassports;
import vn.foreignaffairs.registry.api.delegation.OverdueReports;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationStatus;
import vn.foreignaffairs.registry.api.plan.AnnualPlanView;
import vn.foreignaffairs.registry.api.plan.PlanStatus;
import vn.foreignaffairs.registry.conference.ConferenceController;
import vn.foreignaffairs.registry.conference.ConferenceOverdueController;
import vn.foreignaffairs.registry.delegation.DelegationController;
import vn.foreignaffairs.registry.delegation.trip.OverdueController;
import vn.foreignaffairs.registry.inbound.InboundDelegationController;
import vn.foreignaffairs.registry.plan.PlanController;
import vn.foreignaffairs.registry.plan.QuotaController;
import vn.foreignaffairs.registry.report.ReportController;
import vn.foreignaffairs.registry.report.ReportStatusBoard;

/**
 * The figures of leadership's overview for a year, each read through the API endpoint that
 * answers it: quotas, counts by status, overdue lists, the two charts and who has reported.
 */
@Component
public class Dashboard {

    /** Delegations that were never going to travel are not counted in the monthly chart. */
    static final Set<DelegationStatus> NOT_TRAVELLING = Set.of(DelegationStatus.DRAFT, DelegationStatus.REJECTED,
            DelegationStatus.CANCELLED);

    private final AgencyDirectory agencies;
    private final QuotaController quotas;
    private final DelegationController delegations;
    private final InboundDelegationController inbound;
    private final PlanController plans;
    private final AgreementController agreements;
    private final ConferenceController conferences;
    private final AidProjectController aid;
    private final AidReportController aidReports;
    private final OverdueController tripOverdue;
    private final ConferenceOverdueController conferenceOverdue;
    private final ImplementationPlanController implementationPlans;
    private final ReportController reports;

    public Dashboard(AgencyDirectory agencies, QuotaController quotas, DelegationController delegations,
                     InboundDelegationController inbound, PlanController plans, AgreementController agreements,
                     ConferenceController conferences, AidProjectController aid, AidReportController aidReports,
                     OverdueController tripOverdue, ConferenceOverdueController conferenceOverdue,
                     ImplementationPlanController implementationPlans, ReportController reports) {
        this.agencies = agencies;
        this.quotas = quotas;
        this.delegations = delegations;
        this.inbound = inbound;
        this.plans = plans;
        this.agreements = agreements;
        this.conferences = conferences;
        this.aid = aid;
        this.aidReports = aidReports;
        this.tripOverdue = tripOverdue;
        this.conferenceOverdue = conferenceOverdue;
        this.implementationPlans = implementationPlans;
        this.reports = reports;
    }

    public List<QuotaController.QuotaView> quotas(int year) {
        return activeAgencies().stream().map(agency -> quotas.get(agency.code(), year)).toList();
    }

    /** Per register (its key), the number of records in each status, as the lists filtered by it count them. */
    public Map<String, Map<String, Long>> statusCounts(int year) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        counts.put("delegation", count(DelegationStatus.values(),
                status -> delegations.list(null, null, status, 0, 1).total()));
        counts.put("inbound-delegation", count(InboundDelegationStatus.values(),
                status -> inbound.list(null, null, status, null, null, 0, 1).total()));
        Map<String, Long> planCounts = new LinkedHashMap<>();
        List<AnnualPlanView> yearPlans = plans.list(year);
        for (PlanStatus status : PlanStatus.values()) {
            if (status != PlanStatus.NONE) {
                planCounts.put(status.name(), yearPlans.stream().filter(plan -> plan.status() == status).count());
            }
        }
        counts.put("annual-plan", planCounts);
        counts.put("agreement", count(AgreementStatus.values(),
                status -> agreements.list(null, null, status, null, null, 0, 1).total()));
        counts.put("conference", count(ConferenceStatus.values(),
                status -> conferences.list(null, null, status, null, 0, 1).total()));
        counts.put("aid-project", count(AidStatus.values(),
                status -> aid.list(null, null, null, null, status, null, null, 0, 1).total()));
        return counts;
    }

    public OverdueReports overdueTripReports() {
        return tripOverdue.reports(null, null);
    }

    public OverduePassports overduePassports() {
        return tripOverdue.passports(null, null);
    }

    public OverdueConsultations overdueAgreementConsultations() {
        return agreements.overdueConsultations(null, null);
    }

    public OverdueSigningReports overdueSigningReports() {
        return agreements.overdueSigningReports(null, null);
    }

    public OverdueConferenceReports overdueConferenceReports() {
        return conferenceOverdue.reports(null, null);
    }

    public OverdueImplementationPlans overdueImplementationPlans(int year) {
        return implementationPlans.overdue(year, null, null);
    }

    /** Delegations departing in each month of the year, not counting drafts, rejected or cancelled ones. */
    public long[] delegationsPerMonth(int year) {
        long[] months = new long[12];
        for (int page = 0; ; page++) {
            List<DelegationView> items = delegations.list(null, year, null, page, 100).items();
            for (DelegationView view : items) {
                LocalDate departure = view.details().departureDate();
                if (!NOT_TRAVELLING.contains(view.status()) && departure != null && departure.getYear() == year) {
                    months[departure.getMonthValue() - 1]++;
                }
            }
            if (items.size() < 100) {
                return months;
            }
        }
    }

    public BarChart monthChart(long[] months) {
        List<BarChart.Entry> entries = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            long count = months[month - 1];
            entries.add(new BarChart.Entry(String.valueOf(month), String.valueOf(month), BigDecimal.valueOf(count),
                    String.valueOf(count)));
        }
        return BarChart.of(entries);
    }

    public AidTotals aidBySector(int year) {
        return aidReports.totals("sector", year);
    }

    /** Committed aid per sector in millions of dong (rounded), the sectors with aid only. */
    public BarChart sectorChart(AidTotals totals, Function<String, String> sectorLabel) {
        List<BarChart.Entry> entries = totals.groups().stream()
                .map(row -> new BarChart.Entry(row.key(), sectorLabel.apply(row.key()), row.committedVnd(),
                        millions(row.committedVnd())))
                .toList();
        return BarChart.of(entries);
    }

    public ReportStatusBoard reportStatus(String period) {
        return reports.status(period);
    }

    private List<AgencyView> activeAgencies() {
        return agencies.all().stream().filter(agency -> agency.status() == AgencyStatus.ACTIVE).toList();
    }

    private static <S extends Enum<S>> Map<String, Long> count(S[] statuses, Function<S, Long> total) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (S status : statuses) {
            counts.put(status.name(), total.apply(status));
        }
        return counts;
    }

    static String millions(BigDecimal vnd) {
        return vnd.movePointLeft(6).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
