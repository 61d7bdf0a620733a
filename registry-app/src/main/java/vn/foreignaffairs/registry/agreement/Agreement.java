package vn.foreignaffairs.registry.agreement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.agreement.AgreementAmended;
import vn.foreignaffairs.registry.api.agreement.AgreementApproved;
import vn.foreignaffairs.registry.api.agreement.AgreementDecision;
import vn.foreignaffairs.registry.api.agreement.AgreementDetails;
import vn.foreignaffairs.registry.api.agreement.AgreementEnteredIntoForce;
import vn.foreignaffairs.registry.api.agreement.AgreementExtended;
import vn.foreignaffairs.registry.api.agreement.AgreementId;
import vn.foreignaffairs.registry.api.agreement.AgreementOpinionRecorded;
import vn.foreignaffairs.registry.api.agreement.AgreementProposed;
import vn.foreignaffairs.registry.api.agreement.AgreementRefused;
import vn.foreignaffairs.registry.api.agreement.AgreementResumed;
import vn.foreignaffairs.registry.api.agreement.AgreementSentForConsultation;
import vn.foreignaffairs.registry.api.agreement.AgreementSigned;
import vn.foreignaffairs.registry.api.agreement.AgreementSigning;
import vn.foreignaffairs.registry.api.agreement.AgreementSigningReported;
import vn.foreignaffairs.registry.api.agreement.AgreementStatus;
import vn.foreignaffairs.registry.api.agreement.AgreementSuspended;
import vn.foreignaffairs.registry.api.agreement.AgreementTerminated;
import vn.foreignaffairs.registry.api.agreement.AgreementTransferred;
import vn.foreignaffairs.registry.api.agreement.AgreementWithdrawn;
import vn.foreignaffairs.registry.api.agreement.AmendAgreementCommand;
import vn.foreignaffairs.registry.api.agreement.ApproveAgreementCommand;
import vn.foreignaffairs.registry.api.agreement.ExtendAgreementCommand;
import vn.foreignaffairs.registry.api.agreement.FileImplementationReportCommand;
import vn.foreignaffairs.registry.api.agreement.ImplementationReport;
import vn.foreignaffairs.registry.api.agreement.ImplementationReportFiled;
import vn.foreignaffairs.registry.api.agreement.Opinion;
import vn.foreignaffairs.registry.api.agreement.ProposeAgreementCommand;
import vn.foreignaffairs.registry.api.agreement.RecordAgreementEntryIntoForceCommand;
import vn.foreignaffairs.registry.api.agreement.RecordAgreementOpinionCommand;
import vn.foreignaffairs.registry.api.agreement.RefuseAgreementCommand;
import vn.foreignaffairs.registry.api.agreement.ReportAgreementSigningCommand;
import vn.foreignaffairs.registry.api.agreement.ResumeAgreementCommand;
import vn.foreignaffairs.registry.api.agreement.SendAgreementForConsultationCommand;
import vn.foreignaffairs.registry.api.agreement.SignAgreementCommand;
import vn.foreignaffairs.registry.api.agreement.Signatory;
import vn.foreignaffairs.registry.api.agreement.SignatorySide;
import vn.foreignaffairs.registry.api.agreement.SigningReport;
import vn.foreignaffairs.registry.api.agreement.SuspendAgreementCommand;
import vn.foreignaffairs.registry.api.agreement.TerminateAgreementCommand;
import vn.foreignaffairs.registry.api.agreement.TransferAgreementCommand;
import vn.foreignaffairs.registry.api.agreement.WithdrawFromAgreementCommand;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.common.Versions;

/**
 * An international agreement (thỏa thuận quốc tế, Law 70/2020/QH14), from its proposal through
 * the consulted bodies' opinions, the decision, signing and the report to the Prime Minister, to
 * its life in force and its end. Each handler checks the rules of its step and records the fact;
 * the event-sourcing handlers only change state. Handlers return the record's new version.
 *
 * <p>Whether the term has run out depends on the day it is asked, so expiry is not an event: the
 * read model shows an agreement past its last day as EXPIRED. Here, a decision dated after the
 * last day finds the agreement expired.
 */
