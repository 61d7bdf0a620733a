package vn.foreignaffairs.registry.delegation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.api.delegation.AmendApprovedDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.ApproveDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.CancelDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.CloseDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.CreateDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.Decision;
import vn.foreignaffairs.registry.api.delegation.DelegationAmended;
import vn.foreignaffairs.registry.api.delegation.DelegationApproved;
import vn.foreignaffairs.registry.api.delegation.DelegationCancelled;
import vn.foreignaffairs.registry.api.delegation.DelegationClosed;
import vn.foreignaffairs.registry.api.delegation.DelegationDeparted;
import vn.foreignaffairs.registry.api.delegation.DelegationDraftRevised;
import vn.foreignaffairs.registry.api.delegation.DelegationDrafted;
import vn.foreignaffairs.registry.api.delegation.DelegationId;
import vn.foreignaffairs.registry.api.delegation.DelegationPostponed;
import vn.foreignaffairs.registry.api.delegation.DelegationRejected;
import vn.foreignaffairs.registry.api.delegation.DelegationReturned;
import vn.foreignaffairs.registry.api.delegation.DelegationStatus;
import vn.foreignaffairs.registry.api.delegation.DelegationSubmitted;
import vn.foreignaffairs.registry.api.delegation.FilePostTripReportCommand;
import vn.foreignaffairs.registry.api.delegation.HandBackPassportCommand;
import vn.foreignaffairs.registry.api.delegation.HandOutPassportCommand;
import vn.foreignaffairs.registry.api.delegation.Member;
import vn.foreignaffairs.registry.api.delegation.PassportHandedBack;
import vn.foreignaffairs.registry.api.delegation.PassportHandedOut;
import vn.foreignaffairs.registry.api.delegation.PassportKind;
import vn.foreignaffairs.registry.api.delegation.PostTripReportFiled;
import vn.foreignaffairs.registry.api.delegation.PostponeDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.RecordDepartureCommand;
import vn.foreignaffairs.registry.api.delegation.RecordReturnCommand;
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
        requireStatus("cancel", DelegationStatus.DRAFT, DelegationStatus.SUBMITTED, DelegationStatus.APPROVED,
                DelegationStatus.POSTPONED);
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

    // after approval: amendment and postponement by a new decision, then the trip itself, its
    // post-trip report and the passports handed out for it (DOMAIN.md, outbound rules 6 and 9)

    @AggregateMember
    private final Trip trip = new Trip();

    @CommandHandler
    public long handle(AmendApprovedDelegationCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireStatus("amend", DelegationStatus.APPROVED, DelegationStatus.POSTPONED);
        requireNewDecision(command.decision());
        DelegationDetailsRules.check(command.details());
        apply(new DelegationAmended(id, command.details(), command.decision()));
        return Versions.current();
    }

    @CommandHandler
    public long handle(PostponeDelegationCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireStatus("postpone", DelegationStatus.APPROVED);
        requireReason(command.reason(), "A postponement needs a reason.");
        requireNewDecision(command.decision());
        LocalDate from = command.newDepartureDate();
        LocalDate to = command.newReturnDate();
        if ((from == null) != (to == null)) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, from == null ? "newDepartureDate" : "newReturnDate",
                    "Give both new dates, or neither while they are not fixed.");
        }
        if (from != null && to.isBefore(from)) {
            throw new RuleViolation(RefusalCode.DATES_OUT_OF_ORDER, "newReturnDate",
                    "The new return date is before the new departure date.");
        }
        apply(new DelegationPostponed(id, from, to, command.reason().strip(), command.decision()));
        return Versions.current();
    }

    @CommandHandler
    public long handle(RecordDepartureCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        Versions.requireCurrent(command.expectedVersion());
        AgencyAccess.requireOwnAgency(agency, role, actorAgency);
        requireStatus("record the departure of", DelegationStatus.APPROVED);
        LocalDate departedOn = requireDate(command.departedOn(), "departedOn");
        Decision decision = trip.sendingDecision();
        if (departedOn.isBefore(decision.date())) {
            throw new RuleViolation(RefusalCode.DATE_BEFORE_DECISION, "departedOn",
                    "The delegation cannot leave before decision " + decision.number() + " of " + decision.date()
                            + " that sends it.");
        }
        apply(new DelegationDeparted(id, departedOn));
        return Versions.current();
    }

    @CommandHandler
    public long handle(RecordReturnCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        Versions.requireCurrent(command.expectedVersion());
        AgencyAccess.requireOwnAgency(agency, role, actorAgency);
        requireStatus("record the return of", DelegationStatus.DEPARTED);
        LocalDate returnedOn = requireDate(command.returnedOn(), "returnedOn");
        if (returnedOn.isBefore(trip.departedOn())) {
            throw new RuleViolation(RefusalCode.DATE_BEFORE_DEPARTURE, "returnedOn",
                    "The delegation cannot return before it left on " + trip.departedOn() + ".");
        }
        if (command.reportDueDate() == null || command.passportsDueDate() == null) {
            throw new IllegalArgumentException("The sender fixes the due dates from the policies in force.");
        }
        apply(new DelegationReturned(id, returnedOn, command.reportDueDate(), command.passportsDueDate()));
        return Versions.current();
    }

    @CommandHandler
    public long handle(FilePostTripReportCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        Versions.requireCurrent(command.expectedVersion());
        AgencyAccess.requireOwnAgency(agency, role, actorAgency);
        requireStatus("file the post-trip report of", DelegationStatus.RETURNED);
        String results = requireText(command.results(), "results", "The report needs the results of the trip.");
        String evaluation = requireText(command.evaluation(), "evaluation",
                "The report needs the agency's evaluation of the trip.");
        apply(new PostTripReportFiled(id, results, evaluation));
        return Versions.current();
    }

    @CommandHandler
    public long handle(HandOutPassportCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        Versions.requireCurrent(command.expectedVersion());
        AgencyAccess.requireOwnAgency(agency, role, actorAgency);
        requireStatus("hand out a passport for", DelegationStatus.APPROVED, DelegationStatus.DEPARTED);
        String name = requireText(command.memberName(), "memberName", "Say whose passport is handed out.");
        Member member = trip.member(name).orElseThrow(() -> new RuleViolation(RefusalCode.MEMBER_NOT_IN_DELEGATION,
                "memberName", name + " is not a member of the delegation as decided."));
        if (member.passportKind() != PassportKind.OFFICIAL && member.passportKind() != PassportKind.DIPLOMATIC) {
            throw new RuleViolation(RefusalCode.PASSPORT_NOT_MANAGED, "memberName",
                    name + " travels on an ordinary passport, which the managing body does not keep.");
        }
        String number = requireText(command.passportNumber(), "passportNumber", "Give the passport number.");
        if (trip.passportOut(name).isPresent()) {
            throw new RuleViolation(RefusalCode.PASSPORT_ALREADY_HANDED_OUT, "memberName",
                    "The passport of " + name + " is already handed out and not yet handed back.");
        }
        LocalDate handedOutOn = requireDate(command.handedOutOn(), "handedOutOn");
        Decision decision = trip.sendingDecision();
        if (handedOutOn.isBefore(decision.date())) {
            throw new RuleViolation(RefusalCode.DATE_BEFORE_DECISION, "handedOutOn",
                    "A passport is handed out against decision " + decision.number() + ", which dates from "
                            + decision.date() + ".");
        }
        apply(new PassportHandedOut(id, name, number, member.passportKind(), handedOutOn, decision.number()));
        return Versions.current();
    }

    @CommandHandler
    public long handle(HandBackPassportCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        Versions.requireCurrent(command.expectedVersion());
        AgencyAccess.requireOwnAgency(agency, role, actorAgency);
        String name = requireText(command.memberName(), "memberName", "Say whose passport is handed back.");
        Trip.HandedOut out = trip.passportOut(name).orElseThrow(() -> new RuleViolation(
                RefusalCode.PASSPORT_NOT_HANDED_OUT, "memberName",
                "No passport of " + name + " is handed out for this delegation."));
        LocalDate handedBackOn = requireDate(command.handedBackOn(), "handedBackOn");
        if (handedBackOn.isBefore(out.handedOutOn())) {
            throw new RuleViolation(RefusalCode.DATES_OUT_OF_ORDER, "handedBackOn",
                    "The passport was handed out on " + out.handedOutOn() + ", after that date.");
        }
        apply(new PassportHandedBack(id, name, out.passportNumber(), handedBackOn));
        return Versions.current();
    }

    @CommandHandler
    public long handle(CloseDelegationCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireStatus("close", DelegationStatus.REPORTED);
        if (!trip.membersWithPassportsOut().isEmpty()) {
            throw new RuleViolation(RefusalCode.PASSPORTS_OUTSTANDING,
                    "Passports not yet handed back: " + String.join(", ", trip.membersWithPassportsOut()) + ".");
        }
        apply(new DelegationClosed(id));
        return Versions.current();
    }

    @EventSourcingHandler
    void on(DelegationAmended event) {
        status = DelegationStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(DelegationPostponed event) {
        status = DelegationStatus.POSTPONED;
    }

    @EventSourcingHandler
    void on(DelegationDeparted event) {
        status = DelegationStatus.DEPARTED;
    }

    @EventSourcingHandler
    void on(DelegationReturned event) {
        status = DelegationStatus.RETURNED;
    }

    @EventSourcingHandler
    void on(PostTripReportFiled event) {
        status = DelegationStatus.REPORTED;
    }

    @EventSourcingHandler
    void on(DelegationClosed event) {
        status = DelegationStatus.CLOSED;
    }

    /** An amendment or postponement takes effect only by a decision other than those already taken. */
    private void requireNewDecision(Decision decision) {
        if (decision == null || isBlank(decision.number())) {
            throw new RuleViolation(RefusalCode.DECISION_REQUIRED, "decisionNumber",
                    "A change after approval needs the number of the new decision that orders it.");
        }
        if (decision.date() == null) {
            throw new RuleViolation(RefusalCode.DECISION_REQUIRED, "decisionDate",
                    "A change after approval needs the date of the new decision.");
        }
        if (trip.isDecisionNumberUsed(decision.number())) {
            throw new RuleViolation(RefusalCode.NEW_DECISION_REQUIRED, "decisionNumber",
                    "Decision " + decision.number().strip() + " was already taken on this delegation; "
                            + "a change after approval needs a new decision.");
        }
        if (decision.date().isBefore(trip.latestDecisionDate())) {
            throw new RuleViolation(RefusalCode.NEW_DECISION_REQUIRED, "decisionDate",
                    "The new decision is dated before the latest decision on this delegation ("
                            + trip.latestDecisionDate() + ").");
        }
    }

    private static LocalDate requireDate(LocalDate date, String field) {
        if (date == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, field, "Give the date.");
        }
        return date;
    }

    private static String requireText(String text, String field, String message) {
        if (isBlank(text)) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, field, message);
        }
        return text.strip();
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
