package vn.foreignaffairs.registry.aid;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.aid.AdjustAidCommand;
import vn.foreignaffairs.registry.api.aid.AidAdjusted;
import vn.foreignaffairs.registry.api.aid.AidAmount;
import vn.foreignaffairs.registry.api.aid.AidAppraised;
import vn.foreignaffairs.registry.api.aid.AidApproved;
import vn.foreignaffairs.registry.api.aid.AidCompletionReported;
import vn.foreignaffairs.registry.api.aid.AidDecision;
import vn.foreignaffairs.registry.api.aid.AidDetails;
import vn.foreignaffairs.registry.api.aid.AidDisbursementRecorded;
import vn.foreignaffairs.registry.api.aid.AidImplementationStarted;
import vn.foreignaffairs.registry.api.aid.AidOpinionRecorded;
import vn.foreignaffairs.registry.api.aid.AidProjectId;
import vn.foreignaffairs.registry.api.aid.AidProposed;
import vn.foreignaffairs.registry.api.aid.AidReceiptRecorded;
import vn.foreignaffairs.registry.api.aid.AidRefused;
import vn.foreignaffairs.registry.api.aid.AidRevoked;
import vn.foreignaffairs.registry.api.aid.AidStatus;
import vn.foreignaffairs.registry.api.aid.Appraisal;
import vn.foreignaffairs.registry.api.aid.AppraisalConclusion;
import vn.foreignaffairs.registry.api.aid.AppraiseAidCommand;
import vn.foreignaffairs.registry.api.aid.ApproveAidCommand;
import vn.foreignaffairs.registry.api.aid.CompletionReport;
import vn.foreignaffairs.registry.api.aid.Disbursement;
import vn.foreignaffairs.registry.api.aid.FileAidCompletionReportCommand;
import vn.foreignaffairs.registry.api.aid.MonitoringVisit;
import vn.foreignaffairs.registry.api.aid.MonitoringVisitRecorded;
import vn.foreignaffairs.registry.api.aid.ProposeAidCommand;
import vn.foreignaffairs.registry.api.aid.Receipt;
import vn.foreignaffairs.registry.api.aid.RecordAidDisbursementCommand;
import vn.foreignaffairs.registry.api.aid.RecordAidOpinionCommand;
import vn.foreignaffairs.registry.api.aid.RecordAidReceiptCommand;
import vn.foreignaffairs.registry.api.aid.RecordMonitoringVisitCommand;
import vn.foreignaffairs.registry.api.aid.RefuseAidCommand;
import vn.foreignaffairs.registry.api.aid.RevokeAidCommand;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.api.delegation.Opinion;
import vn.foreignaffairs.registry.common.Versions;
import vn.foreignaffairs.registry.storage.SnapshotConfiguration;

/**
 * Foreign non-governmental aid (viện trợ phi chính phủ nước ngoài), project or non-project, from
 * its proposal on a complete file, through consultations and appraisal, to the decision; then
 * the money received and disbursed, monitoring visits and adjustments, until the completion
 * report, or revocation when it did not start in time. Each handler checks the rules of its step
 * and records the fact; the event-sourcing handlers only change state. Handlers return the
 * record's new version (number of events recorded).
 */
@Aggregate(snapshotTriggerDefinition = SnapshotConfiguration.TRIGGER, snapshotFilter = SnapshotConfiguration.FILTER)
@Revision("1")
public class AidProject {

    @AggregateIdentifier
    private AidProjectId id;
    private AgencyCode receivingAgency;
    private AidStatus status;
    private AidDetails details;
    private LocalDate fileCompletedOn;
    private final Map<String, Opinion> opinions = new LinkedHashMap<>();
    private Appraisal appraisal;
    private AidDecision approval;
    private LocalDate startDeadline;
    private LocalDate startedOn;
    private final Set<String> decisionNumbers = new HashSet<>();
    private LocalDate latestDecisionDate;
    private LocalDate latestTransactionDate;

    protected AidProject() {
        // for Axon: state is rebuilt from events
    }

    // the proposal: consultations, appraisal and the decision

    @CommandHandler
    public AidProject(ProposeAidCommand command,
                      @MetaDataValue(AuditMetadata.ROLE) String role,
                      @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        ReceivingAgencyAccess.requireOwnAgency(command.receivingAgency(), role, actorAgency);
        AidDetailsRules.check(command.details());
        requireDate(command.fileCompletedOn(), "fileCompletedOn");
        if (command.appraisalDueDate() == null) {
            throw new IllegalArgumentException("The sender fixes the appraisal due date from the policy in force.");
        }
        apply(new AidProposed(command.id(), command.receivingAgency(), command.details(), command.fileCompletedOn(),
                command.appraisalDueDate()));
    }

