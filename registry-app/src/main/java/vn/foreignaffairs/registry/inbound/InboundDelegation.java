package vn.foreignaffairs.registry.inbound;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.api.inbound.ApprovalDecision;
import vn.foreignaffairs.registry.api.inbound.ApproveInboundDelegationCommand;
import vn.foreignaffairs.registry.api.inbound.CancelInboundDelegationCommand;
import vn.foreignaffairs.registry.api.inbound.CreateInboundDelegationCommand;
import vn.foreignaffairs.registry.api.inbound.FileInboundVisitReportCommand;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationApproved;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationCancelled;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationDetails;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationDraftRevised;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationDrafted;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationId;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationRejected;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationStatus;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationSubmitted;
import vn.foreignaffairs.registry.api.inbound.InboundVisitHeld;
import vn.foreignaffairs.registry.api.inbound.InboundVisitReportFiled;
import vn.foreignaffairs.registry.api.inbound.RecordInboundVisitHeldCommand;
import vn.foreignaffairs.registry.api.inbound.RejectInboundDelegationCommand;
import vn.foreignaffairs.registry.api.inbound.ReviseInboundDelegationDraftCommand;
import vn.foreignaffairs.registry.api.inbound.SubmitInboundDelegationCommand;
import vn.foreignaffairs.registry.common.Versions;

/**
 * An inbound delegation (đoàn vào): a foreign delegation an agency hosts, approved before the
 * visit and reported on after it. Each handler checks the rules of its step and records the
 * fact; the event-sourcing handlers only change state. Handlers return the record's new version
 * (number of events recorded).
 */
@Aggregate
public class InboundDelegation {

    @AggregateIdentifier
    private InboundDelegationId id;
    private AgencyCode hostAgency;
    private InboundDelegationStatus status;
    private InboundDelegationDetails details;

    protected InboundDelegation() {
        // for Axon: state is rebuilt from events
    }

    @CommandHandler
    public InboundDelegation(CreateInboundDelegationCommand command,
                             @MetaDataValue(AuditMetadata.ROLE) String role,
                             @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        HostAgencyAccess.requireOwnAgency(command.hostAgency(), role, actorAgency);
        InboundDelegationDetailsRules.check(command.details());
        apply(new InboundDelegationDrafted(command.id(), command.hostAgency(), command.details()));
    }

    @CommandHandler
    public long handle(ReviseInboundDelegationDraftCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        Versions.requireCurrent(command.expectedVersion());
        HostAgencyAccess.requireOwnAgency(hostAgency, role, actorAgency);
        requireStatus("revise", InboundDelegationStatus.DRAFT);
        InboundDelegationDetailsRules.check(command.details());
        apply(new InboundDelegationDraftRevised(id, command.details()));
        return Versions.current();
    }

    @CommandHandler
    public long handle(SubmitInboundDelegationCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        Versions.requireCurrent(command.expectedVersion());
        HostAgencyAccess.requireOwnAgency(hostAgency, role, actorAgency);
        requireStatus("submit", InboundDelegationStatus.DRAFT);
        InboundDelegationDetailsRules.checkReadyForApproval(details);
        apply(new InboundDelegationSubmitted(id));
        return Versions.current();
    }

    /**
     * The visit must be approved before it happens: a decision dated after the planned arrival
     * is refused. A decision taken on the day of arrival is still in time.
     */
    @CommandHandler
    public long handle(ApproveInboundDelegationCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireStatus("approve", InboundDelegationStatus.SUBMITTED);
        ApprovalDecision decision = command.decision();
        if (decision == null || isBlank(decision.number())) {
            throw new RuleViolation(RefusalCode.DECISION_REQUIRED, "decisionNumber",
                    "An approval needs the number of the decision that approves the visit.");
        }
        if (decision.date() == null) {
            throw new RuleViolation(RefusalCode.DECISION_REQUIRED, "decisionDate",
                    "An approval needs the date of the decision.");
        }
        LocalDate arrival = details.arrivalDate();
        if (decision.date().isAfter(arrival)) {
            throw new RuleViolation(RefusalCode.APPROVAL_AFTER_VISIT_START, "decisionDate",
                    "The decision is dated " + decision.date() + ", after the delegation arrives on " + arrival
                            + ": an inbound delegation is approved before the visit.");
        }
        apply(new InboundDelegationApproved(id, decision));
        return Versions.current();
    }

    @CommandHandler
    public long handle(RejectInboundDelegationCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireStatus("reject", InboundDelegationStatus.SUBMITTED);
        requireReason(command.reason(), "A rejection needs a reason.");
        apply(new InboundDelegationRejected(id, command.reason().strip()));
        return Versions.current();
    }

    @CommandHandler
    public long handle(CancelInboundDelegationCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        Versions.requireCurrent(command.expectedVersion());
        HostAgencyAccess.requireOwnAgency(hostAgency, role, actorAgency);
        requireStatus("cancel", InboundDelegationStatus.DRAFT, InboundDelegationStatus.SUBMITTED,
                InboundDelegationStatus.APPROVED);
        requireReason(command.reason(), "A cancellation needs a reason.");
        apply(new InboundDelegationCancelled(id, command.reason().strip()));
        return Versions.current();
    }

    @CommandHandler
    public long handle(RecordInboundVisitHeldCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        Versions.requireCurrent(command.expectedVersion());
        HostAgencyAccess.requireOwnAgency(hostAgency, role, actorAgency);
        requireStatus("record the visit of", InboundDelegationStatus.APPROVED);
        if (command.arrivalDate() == null || command.departureDate() == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED,
                    command.arrivalDate() == null ? "arrivalDate" : "departureDate",
                    "Say on which dates the delegation actually arrived and left.");
        }
        if (command.departureDate().isBefore(command.arrivalDate())) {
            throw new RuleViolation(RefusalCode.DATES_OUT_OF_ORDER, "departureDate",
                    "The departure date is before the arrival date.");
        }
        apply(new InboundVisitHeld(id, command.arrivalDate(), command.departureDate()));
        return Versions.current();
    }

    @CommandHandler
    public long handle(FileInboundVisitReportCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        Versions.requireCurrent(command.expectedVersion());
        HostAgencyAccess.requireOwnAgency(hostAgency, role, actorAgency);
        requireStatus("report on", InboundDelegationStatus.VISIT_HELD);
        if (isBlank(command.results())) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "results",
                    "A report says what the visit achieved.");
        }
        apply(new InboundVisitReportFiled(id, command.results().strip()));
        return Versions.current();
    }

    @EventSourcingHandler
    void on(InboundDelegationDrafted event) {
        id = event.id();
        hostAgency = event.hostAgency();
        details = event.details();
        status = InboundDelegationStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(InboundDelegationDraftRevised event) {
        details = event.details();
    }

    @EventSourcingHandler
    void on(InboundDelegationSubmitted event) {
        status = InboundDelegationStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(InboundDelegationApproved event) {
        status = InboundDelegationStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(InboundDelegationRejected event) {
        status = InboundDelegationStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(InboundDelegationCancelled event) {
        status = InboundDelegationStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(InboundVisitHeld event) {
        status = InboundDelegationStatus.VISIT_HELD;
    }

    @EventSourcingHandler
    void on(InboundVisitReportFiled event) {
        status = InboundDelegationStatus.REPORTED;
    }

    private void requireStatus(String action, InboundDelegationStatus... allowed) {
        for (InboundDelegationStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new RuleViolation(RefusalCode.ILLEGAL_TRANSITION,
                "Cannot " + action + " an inbound delegation that is " + status + ".");
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
