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
import vn.foreignaffairs.registry.api.agreement.AgreementStatus;
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
import vn.foreignaffairs.registry.policy.Policies;

/**
 * Works out a compliance report's figures for one scope from the registers as read for the
 * report ({@link RegisterSnapshot}, read for this scope or a wider one): for one period, and the
 * day {@code asOf} the overdue and in-force figures are counted on.
 */
@Component
public class ComplianceCalculator {

    /** Approved, whatever happened to the trip afterwards. */
    static final Set<DelegationStatus> DECIDED = EnumSet.of(DelegationStatus.APPROVED, DelegationStatus.POSTPONED,
            DelegationStatus.DEPARTED, DelegationStatus.RETURNED, DelegationStatus.REPORTED, DelegationStatus.CLOSED);

    private static final Set<AgreementStatus> RUNNING = EnumSet.of(AgreementStatus.IN_FORCE,
            AgreementStatus.SUSPENDED);

    private final AidCalculator aid;
    private final OutlookCalculator outlook;
    private final AgencyDirectory agencies;
    private final Policies policies;
    private final ReportSettings settings;

    public ComplianceCalculator(AidCalculator aid, OutlookCalculator outlook, AgencyDirectory agencies,
                                Policies policies, ReportSettings settings) {
        this.aid = aid;
        this.outlook = outlook;
        this.agencies = agencies;
        this.policies = policies;
        this.settings = settings;
    }

    ComplianceFigures compute(RegisterSnapshot registers, ReportScope scope, PeriodDates period, LocalDate asOf) {
        List<DelegationView> delegations = registers.delegations().stream()
                .filter(delegation -> scope.covers(delegation.agency())).toList();
        return new ComplianceFigures(delegations(registers, scope, period, delegations),
                decisionsDuringFreezes(registers, scope, period, delegations), agreements(registers, scope, period,
                asOf), conferences(registers, scope, period, asOf), aid.figures(registers, scope, period),
                period.includesNextYear() && period.kind() == ReportKind.ANNUAL
                        ? outlook.nextYear(registers, scope, period.year() + 1) : null);
    }

    private DelegationFigures delegations(RegisterSnapshot registers, ReportScope scope, PeriodDates period,
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
            for (AnnualPlanView plan : registers.plans(year)) {
                if (plan.status() != PlanStatus.APPROVED || !scope.covers(plan.agency())) {
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
        int overdueReports = (int) registers.overduePostTripReports().stream()
                .filter(report -> scope.covers(report.agency())).count();
        int overduePassports = (int) registers.overduePassports().stream()
                .filter(passport -> scope.covers(passport.agency())).count();
        return new DelegationFigures(planned, realised, onPlan, offPlan, exempt, slotsUsed, quota, overdueReports,
                overduePassports);
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

    private List<FreezeDecision> decisionsDuringFreezes(RegisterSnapshot registers, ReportScope scope,
                                                        PeriodDates period, List<DelegationView> delegations) {
        List<FreezeView> all = registers.freezes();
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
        registers.inboundDelegations().stream()
                .filter(visit -> scope.covers(visit.hostAgency()))
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

    /**
     * As the agreement list's filters count them (AgreementQueries), on {@code asOf}: an agreement
     * past its last day shows as expired, and one that entered into force later is not counted.
     */
    private AgreementFigures agreements(RegisterSnapshot registers, ReportScope scope, PeriodDates period,
                                        LocalDate asOf) {
        List<AgreementView> all = registers.agreements().stream().filter(agreement -> covers(scope, agreement))
                .toList();
        LocalDate expiringBy = asOf.plusDays(settings.expiringWithinDays());
        int signed = 0;
        int inForce = 0;
        int expiring = 0;
        int unreported = 0;
        for (AgreementView agreement : all) {
            if (agreement.signing() != null && period.contains(agreement.signing().signedOn())) {
                signed++;
            }
            // a report of a past period does not count what entered into force after its day
            boolean started = agreement.inForceFrom() != null && !agreement.inForceFrom().isAfter(asOf);
            boolean isInForce = started && agreement.status() == AgreementStatus.IN_FORCE;
            if (isInForce) {
                inForce++;
            }
            LocalDate lastDay = agreement.lastDay();
            if (started && RUNNING.contains(agreement.status()) && lastDay != null && !lastDay.isBefore(asOf)
                    && !lastDay.isAfter(expiringBy)) {
                expiring++;
            }
            LocalDate lastReport = agreement.lastImplementationReportOn();
            if (isInForce && agreement.inForceFrom() != null && !agreement.inForceFrom().isAfter(period.from())
                    && (lastReport == null || lastReport.isBefore(period.from()))) {
                unreported++;
            }
        }
        int overdueConsultations = (int) registers.overdueAgreementConsultations().stream()
                .filter(consultation -> scope.covers(consultation.signingBody())).count();
        return new AgreementFigures(signed, inForce, expiring, unreported, overdueConsultations);
    }

    /** An agreement counts for its signing body and for those it was transferred from. */
    static boolean covers(ReportScope scope, AgreementView agreement) {
        return scope.covers(agreement.signingBody()) || agreement.formerSigningBodies().stream().anyMatch(scope::covers);
    }

    private ConferenceFigures conferences(RegisterSnapshot registers, ReportScope scope, PeriodDates period,
                                          LocalDate asOf) {
        List<ConferenceView> held = registers.conferences().stream()
                .filter(conference -> scope.covers(conference.organiser()))
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