@Aggregate
public class Agreement {

    @AggregateIdentifier
    private AgreementId id;
    private AgencyCode signingBody;
    private AgreementStatus status;
    private AgreementDetails details;
    private final Map<String, Consultation> consultations = new LinkedHashMap<>();
    private AgreementDecision approval;
    private AgreementSigning signing;
    private boolean signingReported;
    private LocalDate inForceFrom;
    private LocalDate lastDay;
    private final Set<String> decisionNumbers = new HashSet<>();
    private LocalDate latestDecisionDate;

    /** A body asked for its opinion, and its latest answer (null until it answers). */
    private record Consultation(LocalDate requestedOn, Opinion opinion) {
    }

    protected Agreement() {
        // for Axon: state is rebuilt from events
    }

    @CommandHandler
    public Agreement(ProposeAgreementCommand command,
                     @MetaDataValue(AuditMetadata.ROLE) String role,
                     @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        SigningBodyAccess.requireOwnAgency(command.signingBody(), role, actorAgency);
        AgreementDetailsRules.check(command.details());
        apply(new AgreementProposed(command.id(), command.signingBody(), command.details()));
    }

    // before the decision: the consulted bodies' written opinions (Law 70/2020 art. 19)

    /** Bodies may be added while the proposal is under consultation; none is asked twice. */
    @CommandHandler
    public long handle(SendAgreementForConsultationCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        Versions.requireCurrent(command.expectedVersion());
        SigningBodyAccess.requireOwnAgency(signingBody, role, actorAgency);
        requireStatus("send for consultation", AgreementStatus.PROPOSED, AgreementStatus.UNDER_CONSULTATION);
        List<String> agencies = command.agencies();
        if (agencies == null || agencies.isEmpty()) {
            throw new RuleViolation(RefusalCode.CONSULTED_AGENCIES_REQUIRED, "agencies",
                    "Name the bodies whose written opinions are asked for.");
        }
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < agencies.size(); i++) {
            String agency = requireText(agencies.get(i), "agencies[" + i + "]", "Name each body consulted.");
            if (consultations.containsKey(agency) || asked.contains(agency)) {
                throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "agencies[" + i + "]",
                        agency + " is already consulted on this agreement.");
            }
            asked.add(agency);
        }
        LocalDate requestedOn = requireDate(command.requestedOn(), "requestedOn");
        if (command.answerDue() == null || command.answerDue().isBefore(requestedOn)) {
            throw new IllegalArgumentException("The sender fixes the answer due date from the policies in force.");
        }
        apply(new AgreementSentForConsultation(id, asked, requestedOn, command.answerDue()));
        return Versions.current();
    }

    /** A body may answer again; its latest opinion counts. */
    @CommandHandler
    public long handle(RecordAgreementOpinionCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireStatus("record an opinion on", AgreementStatus.UNDER_CONSULTATION);
        Consultation consultation = command.agency() == null ? null : consultations.get(command.agency());
        if (consultation == null) {
            throw new RuleViolation(RefusalCode.AGENCY_NOT_CONSULTED, "agency",
                    command.agency() + " was not consulted on this agreement; consulted: "
                            + String.join(", ", consultations.keySet()) + ".");
        }
        if (command.opinion() == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "opinion", "Say whether the body agrees.");
        }
        if (command.opinion() == Opinion.DISAGREE && isBlank(command.note())) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "note",
                    "A disagreeing opinion needs the body's reasons in the note.");
        }
        LocalDate answeredOn = requireDate(command.answeredOn(), "answeredOn");
        if (answeredOn.isBefore(consultation.requestedOn())) {
            throw new RuleViolation(RefusalCode.DATES_OUT_OF_ORDER, "answeredOn",
                    command.agency() + " was asked on " + consultation.requestedOn() + ", after " + answeredOn + ".");
        }
        apply(new AgreementOpinionRecorded(id, command.agency(), command.opinion(), strip(command.note()),
                answeredOn));
        return Versions.current();
    }

    /**
     * Signing is approved only once every consulted body has answered; a disagreement is
     * overridden only with the authority's reasons.
     */
    @CommandHandler
    public long handle(ApproveAgreementCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        if (status == AgreementStatus.PROPOSED) {
            throw new RuleViolation(RefusalCode.ILLEGAL_TRANSITION,
                    "The proposal has not been sent for consultation: the consulted bodies' written opinions come "
                            + "before the decision.");
        }
        requireStatus("approve", AgreementStatus.UNDER_CONSULTATION);
        requireDecision(command.decision());
        List<String> missing = consultations.entrySet().stream().filter(entry -> entry.getValue().opinion() == null)
                .map(Map.Entry::getKey).toList();
        if (!missing.isEmpty()) {
            throw new RuleViolation(RefusalCode.CONSULTATION_INCOMPLETE,
                    "Still waiting for the opinion of " + String.join(", ", missing) + ".");
        }
        List<String> disagreeing = consultations.entrySet().stream()
                .filter(entry -> entry.getValue().opinion() == Opinion.DISAGREE).map(Map.Entry::getKey).toList();
        if (!disagreeing.isEmpty() && isBlank(command.overrideReason())) {
            throw new RuleViolation(RefusalCode.OVERRIDE_REASON_REQUIRED, "overrideReason",
                    String.join(", ", disagreeing) + " disagreed: approving needs the reasons for deciding otherwise.");
        }
        apply(new AgreementApproved(id, command.decision(), disagreeing,
                disagreeing.isEmpty() ? null : command.overrideReason().strip()));
        return Versions.current();
    }

    @CommandHandler
    public long handle(RefuseAgreementCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireStatus("refuse", AgreementStatus.PROPOSED, AgreementStatus.UNDER_CONSULTATION);
        String reason = requireReason(command.reason(), "A refusal needs a reason.");
        apply(new AgreementRefused(id, reason));
        return Versions.current();
    }

    // signing, the report to the Prime Minister, entry into force and implementation

    @CommandHandler
    public long handle(SignAgreementCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        Versions.requireCurrent(command.expectedVersion());
        SigningBodyAccess.requireOwnAgency(signingBody, role, actorAgency);
        requireStatus("sign", AgreementStatus.APPROVED);
        AgreementSigning given = command.signing();
        LocalDate signedOn = requireDate(given == null ? null : given.signedOn(), "signedOn");
        if (signedOn.isBefore(approval.date())) {
            throw new RuleViolation(RefusalCode.DATE_BEFORE_DECISION, "signedOn",
                    "The agreement cannot be signed before decision " + approval.number() + " of " + approval.date()
                            + " approves it.");
        }
        String place = requireText(given.place(), "place", "Say where the agreement was signed.");
        List<Signatory> signatories = signatories(given.signatories());
        if (command.signingReportDue() == null) {
            throw new IllegalArgumentException("The sender fixes the report due date from the policies in force.");
        }
        apply(new AgreementSigned(id, new AgreementSigning(signedOn, place, signatories), command.signingReportDue()));
        return Versions.current();
    }

    /** The report may come late, even after the agreement ended, but only once. */
    @CommandHandler
    public long handle(ReportAgreementSigningCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        Versions.requireCurrent(command.expectedVersion());
        SigningBodyAccess.requireOwnAgency(signingBody, role, actorAgency);
        requireStatus("report the signing of", AgreementStatus.SIGNED, AgreementStatus.IN_FORCE,
                AgreementStatus.SUSPENDED, AgreementStatus.WITHDRAWN, AgreementStatus.TERMINATED);
        if (signingReported) {
            throw new RuleViolation(RefusalCode.ILLEGAL_TRANSITION,
                    "The signing of this agreement was already reported to the Prime Minister.");
        }
        SigningReport report = command.report();
        String number = requireText(report == null ? null : report.documentNumber(), "documentNumber",
                "Give the number of the report.");
        LocalDate sentOn = requireDate(report.sentOn(), "sentOn");
        if (sentOn.isBefore(signing.signedOn())) {
            throw new RuleViolation(RefusalCode.DATES_OUT_OF_ORDER, "sentOn",
                    "The report is dated before the agreement was signed on " + signing.signedOn() + ".");
        }
        apply(new AgreementSigningReported(id, new SigningReport(number, sentOn)));
        return Versions.current();
    }

    /** The term runs from the day the agreement enters into force. */
    @CommandHandler
    public long handle(RecordAgreementEntryIntoForceCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        Versions.requireCurrent(command.expectedVersion());
        SigningBodyAccess.requireOwnAgency(signingBody, role, actorAgency);
        requireStatus("record the entry into force of", AgreementStatus.SIGNED);
        LocalDate from = requireDate(command.inForceFrom(), "inForceFrom");
        if (from.isBefore(signing.signedOn())) {
            throw new RuleViolation(RefusalCode.DATES_OUT_OF_ORDER, "inForceFrom",
                    "An agreement enters into force on or after the day it was signed (" + signing.signedOn() + ").");
        }
        apply(new AgreementEnteredIntoForce(id, from,
                details.term() == null ? null : details.term().lastDayFrom(from)));
        return Versions.current();
    }

    @CommandHandler
    public long handle(FileImplementationReportCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        Versions.requireCurrent(command.expectedVersion());
        SigningBodyAccess.requireOwnAgency(signingBody, role, actorAgency);
        requireStatus("report on the implementation of", AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED);
        ImplementationReport report = command.report();
        String period = requireText(report == null ? null : report.period(), "period",
                "Say which period the report covers.");
        LocalDate reportedOn = requireDate(report.reportedOn(), "reportedOn");
        String summary = requireText(report.summary(), "summary", "Say how the agreement was carried out.");
        if (reportedOn.isBefore(inForceFrom)) {
            throw new RuleViolation(RefusalCode.DATES_OUT_OF_ORDER, "reportedOn",
                    "The report is dated before the agreement entered into force on " + inForceFrom + ".");
        }
        apply(new ImplementationReportFiled(id, new ImplementationReport(period, reportedOn, summary)));
        return Versions.current();
    }

    // decisions of the competent authority after signing

    @CommandHandler
    public long handle(AmendAgreementCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireStatus("amend", AgreementStatus.SIGNED, AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED);
        requireNewDecision(command.decision());
        requireNotExpiredOn(command.decision().date());
        String summary = requireText(command.summary(), "summary", "Say what the amendment changes.");
        List<String> fields = command.fieldsOfCooperation();
        if (fields != null) {
            AgreementDetailsRules.checkFieldsOfCooperation(fields, "fieldsOfCooperation");
            fields = fields.stream().map(String::strip).toList();
        }
        apply(new AgreementAmended(id, command.decision(), summary, fields));
        return Versions.current();
    }

    @CommandHandler
    public long handle(ExtendAgreementCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireStatus("extend", AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED);
        if (lastDay == null) {
            throw new RuleViolation(RefusalCode.ILLEGAL_TRANSITION,
                    "The agreement has no fixed term: it does not expire and cannot be extended.");
        }
        requireNewDecision(command.decision());
        requireNotExpiredOn(command.decision().date());
        LocalDate newLastDay = requireDate(command.newLastDay(), "newLastDay");
        if (!newLastDay.isAfter(lastDay)) {
            throw new RuleViolation(RefusalCode.DATES_OUT_OF_ORDER, "newLastDay",
                    "An extension ends after the current last day of the term, " + lastDay + ".");
        }
        apply(new AgreementExtended(id, command.decision(), lastDay, newLastDay));
        return Versions.current();
    }

    @CommandHandler
    public long handle(SuspendAgreementCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireStatus("suspend", AgreementStatus.IN_FORCE);
        requireNewDecision(command.decision());
        requireNotExpiredOn(command.decision().date());
        String reason = requireReason(command.reason(), "A suspension needs a reason.");
        apply(new AgreementSuspended(id, command.decision(), reason));
        return Versions.current();
    }

    @CommandHandler
    public long handle(ResumeAgreementCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireStatus("resume", AgreementStatus.SUSPENDED);
        requireNewDecision(command.decision());
        requireNotExpiredOn(command.decision().date());
        apply(new AgreementResumed(id, command.decision()));
        return Versions.current();
    }

    @CommandHandler
    public long handle(WithdrawFromAgreementCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireStatus("withdraw from", AgreementStatus.SIGNED, AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED);
        requireNewDecision(command.decision());
        requireNotExpiredOn(command.decision().date());
        String reason = requireReason(command.reason(), "A withdrawal needs a reason.");
        apply(new AgreementWithdrawn(id, command.decision(), reason));
        return Versions.current();
    }

    @CommandHandler
    public long handle(TerminateAgreementCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireStatus("terminate", AgreementStatus.SIGNED, AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED);
        requireNewDecision(command.decision());
        requireNotExpiredOn(command.decision().date());
        String reason = requireReason(command.reason(), "A termination needs a reason.");
        apply(new AgreementTerminated(id, command.decision(), reason));
        return Versions.current();
    }

    /**
     * A signed agreement passes to another body by decision (Decree 177/2025: those of dissolved
     * district committees to the provincial committee). Which bodies qualify is checked against
     * the agencies' read model by the sender; here, the agreement must be signed and move.
     * Expired agreements are transferred too, so their files stay with a body that exists.
     */
    @CommandHandler
    public long handle(TransferAgreementCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireStatus("transfer", AgreementStatus.SIGNED, AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED);
        AgencyCode to = command.toSigningBody();
        if (to == null || to.equals(signingBody)) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "toAgency",
                    "Name the body the agreement passes to, other than " + signingBody + ".");
        }
        requireNewDecision(command.decision());
        apply(new AgreementTransferred(id, signingBody, to, command.decision()));
        return Versions.current();
    }

    @EventSourcingHandler
    void on(AgreementProposed event) {
        id = event.id();
        signingBody = event.signingBody();
        details = event.details();
        status = AgreementStatus.PROPOSED;
    }

    @EventSourcingHandler
    void on(AgreementSentForConsultation event) {
        event.agencies().forEach(agency -> consultations.put(agency, new Consultation(event.requestedOn(), null)));
        status = AgreementStatus.UNDER_CONSULTATION;
    }

    @EventSourcingHandler
    void on(AgreementOpinionRecorded event) {
        consultations.computeIfPresent(event.agency(),
                (agency, asked) -> new Consultation(asked.requestedOn(), event.opinion()));
    }

    @EventSourcingHandler
    void on(AgreementApproved event) {
        approval = event.decision();
        decided(event.decision());
        status = AgreementStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(AgreementRefused event) {
        status = AgreementStatus.REFUSED;
    }

    @EventSourcingHandler
    void on(AgreementSigned event) {
        signing = event.signing();
        status = AgreementStatus.SIGNED;
    }

    @EventSourcingHandler
    void on(AgreementSigningReported event) {
        signingReported = true;
    }

    @EventSourcingHandler
    void on(AgreementEnteredIntoForce event) {
        inForceFrom = event.inForceFrom();
        lastDay = event.lastDay();
        status = AgreementStatus.IN_FORCE;
    }

    @EventSourcingHandler
    void on(AgreementAmended event) {
        decided(event.decision());
        if (event.fieldsOfCooperation() != null) {
            details = new AgreementDetails(details.title(), details.kind(), details.foreignParty(),
                    event.fieldsOfCooperation(), details.term());
        }
    }

    @EventSourcingHandler
    void on(AgreementExtended event) {
        decided(event.decision());
        lastDay = event.newLastDay();
    }

    @EventSourcingHandler
    void on(AgreementSuspended event) {
        decided(event.decision());
        status = AgreementStatus.SUSPENDED;
    }

    @EventSourcingHandler
    void on(AgreementResumed event) {
        decided(event.decision());
        status = AgreementStatus.IN_FORCE;
    }

    @EventSourcingHandler
    void on(AgreementWithdrawn event) {
        decided(event.decision());
        status = AgreementStatus.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(AgreementTerminated event) {
        decided(event.decision());
        status = AgreementStatus.TERMINATED;
    }

    @EventSourcingHandler
    void on(AgreementTransferred event) {
        decided(event.decision());
        signingBody = event.toSigningBody();
    }

    private void decided(AgreementDecision decision) {
        decisionNumbers.add(decision.number().strip());
        if (latestDecisionDate == null || decision.date().isAfter(latestDecisionDate)) {
            latestDecisionDate = decision.date();
        }
    }

    /** Each side signs: at least one signatory for Viet Nam and one for the foreign party, each named. */
    private static List<Signatory> signatories(List<Signatory> given) {
        List<Signatory> signatories = new ArrayList<>();
        List<Signatory> all = given == null ? List.of() : given;
        for (int i = 0; i < all.size(); i++) {
            Signatory signatory = all.get(i);
            if (signatory == null || signatory.side() == null) {
                throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "signatories[" + i + "].side",
                        "Say which side each signatory signed for.");
            }
            String name = requireText(signatory.name(), "signatories[" + i + "].name", "Name each signatory.");
            signatories.add(new Signatory(signatory.side(), name, strip(signatory.position())));
        }
        for (SignatorySide side : SignatorySide.values()) {
            if (signatories.stream().noneMatch(signatory -> signatory.side() == side)) {
                throw new RuleViolation(RefusalCode.SIGNATORIES_REQUIRED, "signatories",
                        "An agreement is signed by both sides; no signatory is given for the "
                                + side.name().toLowerCase() + " side.");
            }
        }
        return signatories;
    }

    private static void requireDecision(AgreementDecision decision) {
        if (decision == null || isBlank(decision.number())) {
            throw new RuleViolation(RefusalCode.DECISION_REQUIRED, "decisionNumber",
                    "Give the number of the decision of the competent authority.");
        }
        if (decision.date() == null) {
            throw new RuleViolation(RefusalCode.DECISION_REQUIRED, "decisionDate", "Give the date of the decision.");
        }
    }

    /** Every change after approval is made by a decision other than those already recorded, and not older. */
    private void requireNewDecision(AgreementDecision decision) {
        requireDecision(decision);
        if (decisionNumbers.contains(decision.number().strip())) {
            throw new RuleViolation(RefusalCode.NEW_DECISION_REQUIRED, "decisionNumber",
                    "Decision " + decision.number().strip() + " was already recorded on this agreement; "
                            + "this change needs its own decision.");
        }
        if (latestDecisionDate != null && decision.date().isBefore(latestDecisionDate)) {
            throw new RuleViolation(RefusalCode.NEW_DECISION_REQUIRED, "decisionDate",
                    "The decision is dated before the latest decision on this agreement (" + latestDecisionDate
                            + ").");
        }
    }

    /** An agreement whose term ended before the decision is no longer there to change: propose a new one. */
    private void requireNotExpiredOn(LocalDate decisionDate) {
        if (lastDay != null && decisionDate.isAfter(lastDay)) {
            throw new RuleViolation(RefusalCode.AGREEMENT_EXPIRED, "decisionDate",
                    "The agreement's term ended on " + lastDay + ", before the decision of " + decisionDate
                            + "; an expired agreement is not changed, propose a new one.");
        }
    }

    private void requireStatus(String action, AgreementStatus... allowed) {
        for (AgreementStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new RuleViolation(RefusalCode.ILLEGAL_TRANSITION,
                "Cannot " + action + " an agreement that is " + status + ".");
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

    private static String requireReason(String reason, String message) {
        if (isBlank(reason)) {
            throw new RuleViolation(RefusalCode.REASON_REQUIRED, "reason", message);
        }
        return reason.strip();
    }

    private static String strip(String text) {
        return isBlank(text) ? null : text.strip();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
