package vn.foreignaffairs.registry.plan;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.Role;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.api.delegation.DelegationId;
import vn.foreignaffairs.registry.api.plan.AnnualPlanApproved;
import vn.foreignaffairs.registry.api.plan.AnnualPlanDrafted;
import vn.foreignaffairs.registry.api.plan.AnnualPlanId;
import vn.foreignaffairs.registry.api.plan.AnnualPlanReturned;
import vn.foreignaffairs.registry.api.plan.AnnualPlanSubmitted;
import vn.foreignaffairs.registry.api.plan.ApproveAnnualPlanCommand;
import vn.foreignaffairs.registry.api.plan.ApprovePlanAmendmentCommand;
import vn.foreignaffairs.registry.api.plan.DraftAnnualPlanCommand;
import vn.foreignaffairs.registry.api.plan.OffPlanSlotRefused;
import vn.foreignaffairs.registry.api.plan.OffPlanSlotReleased;
import vn.foreignaffairs.registry.api.plan.OffPlanSlotTaken;
import vn.foreignaffairs.registry.api.plan.PlanAmendmentApproved;
import vn.foreignaffairs.registry.api.plan.PlanAmendmentProposed;
import vn.foreignaffairs.registry.api.plan.PlanAmendmentRejected;
import vn.foreignaffairs.registry.api.plan.PlanDecision;
import vn.foreignaffairs.registry.api.plan.PlanStatus;
import vn.foreignaffairs.registry.api.plan.PlannedItem;
import vn.foreignaffairs.registry.api.plan.ProposePlanAmendmentCommand;
import vn.foreignaffairs.registry.api.plan.RejectPlanAmendmentCommand;
import vn.foreignaffairs.registry.api.plan.ReleaseOffPlanSlotCommand;
import vn.foreignaffairs.registry.api.plan.ReturnAnnualPlanCommand;
import vn.foreignaffairs.registry.api.plan.SlotDecision;
import vn.foreignaffairs.registry.api.plan.SubmitAnnualPlanCommand;
import vn.foreignaffairs.registry.api.plan.TakeOffPlanSlotCommand;
import vn.foreignaffairs.registry.common.Versions;
import vn.foreignaffairs.registry.storage.SnapshotConfiguration;

/**
 * An agency's annual plan of delegations for one year (Kế hoạch đoàn ra, đoàn vào hằng năm) and
 * the off-plan quota of that agency and year. Owning the quota here makes every slot decision
 * for one agency and year pass through one aggregate, so racing approvals — in one instance or
 * several sharing the store — can never take more slots than the limit.
 */
@Aggregate(snapshotTriggerDefinition = SnapshotConfiguration.TRIGGER, snapshotFilter = SnapshotConfiguration.FILTER)
@Revision("1")
public class AnnualPlan {

    @AggregateIdentifier
    private AnnualPlanId id;
    private AgencyCode agency;
    private PlanStatus status = PlanStatus.NONE;
    private final Map<String, PlannedItem> items = new LinkedHashMap<>();
    private PlanAmendmentProposed openAmendment;
    private final Set<String> amendmentIds = new HashSet<>();
    private final Map<DelegationId, String> slotHolders = new LinkedHashMap<>();
    private final Map<String, SlotDecision> attempts = new HashMap<>();

    protected AnnualPlan() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(DraftAnnualPlanCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        if (id != null) {
            Versions.requireCurrent(command.expectedVersion());
        }
        requireOwnAgency(command.agency(), role, actorAgency);
        if (status != PlanStatus.NONE && status != PlanStatus.DRAFT) {
            throw new RuleViolation(RefusalCode.ILLEGAL_TRANSITION, "The " + status
                    + " plan cannot be redrafted; propose an amendment (bổ sung, điều chỉnh) instead.");
        }
        List<PlannedItem> drafted = PlannedItemRules.check(command.items(), Set.of(), "items");
        apply(new AnnualPlanDrafted(command.id(), command.agency(), command.year(), drafted));
        return Versions.current();
    }

    @CommandHandler
    public long handle(SubmitAnnualPlanCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        Versions.requireCurrent(command.expectedVersion());
        requireOwnAgency(agency, role, actorAgency);
        requireStatus("submit", PlanStatus.DRAFT);
        apply(new AnnualPlanSubmitted(id));
        return Versions.current();
    }

    @CommandHandler
    public long handle(ApproveAnnualPlanCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireStatus("approve", PlanStatus.SUBMITTED);
        requireDecision(command.decision());
        apply(new AnnualPlanApproved(id, command.decision()));
        return Versions.current();
    }

    @CommandHandler
    public long handle(ReturnAnnualPlanCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireStatus("return", PlanStatus.SUBMITTED);
        requireReason(command.reason());
        apply(new AnnualPlanReturned(id, command.reason().strip()));
        return Versions.current();
    }

