package vn.foreignaffairs.registry.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.agreement.AgreementStatus;
import vn.foreignaffairs.registry.api.agreement.AgreementView;
import vn.foreignaffairs.registry.api.agreement.ForeignParty;
import vn.foreignaffairs.registry.api.conference.ConferenceStatus;
import vn.foreignaffairs.registry.api.conference.ConferenceView;
import vn.foreignaffairs.registry.api.plan.AnnualPlanView;
import vn.foreignaffairs.registry.api.plan.Direction;
import vn.foreignaffairs.registry.api.plan.PlanStatus;
import vn.foreignaffairs.registry.api.plan.PlannedItem;
import vn.foreignaffairs.registry.api.report.NextYearOutlook;
import vn.foreignaffairs.registry.api.report.OutlookItem;

/**
 * Next year's outlook of an annual report (Kon Tum 2025, V.1): what next year's approved annual
 * plans foresee, which conferences are planned to start next year, and which agreements are on
 * their way to being signed, for the agencies of a scope.
 */
@Component
class OutlookCalculator {

    /** Refused or cancelled conferences will not take place. */
    private static final Set<ConferenceStatus> NOT_HAPPENING = EnumSet.of(ConferenceStatus.REFUSED,
            ConferenceStatus.CANCELLED);

    /** Proposed, under consultation or approved: not signed yet, and not refused. */
    private static final Set<AgreementStatus> TO_BE_SIGNED = EnumSet.of(AgreementStatus.PROPOSED,
            AgreementStatus.UNDER_CONSULTATION, AgreementStatus.APPROVED);

    private static final Comparator<OutlookItem> ORDER = Comparator.comparing(OutlookItem::agency)
            .thenComparing(OutlookItem::when, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(OutlookItem::recordId);

    NextYearOutlook nextYear(RegisterSnapshot registers, ReportScope scope, int year) {
        List<OutlookItem> outbound = new ArrayList<>();
        List<OutlookItem> inbound = new ArrayList<>();
        for (AnnualPlanView plan : registers.plans(year)) {
            if (plan.status() != PlanStatus.APPROVED || !scope.covers(plan.agency())) {
                continue;
            }
            List<PlannedItem> items = plan.items().stream().sorted(Comparator.comparing(
                    (PlannedItem item) -> ComplianceCalculator.plannedBy(item, year),
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(PlannedItem::itemId)).toList();
            for (PlannedItem item : items) {
                OutlookItem planned = new OutlookItem(plan.agency(), item.itemId(), item.purpose(),
                        item.foreignParty() == null ? item.countryCode() : item.countryCode() + " – "
                                + item.foreignParty(), when(item, year), plan.status().name());
                (item.direction() == Direction.OUTBOUND ? outbound : inbound).add(planned);
            }
        }
        List<OutlookItem> conferences = registers.conferences().stream()
                .filter(conference -> scope.covers(conference.organiser()))
                .filter(conference -> !NOT_HAPPENING.contains(conference.status()))
                .filter(conference -> conference.details().startDate() != null
                        && conference.details().startDate().getYear() == year)
                .map(OutlookCalculator::item).toList();
        List<OutlookItem> agreements = registers.agreements().stream()
                .filter(agreement -> ComplianceCalculator.covers(scope, agreement))
                .filter(agreement -> TO_BE_SIGNED.contains(agreement.status()))
                .map(OutlookCalculator::item).toList();
        return new NextYearOutlook(year, byAgency(outbound), byAgency(inbound), sorted(conferences),
                sorted(agreements));
    }

    private static String when(PlannedItem item, int year) {
        if (item.plannedMonth() != null) {
            return String.format("%d-%02d", year, item.plannedMonth());
        }
        if (item.plannedQuarter() != null) {
            return year + "-Q" + item.plannedQuarter();
        }
        return String.valueOf(year);
    }

    private static OutlookItem item(ConferenceView conference) {
        return new OutlookItem(conference.organiser(), conference.id(), conference.details().title(),
                String.join(", ", conference.details().foreignCountries()),
                conference.details().startDate().toString(), conference.status().name());
    }

    private static OutlookItem item(AgreementView agreement) {
        ForeignParty party = agreement.details().foreignParty();
        return new OutlookItem(agreement.signingBody(), agreement.id(), agreement.details().title(),
                party == null ? null : party.countryCode() + (party.organisation() == null ? ""
                        : " – " + party.organisation()), null, agreement.status().name());
    }

    /** Plan items by agency, each agency's in the order of the months planned (the sort is stable). */
    private static List<OutlookItem> byAgency(List<OutlookItem> items) {
        return items.stream().sorted(Comparator.comparing(OutlookItem::agency)).toList();
    }

    private static List<OutlookItem> sorted(List<OutlookItem> items) {
        return items.stream().sorted(ORDER).toList();
    }
}
