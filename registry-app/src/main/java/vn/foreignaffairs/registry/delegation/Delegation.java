package vn.foreignaffairs.registry.delegation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import vn.foreignaffairs.registry.api.delegation.ApprovalResult;
import vn.foreignaffairs.registry.api.delegation.ApproveDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.CancelDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.CompleteOffPlanApprovalCommand;
import vn.foreignaffairs.registry.api.delegation.ConsultationDisagreementOverridden;
import vn.foreignaffairs.registry.api.delegation.ConsultationOpinionRecorded;
import vn.foreignaffairs.registry.api.delegation.CreateDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.Decision;
import vn.foreignaffairs.registry.api.delegation.DelegationApprovalRefused;
import vn.foreignaffairs.registry.api.delegation.DelegationApprovalRequested;
import vn.foreignaffairs.registry.api.delegation.DelegationApproved;
import vn.foreignaffairs.registry.api.delegation.DelegationCancelled;
import vn.foreignaffairs.registry.api.delegation.DelegationDetails;
import vn.foreignaffairs.registry.api.delegation.AmendApprovedDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.CloseDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.DelegationAmended;
import vn.foreignaffairs.registry.api.delegation.DelegationClosed;
import vn.foreignaffairs.registry.api.delegation.DelegationDeparted;
import vn.foreignaffairs.registry.api.delegation.DelegationDraftRevised;
import vn.foreignaffairs.registry.api.delegation.DelegationDrafted;
import vn.foreignaffairs.registry.api.delegation.DelegationId;
import vn.foreignaffairs.registry.api.delegation.DelegationPostponed;
import vn.foreignaffairs.registry.api.delegation.DelegationRejected;
import vn.foreignaffairs.registry.api.delegation.DelegationSentForConsultation;
import vn.foreignaffairs.registry.api.delegation.DelegationStatus;
import vn.foreignaffairs.registry.api.delegation.DelegationSubmitted;
import vn.foreignaffairs.registry.api.delegation.OffPlanSlotReturned;
import vn.foreignaffairs.registry.api.delegation.Opinion;
import vn.foreignaffairs.registry.api.delegation.RecordConsultationOpinionCommand;
import vn.foreignaffairs.registry.api.delegation.DelegationReturned;
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
import vn.foreignaffairs.registry.api.plan.AnnualPlanId;
import vn.foreignaffairs.registry.api.plan.SlotDecision;
import vn.foreignaffairs.registry.common.Versions;

/**
 * An outbound delegation (đoàn ra), from draft to decision. Each handler checks the rules of
 * its step and records the fact; the event-sourcing handlers only change state.
 * Handlers return the record's new version (number of events recorded).
 *
 * <p>An off-plan delegation goes out for consultation when submitted and can be approved only
 * once every consulted agency has answered. Unless exempt, its approval is an attempt that waits
 * for a slot of the agency's off-plan quota ({@link DelegationApprovalRequested}); the attempt is
 * completed with the quota's answer ({@link CompleteOffPlanApprovalCommand}) and blocks every
 * other decision until then.
 */
@Aggregate
public class Delegation {

