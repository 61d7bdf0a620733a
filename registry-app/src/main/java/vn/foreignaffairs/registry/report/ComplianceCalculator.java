package vn.foreignaffairs.registry.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.agency.AgencyDirectory;
import vn.foreignaffairs.registry.api.agency.AgencyKind;
import vn.foreignaffairs.registry.api.agency.AgencyView;
import vn.foreignaffairs.registry.api.agreement.AgreementView;
import vn.foreignaffairs.registry.api.conference.ConferenceStatus;
import vn.foreignaffairs.registry.api.conference.ConferenceView;
import vn.foreignaffairs.registry.api.delegation.DelegationStatus;
import vn.foreignaffairs.registry.api.delegation.DelegationView;
import vn.foreignaffairs.registry.api.freeze.FreezeView;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationView;
import vn.foreignaffairs.registry.api.plan.AnnualPlanView;
import vn.foreignaffairs.registry.api.plan.Direction;
import vn.foreignaffairs.registry.api.plan.PlanStatus;
import vn.foreignaffairs.registry.api.plan.PlannedItem;
import vn.foreignaffairs.registry.api.policy.PolicyKey;
import vn.foreignaffairs.registry.api.report.AgreementFigures;
import vn.foreignaffairs.registry.api.report.ComplianceFigures;
import vn.foreignaffairs.registry.api.report.ConferenceFigures;
import vn.foreignaffairs.registry.api.report.DelegationFigures;
import vn.foreignaffairs.registry.api.report.FreezeDecision;
import vn.foreignaffairs.registry.api.report.ReportKind;
import vn.foreignaffairs.registry.freeze.FreezeBook;
import vn.foreignaffairs.registry.policy.Policies;

/**
 * Works out a compliance report's figures from the registers' read models, as they stand when
 * asked: for one scope, one period, and the day {@code asOf} the overdue and in-force figures are
 * counted on.
 */
@Component
public class ComplianceCalculator {

    /** Approved, whatever happened to the trip afterwards. */
    static final Set<DelegationStatus> DECIDED = EnumSet.of(DelegationStatus.APPROVED, DelegationStatus.POSTPONED,
            DelegationStatus.DEPARTED, DelegationStatus.RETURNED, DelegationStatus.REPORTED, DelegationStatus.CLOSED);

    private final RegisterReader registers;
    private final AidCalculator aid;
    private final AgencyDirectory agencies;
    private final Policies policies;
    private final FreezeBook freezes;
    private final ReportSettings settings;

    public ComplianceCalculator(RegisterReader registers, AidCalculator aid, AgencyDirectory agencies,
                                Policies policies, FreezeBook freezes, ReportSettings settings) {
        this.registers = registers;
        this.aid = aid;
        this.agencies = agencies;
        this.policies = policies;
        this.freezes = freezes;
        this.settings = settings;
    }

    public ComplianceFigures compute(ReportScope scope, PeriodDates period, LocalDate asOf) {
        // A decision in the period may be for a trip of the year after it.
        List<DelegationView> delegations = new ArrayList<>();
        for (int year = period.from().getYear(); year <= period.to().getYear() + 1; year++) {
            delegations.addAll(registers.delegations(scope, year));
        }
        return new ComplianceFigures(delegations(scope, period, asOf, delegations),
                decisionsDuringFreezes(scope, period, delegations), agreements(scope, period, asOf),
                conferences(scope, period, asOf), aid.figures(scope, period));
    }

    private DelegationFigures delegations(ReportScope scope, PeriodDates period, LocalDate asOf,
                                          List<DelegationView> delegations) {
        List<DelegationView> decided = delegations.stream()
                .filter(delegation -> DECIDED.contains(delegation.status()))
                .filter(delegation -> period.contains(delegation.details().departureDate()))
                .toList();
        Set<String> realising = new HashSet<>();
        int onPlan = 0;
        int offPlan = 0;
        int exempt = 0;
        for (DelegationView delegation : decided) {
            if (!delegation.details().offPlan()) {
                onPlan++;
                realising.add(itemKey(delegation.agency(), delegation.details().departureDate().getYear(),
                        delegation.details().plannedItemId()));
            } else if (delegation.details().usesOffPlanQuota()) {
                offPlan++;
            } else {
                exempt++;
            }
        }
        int planned = 0;
        int realised = 0;
        int slotsUsed = 0;
        long quota = 0;
        for (int year = period.from().getYear(); year <= period.to().getYear(); year++) {
            for (AnnualPlanView plan : registers.plans(scope, year)) {
                if (plan.status() != PlanStatus.APPROVED) {
                    continue;
                }
                if (year == period.year()) {
                    slotsUsed += plan.offPlanSlots().size();
                    if (scope.isProvince()) {
                        quota += policies.value(PolicyKey.OFF_PLAN_QUOTA_PER_AGENCY_YEAR, plan.agency());
                    }
                }
                for (PlannedItem item : plan.items()) {
                    if (item.direction() == Direction.OUTBOUND && foreseenIn(item, year, period)) {
                        planned++;
                        if (realising.contains(itemKey(plan.agency(), year, item.itemId()))) {
                            realised++;
                        }
                    }
                }
            }
        }
        if (!scope.isProvince()) {
            quota = policies.value(PolicyKey.OFF_PLAN_QUOTA_PER_AGENCY_YEAR, scope.code());
        }
        return new DelegationFigures(planned, realised, onPlan, offPlan, exempt, slotsUsed, quota,
                registers.overduePostTripReports(scope, asOf).size(), registers.overduePassports(scope, asOf).size());
    }

