package vn.foreignaffairs.registry.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.agreement.AgreementController;
import vn.foreignaffairs.registry.aid.AidProjectController;
import vn.foreignaffairs.registry.api.agreement.AgreementStatus;
import vn.foreignaffairs.registry.api.agreement.AgreementView;
import vn.foreignaffairs.registry.api.aid.AidProjectView;
import vn.foreignaffairs.registry.api.aid.AidStatus;
import vn.foreignaffairs.registry.api.common.ProvinceTime;
import vn.foreignaffairs.registry.api.conference.ConferenceStatus;
import vn.foreignaffairs.registry.api.conference.ConferenceView;
import vn.foreignaffairs.registry.api.delegation.DelegationStatus;
import vn.foreignaffairs.registry.api.delegation.DelegationView;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationStatus;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationView;
import vn.foreignaffairs.registry.api.plan.AnnualPlanView;
import vn.foreignaffairs.registry.api.plan.PlanStatus;
import vn.foreignaffairs.registry.conference.ConferenceController;
import vn.foreignaffairs.registry.delegation.DelegationController;
import vn.foreignaffairs.registry.inbound.InboundDelegationController;
import vn.foreignaffairs.registry.plan.PlanController;

/**
 * What waits for consultation or a decision in every register, read through the API's own list
 * endpoints with their status filters, oldest first.
 */
@Component
public class ReviewQueue {

    private static final int PAGE = 100;

    private final DelegationController delegations;
    private final InboundDelegationController inbound;
    private final PlanController plans;
    private final AgreementController agreements;
    private final ConferenceController conferences;
    private final AidProjectController aid;

    public ReviewQueue(DelegationController delegations, InboundDelegationController inbound, PlanController plans,
                       AgreementController agreements, ConferenceController conferences, AidProjectController aid) {
        this.delegations = delegations;
        this.inbound = inbound;
        this.plans = plans;
        this.agreements = agreements;
        this.conferences = conferences;
        this.aid = aid;
    }

    public List<QueueItem> items() {
        List<QueueItem> items = new ArrayList<>();
        for (DelegationStatus status : List.of(DelegationStatus.SUBMITTED, DelegationStatus.UNDER_CONSULTATION)) {
            all(page -> delegations.list(null, null, status, page, PAGE).items(), (DelegationView view) ->
                    items.add(new QueueItem(DecisionType.DELEGATION, view.id(), view.agency(), view.details().title(),
                            status.name(), day(view.updatedAt()), "/app/delegations/" + view.id())));
        }
        all(page -> inbound.list(null, null, InboundDelegationStatus.SUBMITTED, null, null, page, PAGE).items(),
                (InboundDelegationView view) -> items.add(item(DecisionType.INBOUND, view.id(), view.hostAgency(),
                        view.details().title(), view.status().name(), day(view.updatedAt()))));
        int year = ProvinceTime.today().getYear();
        for (int planYear = year - 1; planYear <= year + 1; planYear++) {
            for (AnnualPlanView plan : plans.list(planYear)) {
                if (plan.status() == PlanStatus.SUBMITTED) {
                    items.add(item(DecisionType.PLAN, plan.agency() + ":" + plan.year(), plan.agency(),
                            String.valueOf(plan.year()), plan.status().name(), null));
                }
                plan.amendments().stream().filter(amendment -> "PROPOSED".equals(amendment.status()))
                        .forEach(amendment -> items.add(item(DecisionType.PLAN_AMENDMENT,
                                plan.agency() + ":" + plan.year() + ":" + amendment.amendmentId(), plan.agency(),
                                plan.year() + " – " + amendment.reason(), amendment.status(), null)));
            }
        }
        for (AgreementStatus status : List.of(AgreementStatus.PROPOSED, AgreementStatus.UNDER_CONSULTATION)) {
            all(page -> agreements.list(null, null, status, null, null, page, PAGE).items(),
                    (AgreementView view) -> items.add(item(DecisionType.AGREEMENT, view.id(), view.signingBody(),
                            view.details().title(), status.name(), day(view.updatedAt()))));
        }
        all(page -> conferences.list(null, null, ConferenceStatus.UNDER_CONSULTATION, null, page, PAGE).items(),
                (ConferenceView view) -> items.add(item(DecisionType.CONFERENCE, view.id(), view.organiser(),
                        view.details().title(), view.status().name(), view.submittedOn())));
        for (AidStatus status : List.of(AidStatus.PROPOSED, AidStatus.APPRAISED)) {
            all(page -> aid.list(null, null, null, null, status, null, null, page, PAGE).items(),
                    (AidProjectView view) -> items.add(item(DecisionType.AID, view.id(), view.receivingAgency(),
                            view.details().title(), status.name(), view.fileCompletedOn())));
        }
        items.sort(Comparator.comparing(QueueItem::since, Comparator.nullsLast(Comparator.naturalOrder())));
        return items;
    }

    private static QueueItem item(String type, String id, String agency, String title, String status,
                                  LocalDate since) {
        return new QueueItem(type, id, agency, title, status, since, "/app/decisions/" + type + "/" + id);
    }

    /** Every page of a list, one page of the API at a time. */
    private static <T> void all(IntFunction<List<T>> page, java.util.function.Consumer<T> each) {
        for (int number = 0; ; number++) {
            List<T> items = page.apply(number);
            items.forEach(each);
            if (items.size() < PAGE) {
                return;
            }
        }
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : ProvinceTime.dayOf(instant);
    }
}