    @AggregateIdentifier
    private DelegationId id;
    private AgencyCode agency;
    private DelegationStatus status;
    private DelegationDetails details;
    private final Map<String, Opinion> opinions = new LinkedHashMap<>();
    private DelegationApprovalRequested pendingApproval;
    private final Set<String> completedAttempts = new HashSet<>();
    private AnnualPlanId heldSlot;

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
        DelegationDetailsRules.checkReadyToSubmit(details);
        apply(new DelegationSubmitted(id));
        if (details.offPlan()) {
            apply(new DelegationSentForConsultation(id, details.offPlanCase().consultedAgencies()));
        }
        return Versions.current();
    }

    @CommandHandler
    public long handle(RecordConsultationOpinionCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireNoPendingApproval();
        requireStatus("record an opinion on", DelegationStatus.SUBMITTED, DelegationStatus.UNDER_CONSULTATION);
        if (command.opinion() == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "opinion", "Say whether the agency agrees.");
        }
        if (command.opinion() == Opinion.DISAGREE && isBlank(command.note())) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "note",
                    "A disagreeing opinion needs the agency's reasons in the note.");
        }
        apply(new ConsultationOpinionRecorded(id, command.agency(), command.opinion(), command.note()));
        return Versions.current();
    }

    @CommandHandler
    public ApprovalResult handle(ApproveDelegationCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireNoPendingApproval();
        requireStatus("approve", details.offPlan() ? DelegationStatus.UNDER_CONSULTATION : DelegationStatus.SUBMITTED);
        requireDecision(command.decision());
        List<String> disagreeing = details.offPlan() ? consultationOutcome(command.overrideReason()) : List.of();
        String override = disagreeing.isEmpty() ? null : command.overrideReason().strip();
        if (details.usesOffPlanQuota()) {
            int year = details.departureDate().getYear();
            apply(new DelegationApprovalRequested(id, command.attemptId(), AnnualPlanId.of(agency, year), agency, year,
                    command.offPlanQuotaLimit(), command.decision(), override));
            return new ApprovalResult(Versions.current(), command.attemptId());
        }
        approve(command.decision(), disagreeing, override);
        return new ApprovalResult(Versions.current(), null);
    }

    @CommandHandler
    public long handle(CompleteOffPlanApprovalCommand command) {
        if (completedAttempts.contains(command.attemptId())) {
            return Versions.current();
        }
        if (pendingApproval == null || !pendingApproval.attemptId().equals(command.attemptId())) {
            throw new RuleViolation(RefusalCode.ILLEGAL_TRANSITION,
                    "No approval attempt " + command.attemptId() + " is waiting for the quota.");
        }
        DelegationApprovalRequested attempt = pendingApproval;
        if (command.slot() == SlotDecision.GRANTED) {
            List<String> disagreeing = attempt.overrideReason() == null ? List.of() : disagreeingAgencies();
            approve(attempt.decision(), disagreeing, attempt.overrideReason());
        } else {
            apply(new DelegationApprovalRefused(id, attempt.attemptId(), "Agency " + agency + " has used all "
                    + attempt.quotaLimit() + " off-plan delegations allowed for " + attempt.year() + "."));
        }
        return Versions.current();
    }

    @CommandHandler
    public long handle(RejectDelegationCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireNoPendingApproval();
        requireStatus("reject", DelegationStatus.SUBMITTED, DelegationStatus.UNDER_CONSULTATION);
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
        requireNoPendingApproval();
        requireStatus("cancel", DelegationStatus.DRAFT, DelegationStatus.SUBMITTED,
                DelegationStatus.UNDER_CONSULTATION, DelegationStatus.APPROVED, DelegationStatus.POSTPONED);
        requireReason(command.reason(), "A cancellation needs a reason.");
        apply(new DelegationCancelled(id, command.reason().strip()));
        if (heldSlot != null) {
            apply(new OffPlanSlotReturned(id, heldSlot));
        }
        return Versions.current();
    }

    @EventSourcingHandler
    void on(DelegationDrafted event) {
        id = event.id();
        agency = event.agency();
        details = event.details();
        status = DelegationStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(DelegationDraftRevised event) {
        details = event.details();
    }

    @EventSourcingHandler
    void on(DelegationSubmitted event) {
        status = DelegationStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(DelegationSentForConsultation event) {
        status = DelegationStatus.UNDER_CONSULTATION;
    }

    @EventSourcingHandler
    void on(ConsultationOpinionRecorded event) {
        opinions.put(event.agency(), event.opinion());
    }

    @EventSourcingHandler
    void on(DelegationApprovalRequested event) {
        pendingApproval = event;
    }

    @EventSourcingHandler
    void on(DelegationApprovalRefused event) {
        completedAttempts.add(event.attemptId());
        pendingApproval = null;
    }

    @EventSourcingHandler
    void on(DelegationApproved event) {
        if (pendingApproval != null) {
            completedAttempts.add(pendingApproval.attemptId());
            heldSlot = pendingApproval.plan();
            pendingApproval = null;
        }
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

    @EventSourcingHandler
    void on(OffPlanSlotReturned event) {
        heldSlot = null;
    }

    private void approve(Decision decision, List<String> disagreeing, String override) {
        if (!disagreeing.isEmpty()) {
            apply(new ConsultationDisagreementOverridden(id, disagreeing, override));
        }
        apply(new DelegationApproved(id, decision));
    }

    /**
     * Every consulted agency must have answered; if any disagreed, the approver must override it
     * with a reason. Returns the disagreeing agencies.
     */
    private List<String> consultationOutcome(String overrideReason) {
        List<String> missing = details.offPlanCase().consultedAgencies().stream()
                .filter(consulted -> !opinions.containsKey(consulted)).toList();
        if (!missing.isEmpty()) {
            throw new RuleViolation(RefusalCode.CONSULTATION_INCOMPLETE,
                    "Still waiting for the opinion of " + String.join(", ", missing) + ".");
        }
        List<String> disagreeing = disagreeingAgencies();
        if (!disagreeing.isEmpty() && isBlank(overrideReason)) {
            throw new RuleViolation(RefusalCode.OVERRIDE_REASON_REQUIRED,
                    String.join(", ", disagreeing) + " disagreed: approving needs an explicit override with a reason.");
        }
        return disagreeing;
    }

    private List<String> disagreeingAgencies() {
        return opinions.entrySet().stream().filter(entry -> entry.getValue() == Opinion.DISAGREE)
                .map(Map.Entry::getKey).toList();
    }

    private static void requireDecision(Decision decision) {
        if (decision == null || isBlank(decision.number())) {
            throw new RuleViolation(RefusalCode.DECISION_REQUIRED, "decisionNumber",
                    "An approval needs the number of the decision that sends the delegation.");
        }
        if (decision.date() == null) {
            throw new RuleViolation(RefusalCode.DECISION_REQUIRED, "decisionDate",
                    "An approval needs the date of the decision.");
        }
    }

    private void requireNoPendingApproval() {
        if (pendingApproval != null) {
            throw new RuleViolation(RefusalCode.APPROVAL_IN_PROGRESS,
                    "An approval of this delegation is waiting for the off-plan quota; try again in a moment.");
        }
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