    /**
     * An item of the plan of {@code year} whose planned month or quarter ends within the period (it
     * was due by the cut-off); one with neither, in the annual report of the plan's year.
     */
    static boolean foreseenIn(PlannedItem item, int year, PeriodDates period) {
        LocalDate due = plannedBy(item, year);
        return due == null ? period.kind() == ReportKind.ANNUAL && period.year() == year : period.contains(due);
    }

    /** The last day of the item's planned month or quarter, or null when it has neither. */
    static LocalDate plannedBy(PlannedItem item, int year) {
        if (item.plannedMonth() != null) {
            return YearMonth.of(year, item.plannedMonth()).atEndOfMonth();
        }
        if (item.plannedQuarter() != null) {
            return YearMonth.of(year, item.plannedQuarter() * 3).atEndOfMonth();
        }
        return null;
    }

    private static String itemKey(String agency, int year, String itemId) {
        return agency + "/" + year + "/" + itemId;
    }

    private List<FreezeDecision> decisionsDuringFreezes(ReportScope scope, PeriodDates period,
                                                        List<DelegationView> delegations) {
        List<FreezeView> all = freezes.all();
        if (all.isEmpty()) {
            return List.of();
        }
        List<FreezeDecision> found = new ArrayList<>();
        delegations.stream()
                .filter(delegation -> delegation.decision() != null && period.contains(delegation.decision().date()))
                .forEach(delegation -> freezeCovering(all, delegation.agency(), delegation.decision().date())
                        .ifPresent(freeze -> found.add(new FreezeDecision("DELEGATION", delegation.id(),
                                delegation.agency(), delegation.details().title(), delegation.decision().number(),
                                delegation.decision().date(), freeze.id()))));
        List<InboundDelegationView> visits = new ArrayList<>();
        for (int year = period.from().getYear(); year <= period.to().getYear() + 1; year++) {
            visits.addAll(registers.inboundDelegations(scope, year));
        }
        visits.stream()
                .filter(visit -> visit.decision() != null && period.contains(visit.decision().date()))
                .forEach(visit -> freezeCovering(all, visit.hostAgency(), visit.decision().date())
                        .ifPresent(freeze -> found.add(new FreezeDecision("INBOUND_DELEGATION", visit.id(),
                                visit.hostAgency(), title(visit), visit.decision().number(), visit.decision().date(),
                                freeze.id()))));
        return found;
    }

    private Optional<FreezeView> freezeCovering(List<FreezeView> all, String agency, LocalDate day) {
        AgencyView view = agencies.find(agency);
        AgencyKind kind = view == null ? null : view.kind();
        return all.stream().filter(freeze -> freeze.blocks(agency, kind, day)).findFirst();
    }

    private static String title(InboundDelegationView visit) {
        return visit.details() == null ? null : visit.details().title();
    }

    private AgreementFigures agreements(ReportScope scope, PeriodDates period, LocalDate asOf) {
        List<AgreementView> all = registers.agreements(scope, asOf);
        int signed = (int) all.stream()
                .filter(agreement -> agreement.signing() != null && period.contains(agreement.signing().signedOn()))
                .count();
        return new AgreementFigures(signed, (int) registers.agreementsInForce(scope, asOf),
                (int) registers.agreementsExpiring(scope, asOf, settings.expiringWithinDays()),
                (int) registers.agreementsUnreported(scope, period.from(), asOf),
                registers.overdueAgreementConsultations(scope, asOf).size());
    }

    private ConferenceFigures conferences(ReportScope scope, PeriodDates period, LocalDate asOf) {
        List<ConferenceView> held = registers.conferences(scope).stream()
                .filter(conference -> conference.status() == ConferenceStatus.HELD
                        || conference.status() == ConferenceStatus.REPORTED)
                .filter(conference -> period.contains(conference.actualStartDate()))
                .toList();
        int reported = (int) held.stream().filter(conference -> conference.report() != null).count();
        int overdue = (int) held.stream()
                .filter(conference -> conference.report() == null && conference.reportDueDate() != null
                        && conference.reportDueDate().isBefore(asOf))
                .count();
        return new ConferenceFigures(held.size(), reported, overdue);
    }
}