    @CommandHandler
    public long handle(RecordAidOpinionCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireStatus("record an opinion on", AidStatus.PROPOSED);
        requireText(command.agency(), "agency", "Say which agency gave the opinion.");
        if (command.opinion() == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "opinion", "Say whether the agency agrees.");
        }
        if (command.opinion() == Opinion.DISAGREE && isBlank(command.note())) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "note",
                    "A disagreeing opinion needs the agency's reasons in the note.");
        }
        apply(new AidOpinionRecorded(id, command.agency().strip(), command.opinion(), strip(command.note())));
        return Versions.current();
    }

    /** The appraisal rests on the consulted agencies' opinions: at least one must be in. */
    @CommandHandler
    public long handle(AppraiseAidCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireStatus("appraise", AidStatus.PROPOSED);
        if (opinions.isEmpty()) {
            throw new RuleViolation(RefusalCode.CONSULTATION_INCOMPLETE,
                    "Record the opinion of at least one consulted agency before the appraisal.");
        }
        Appraisal given = command.appraisal();
        if (given == null || given.conclusion() == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "conclusion",
                    "Say whether the appraisal is favourable.");
        }
        String summary = requireText(given.summary(), "summary", "Sum up the appraisal.");
        LocalDate appraisedOn = requireDate(given.appraisedOn(), "appraisedOn");
        if (appraisedOn.isBefore(fileCompletedOn)) {
            throw new RuleViolation(RefusalCode.DATES_OUT_OF_ORDER, "appraisedOn",
                    "The appraisal is dated before the file was complete on " + fileCompletedOn + ".");
        }
        apply(new AidAppraised(id, new Appraisal(given.conclusion(), summary, appraisedOn)));
        return Versions.current();
    }

    /** Approving against an unfavourable appraisal needs an explicit override with a reason. */
    @CommandHandler
    public long handle(ApproveAidCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireStatus("approve", AidStatus.APPRAISED);
        AidDecision decision = requireDecision(command.decision(), "An approval");
        if (decision.date().isBefore(appraisal.appraisedOn())) {
            throw new RuleViolation(RefusalCode.DATES_OUT_OF_ORDER, "decisionDate",
                    "The decision is dated before the appraisal of " + appraisal.appraisedOn() + ".");
        }
        String override = null;
        if (appraisal.conclusion() == AppraisalConclusion.UNFAVOURABLE) {
            if (isBlank(command.overrideReason())) {
                throw new RuleViolation(RefusalCode.OVERRIDE_REASON_REQUIRED, "overrideReason",
                        "The appraisal was unfavourable: approving needs an explicit override with a reason.");
            }
            override = command.overrideReason().strip();
        }
        if (command.startDeadline() == null) {
            throw new IllegalArgumentException("The sender fixes the start deadline from the policy in force.");
        }
        apply(new AidApproved(id, decision, override, command.startDeadline()));
        return Versions.current();
    }

    @CommandHandler
    public long handle(RefuseAidCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireStatus("refuse", AidStatus.PROPOSED, AidStatus.APPRAISED);
        if (isBlank(command.reason())) {
            throw new RuleViolation(RefusalCode.REASON_REQUIRED, "reason", "A refusal needs a reason.");
        }
        apply(new AidRefused(id, command.reason().strip()));
        return Versions.current();
    }

    // after approval: money in and out, monitoring, adjustments, the completion report, revocation

    @CommandHandler
    public long handle(RecordAidReceiptCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        Versions.requireCurrent(command.expectedVersion());
        ReceivingAgencyAccess.requireOwnAgency(receivingAgency, role, actorAgency);
        requireStatus("record a receipt of", AidStatus.APPROVED, AidStatus.IN_PROGRESS);
        Receipt receipt = command.receipt();
        LocalDate receivedOn = requireDate(receipt == null ? null : receipt.receivedOn(), "receivedOn");
        checkTransaction(receipt.amount(), receivedOn, "receivedOn");
        apply(new AidReceiptRecorded(id, new Receipt(receivedOn, receipt.amount(), strip(receipt.reference()))));
        startIfFirst(receivedOn);
        return Versions.current();
    }

    @CommandHandler
    public long handle(RecordAidDisbursementCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        Versions.requireCurrent(command.expectedVersion());
        ReceivingAgencyAccess.requireOwnAgency(receivingAgency, role, actorAgency);
        requireStatus("record a disbursement of", AidStatus.APPROVED, AidStatus.IN_PROGRESS);
        Disbursement disbursement = command.disbursement();
        LocalDate disbursedOn = requireDate(disbursement == null ? null : disbursement.disbursedOn(), "disbursedOn");
        checkTransaction(disbursement.amount(), disbursedOn, "disbursedOn");
        String recipient = requireText(disbursement.recipient(), "recipient", "Say who received the money.");
        apply(new AidDisbursementRecorded(id, new Disbursement(disbursedOn, disbursement.amount(), recipient,
                strip(disbursement.purpose()))));
        startIfFirst(disbursedOn);
        return Versions.current();
    }

    /** Reviewers monitor any aid; an officer only the aid of their own agency. */
    @CommandHandler
    public long handle(RecordMonitoringVisitCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        Versions.requireCurrent(command.expectedVersion());
        ReceivingAgencyAccess.requireOwnAgency(receivingAgency, role, actorAgency);
        requireStatus("record a monitoring visit to", AidStatus.APPROVED, AidStatus.IN_PROGRESS, AidStatus.COMPLETED);
        MonitoringVisit visit = command.visit();
        LocalDate visitedOn = requireDate(visit == null ? null : visit.visitedOn(), "visitedOn");
        requireNotBeforeApproval(visitedOn, "visitedOn");
        String team = requireText(visit.team(), "team", "Say who made the visit.");
        String findings = requireText(visit.findings(), "findings", "Say what the visit found.");
        apply(new MonitoringVisitRecorded(id, new MonitoringVisit(visitedOn, team, findings,
                strip(visit.recommendations()))));
        return Versions.current();
    }

    /** An adjustment takes effect only by a decision other than those already taken, and changes something. */
    @CommandHandler
    public long handle(AdjustAidCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireStatus("adjust", AidStatus.APPROVED, AidStatus.IN_PROGRESS);
        AidDecision decision = requireDecision(command.decision(), "An adjustment");
        if (decisionNumbers.contains(decision.number())) {
            throw new RuleViolation(RefusalCode.NEW_DECISION_REQUIRED, "decisionNumber",
                    "Decision " + decision.number() + " was already taken on this aid; an adjustment needs a new one.");
        }
        if (decision.date().isBefore(latestDecisionDate)) {
            throw new RuleViolation(RefusalCode.NEW_DECISION_REQUIRED, "decisionDate",
                    "The adjusting decision is dated before the latest decision on this aid (" + latestDecisionDate
                            + ").");
        }
        if (isBlank(command.reason())) {
            throw new RuleViolation(RefusalCode.REASON_REQUIRED, "reason", "An adjustment needs a reason.");
        }
        if (command.committed() == null && command.plannedEndDate() == null && command.districts() == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED,
                    "An adjustment changes the commitment, the planned end date or the districts.");
        }
        if (command.committed() != null) {
            AidAmountRules.check(command.committed(), "committed");
        }
        if (command.plannedEndDate() != null && command.plannedEndDate().isBefore(details.plannedStartDate())) {
            throw new RuleViolation(RefusalCode.DATES_OUT_OF_ORDER, "plannedEndDate",
                    "The planned end is before the planned start of " + details.plannedStartDate() + ".");
        }
        List<String> districts = null;
        if (command.districts() != null) {
            AidDetailsRules.checkDistricts(command.districts());
            districts = command.districts().stream().map(String::strip).toList();
        }
        apply(new AidAdjusted(id, decision, command.reason().strip(), command.committed(), command.plannedEndDate(),
                districts));
        return Versions.current();
    }

    @CommandHandler
    public long handle(FileAidCompletionReportCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        Versions.requireCurrent(command.expectedVersion());
        ReceivingAgencyAccess.requireOwnAgency(receivingAgency, role, actorAgency);
        requireStatus("file the completion report of", AidStatus.IN_PROGRESS);
        CompletionReport report = command.report();
        LocalDate completedOn = requireDate(report == null ? null : report.completedOn(), "completedOn");
        if (completedOn.isBefore(latestTransactionDate)) {
            throw new RuleViolation(RefusalCode.DATES_OUT_OF_ORDER, "completedOn",
                    "Money moved for this aid on " + latestTransactionDate + ", after the completion date.");
        }
        String results = requireText(report.results(), "results", "The report says what the aid achieved.");
        apply(new AidCompletionReported(id, new CompletionReport(completedOn, results, strip(report.evaluation()))));
        return Versions.current();
    }

    /**
     * Approved aid that did not start within the period in force when it was approved may be
     * revoked, by a decision dated after the last day it could start.
     */
    @CommandHandler
    public long handle(RevokeAidCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        if (status == AidStatus.IN_PROGRESS || status == AidStatus.COMPLETED) {
            throw new RuleViolation(RefusalCode.ILLEGAL_TRANSITION,
                    "The aid started on " + startedOn + "; only aid that has not started can be revoked.");
        }
        requireStatus("revoke", AidStatus.APPROVED);
        AidDecision decision = requireDecision(command.decision(), "A revocation");
        if (!decision.date().isAfter(startDeadline)) {
            throw new RuleViolation(RefusalCode.AID_START_PERIOD_NOT_OVER, "decisionDate",
                    "Aid approved on " + approval.date() + " may start until " + startDeadline
                            + "; it can be revoked only after that day.");
        }
        if (isBlank(command.reason())) {
            throw new RuleViolation(RefusalCode.REASON_REQUIRED, "reason", "A revocation needs a reason.");
        }
        apply(new AidRevoked(id, decision, command.reason().strip()));
        return Versions.current();
    }

    @EventSourcingHandler
    void on(AidProposed event) {
        id = event.id();
        receivingAgency = event.receivingAgency();
        details = event.details();
        fileCompletedOn = event.fileCompletedOn();
        status = AidStatus.PROPOSED;
    }

    @EventSourcingHandler
    void on(AidOpinionRecorded event) {
        opinions.put(event.agency(), event.opinion());
    }

    @EventSourcingHandler
    void on(AidAppraised event) {
        appraisal = event.appraisal();
        status = AidStatus.APPRAISED;
    }

    @EventSourcingHandler
    void on(AidApproved event) {
        approval = event.decision();
        startDeadline = event.startDeadline();
        decided(event.decision());
        status = AidStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(AidRefused event) {
        status = AidStatus.REFUSED;
    }

    @EventSourcingHandler
    void on(AidReceiptRecorded event) {
        moved(event.receipt().receivedOn());
    }

    @EventSourcingHandler
    void on(AidDisbursementRecorded event) {
        moved(event.disbursement().disbursedOn());
    }

    @EventSourcingHandler
    void on(AidImplementationStarted event) {
        startedOn = event.startedOn();
        status = AidStatus.IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(AidAdjusted event) {
        decided(event.decision());
        details = new AidDetails(details.kind(), details.title(), details.description(), details.donor(),
                details.sector(), event.districts() == null ? details.districts() : event.districts(),
                event.committed() == null ? details.committed() : event.committed(), details.plannedStartDate(),
                event.plannedEndDate() == null ? details.plannedEndDate() : event.plannedEndDate());
    }

    @EventSourcingHandler
    void on(AidCompletionReported event) {
        status = AidStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(AidRevoked event) {
        status = AidStatus.REVOKED;
    }

    private void decided(AidDecision decision) {
        decisionNumbers.add(decision.number());
        if (latestDecisionDate == null || decision.date().isAfter(latestDecisionDate)) {
            latestDecisionDate = decision.date();
        }
    }

    private void moved(LocalDate on) {
        if (latestTransactionDate == null || on.isAfter(latestTransactionDate)) {
            latestTransactionDate = on;
        }
    }

    /** The first money received or paid out starts the aid; from then on it cannot be revoked. */
    private void startIfFirst(LocalDate on) {
        if (status == AidStatus.APPROVED) {
            apply(new AidImplementationStarted(id, on));
        }
    }

    /** Money moves only after the approval, at a rate known by the day it moved. */
    private void checkTransaction(AidAmount amount, LocalDate on, String dateField) {
        AidAmountRules.check(amount, "");
        requireNotBeforeApproval(on, dateField);
        if (amount.rateDate().isAfter(on)) {
            throw new RuleViolation(RefusalCode.DATES_OUT_OF_ORDER, "rateDate",
                    "The rate is of " + amount.rateDate() + ", after the money moved on " + on + ".");
        }
    }

    private void requireNotBeforeApproval(LocalDate date, String field) {
        if (date.isBefore(approval.date())) {
            throw new RuleViolation(RefusalCode.DATE_BEFORE_DECISION, field,
                    "The aid was approved by decision " + approval.number() + " of " + approval.date()
                            + "; nothing happens under it before that day.");
        }
    }

    private static AidDecision requireDecision(AidDecision decision, String what) {
        if (decision == null || isBlank(decision.number())) {
            throw new RuleViolation(RefusalCode.DECISION_REQUIRED, "decisionNumber",
                    what + " needs the number of its decision.");
        }
        if (decision.date() == null) {
            throw new RuleViolation(RefusalCode.DECISION_REQUIRED, "decisionDate",
                    what + " needs the date of its decision.");
        }
        return new AidDecision(decision.number().strip(), decision.date(), strip(decision.approver()));
    }

    private void requireStatus(String action, AidStatus... allowed) {
        for (AidStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new RuleViolation(RefusalCode.ILLEGAL_TRANSITION, "Cannot " + action + " aid that is " + status + ".");
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

    private static String strip(String text) {
        return isBlank(text) ? null : text.strip();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
