package vn.foreignaffairs.registry.delegation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.api.delegation.ApproveDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.CancelDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.CreateDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.DelegationApproved;
import vn.foreignaffairs.registry.api.delegation.DelegationCancelled;
import vn.foreignaffairs.registry.api.delegation.DelegationDraftRevised;
import vn.foreignaffairs.registry.api.delegation.DelegationDrafted;
import vn.foreignaffairs.registry.api.delegation.DelegationId;
import vn.foreignaffairs.registry.api.delegation.DelegationRejected;
import vn.foreignaffairs.registry.api.delegation.DelegationStatus;
import vn.foreignaffairs.registry.api.delegation.DelegationSubmitted;
import vn.foreignaffairs.registry.api.delegation.RejectDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.ReviseDelegationDraftCommand;
import vn.foreignaffairs.registry.api.delegation.SubmitDelegationCommand;
import vn.foreignaffairs.registry.common.Versions;

/**
 * An outbound delegation (đoàn ra), from draft to decision. Each handler checks the rules of
 * its step and records the fact; the event-sourcing handlers only change state.
 * Handlers return the record's new version (number of events recorded).
 */
@Aggregate
public class Delegation {

    @AggregateIdentifier
    private DelegationId id;
    private AgencyCode agency;
    private DelegationStatus status;

    protected Delegation() {
        // for Axon: state is rebuilt from events
    }

    @CommandHandler
    public Delegation(CreateDelegationCommand command,
                      @MetaDataValue(AuditMetadata.ROLE) String role,
                      @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        AgencyAccess.requireOwnAgency(command.agency(), role, actorAgency);
        DelegationDetailsRules.check(command.details());
        apply(new DelegationDrafted(command.id(), command.agency(), command.details()));
    }

    @CommandHandler
    public long handle(ReviseDelegationDraftCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        Versions.requireCurrent(command.expectedVersion());
        AgencyAccess.requireOwnAgency(agency, role, actorAgency);
        requireStatus("revise", DelegationStatus.DRAFT);
        DelegationDetailsRules.check(command.details());
        apply(new DelegationDraftRevised(id, command.details()));
        return Versions.current();
    }

    @CommandHandler
    public long handle(SubmitDelegationCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        Versions.requireCurrent(command.expectedVersion());
        AgencyAccess.requireOwnAgency(agency, role, actorAgency);
        requireStatus("submit", DelegationStatus.DRAFT);
        apply(new DelegationSubmitted(id));
        return Versions.current();
    }

    @CommandHandler
    public long handle(ApproveDelegationCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireStatus("approve", DelegationStatus.SUBMITTED);
        var decision = command.decision();
        if (decision == null || isBlank(decision.number())) {
            throw new RuleViolation(RefusalCode.DECISION_REQUIRED, "decisionNumber",
                    "An approval needs the number of the decision that sends the delegation.");
        }
        if (decision.date() == null) {
            throw new RuleViolation(RefusalCode.DECISION_REQUIRED, "decisionDate",
                    "An approval needs the date of the decision.");
        }
        apply(new DelegationApproved(id, decision));
        return Versions.current();
    }

    @CommandHandler
    public long handle(RejectDelegationCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireStatus("reject", DelegationStatus.SUBMITTED);
        requireReason(command.reason(), "A rejection needs a reason.");
        apply(new DelegationRejected(id, command.reason().strip()));
        return Versions.current();
    }

    @CommandHandler
    public long handle(CancelDelegationCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        Versions.requireCurrent(command.expectedVersion());
        AgencyAccess.requireOwnAgency(agency, role, actorAgency);
        requireStatus("cancel", DelegationStatus.DRAFT, DelegationStatus.SUBMITTED, DelegationStatus.APPROVED);
        requireReason(command.reason(), "A cancellation needs a reason.");
        apply(new DelegationCancelled(id, command.reason().strip()));
        return Versions.current();
    }

    @EventSourcingHandler
    void on(DelegationDrafted event) {
        id = event.id();
        agency = event.agency();
        status = DelegationStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(DelegationSubmitted event) {
        status = DelegationStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(DelegationApproved event) {
        status = DelegationStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(DelegationRejected event) {
        status = DelegationStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(DelegationCancelled event) {
        status = DelegationStatus.CANCELLED;
    }

    private void requireStatus(String action, DelegationStatus... allowed) {
        for (DelegationStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new RuleViolation(RefusalCode.ILLEGAL_TRANSITION,
                "Cannot " + action + " a delegation that is " + status + ".");
    }

    private static void requireReason(String reason, String message) {
        if (isBlank(reason)) {
            throw new RuleViolation(RefusalCode.REASON_REQUIRED, "reason", message);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