    @CommandHandler
    public long handle(ProposePlanAmendmentCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        Versions.requireCurrent(command.expectedVersion());
        requireOwnAgency(agency, role, actorAgency);
        requireStatus("amend", PlanStatus.APPROVED);
        if (openAmendment != null) {
            throw new RuleViolation(RefusalCode.AMENDMENT_PENDING,
                    "Amendment " + openAmendment.amendmentId() + " is still waiting for its decision.");
        }
        requireReason(command.reason());
        List<String> withdrawn = command.withdrawnItemIds() == null ? List.of() : List.copyOf(command.withdrawnItemIds());
        for (String itemId : withdrawn) {
            if (!items.containsKey(itemId)) {
                throw new RuleViolation(RefusalCode.PLANNED_ITEM_NOT_FOUND, "withdrawnItemIds",
                        "The plan has no item " + itemId + ".");
            }
        }
        List<PlannedItem> added = PlannedItemRules.check(command.addedItems(), items.keySet(), "addedItems");
        if (added.isEmpty() && withdrawn.isEmpty()) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "addedItems",
                    "An amendment adds or withdraws at least one item.");
        }
        apply(new PlanAmendmentProposed(id, command.amendmentId(), added, withdrawn, command.reason().strip()));
        return Versions.current();
    }

    @CommandHandler
    public long handle(ApprovePlanAmendmentCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireOpenAmendment(command.amendmentId());
        requireDecision(command.decision());
        apply(new PlanAmendmentApproved(id, command.amendmentId(), command.decision()));
        return Versions.current();
    }

    @CommandHandler
    public long handle(RejectPlanAmendmentCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireOpenAmendment(command.amendmentId());
        requireReason(command.reason());
        apply(new PlanAmendmentRejected(id, command.amendmentId(), command.reason().strip()));
        return Versions.current();
    }

    /**
     * The off-plan quota: one decision per approval attempt, recorded whether granted or refused,
     * so that repeating the command (after a crash, or by the recovery processor) gives the same
     * answer and never a second slot.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public SlotDecision handle(TakeOffPlanSlotCommand command) {
        SlotDecision earlier = attempts.get(command.attemptId());
        if (earlier != null) {
            return earlier;
        }
        if (slotHolders.containsKey(command.delegation())) {
            return SlotDecision.GRANTED;
        }
        if (slotHolders.size() < command.limit()) {
            apply(new OffPlanSlotTaken(command.id(), command.agency(), command.year(), command.delegation(),
                    command.attemptId(), command.limit(), slotHolders.size() + 1));
            return SlotDecision.GRANTED;
        }
        apply(new OffPlanSlotRefused(command.id(), command.agency(), command.year(), command.delegation(),
                command.attemptId(), command.limit(), slotHolders.size()));
        return SlotDecision.REFUSED;
    }

    @CommandHandler
    public void handle(ReleaseOffPlanSlotCommand command) {
        if (slotHolders.containsKey(command.delegation())) {
            apply(new OffPlanSlotReleased(id, command.delegation(), command.reason()));
        }
    }

    @EventSourcingHandler
    void on(AnnualPlanDrafted event) {
        identify(event.id(), event.agency());
        status = PlanStatus.DRAFT;
        items.clear();
        event.items().forEach(item -> items.put(item.itemId(), item));
    }

    @EventSourcingHandler
    void on(AnnualPlanSubmitted event) {
        status = PlanStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(AnnualPlanApproved event) {
        status = PlanStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(AnnualPlanReturned event) {
        status = PlanStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(PlanAmendmentProposed event) {
        openAmendment = event;
        amendmentIds.add(event.amendmentId());
    }

    @EventSourcingHandler
    void on(PlanAmendmentApproved event) {
        openAmendment.withdrawnItemIds().forEach(items::remove);
        openAmendment.addedItems().forEach(item -> items.put(item.itemId(), item));
        openAmendment = null;
    }

    @EventSourcingHandler
    void on(PlanAmendmentRejected event) {
        openAmendment = null;
    }

    @EventSourcingHandler
    void on(OffPlanSlotTaken event) {
        identify(event.id(), event.agency());
        slotHolders.put(event.delegation(), event.attemptId());
        attempts.put(event.attemptId(), SlotDecision.GRANTED);
    }

    @EventSourcingHandler
    void on(OffPlanSlotRefused event) {
        identify(event.id(), event.agency());
        attempts.put(event.attemptId(), SlotDecision.REFUSED);
    }

    @EventSourcingHandler
    void on(OffPlanSlotReleased event) {
        slotHolders.remove(event.delegation());
    }

    private void identify(AnnualPlanId planId, AgencyCode planAgency) {
        if (id == null) {
            id = planId;
            agency = planAgency;
        }
    }

    private void requireOpenAmendment(String amendmentId) {
        if (openAmendment == null || !openAmendment.amendmentId().equals(amendmentId)) {
            throw new RuleViolation(amendmentIds.contains(amendmentId) ? RefusalCode.ILLEGAL_TRANSITION
                    : RefusalCode.NOT_FOUND, "No amendment " + amendmentId + " is waiting for a decision.");
        }
    }

    private void requireStatus(String action, PlanStatus allowed) {
        if (status != allowed) {
            throw new RuleViolation(RefusalCode.ILLEGAL_TRANSITION,
                    "Cannot " + action + " a plan that is " + status + ".");
        }
    }

    private static void requireOwnAgency(AgencyCode planAgency, String role, String actorAgency) {
        if (Role.OFFICER.name().equals(role) && !planAgency.value().equals(actorAgency)) {
            throw new RuleViolation(RefusalCode.NOT_OWN_AGENCY, "Officers may act only on their own agency's plan.");
        }
    }

    private static void requireDecision(PlanDecision decision) {
        if (decision == null || decision.number() == null || decision.number().isBlank()) {
            throw new RuleViolation(RefusalCode.DECISION_REQUIRED, "decisionNumber",
                    "An approval needs the number of its decision.");
        }
        if (decision.date() == null) {
            throw new RuleViolation(RefusalCode.DECISION_REQUIRED, "decisionDate",
                    "An approval needs the date of its decision.");
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation(RefusalCode.REASON_REQUIRED, "reason", "Say why.");
        }
    }
}
