package vn.foreignaffairs.registry.conference;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.api.conference.CancelConferenceCommand;
import vn.foreignaffairs.registry.api.conference.ConferenceApplicationSubmitted;
import vn.foreignaffairs.registry.api.conference.ConferenceCancelled;
import vn.foreignaffairs.registry.api.conference.ConferenceDetails;
import vn.foreignaffairs.registry.api.conference.ConferenceDisagreementOverridden;
import vn.foreignaffairs.registry.api.conference.ConferenceDraftRevised;
import vn.foreignaffairs.registry.api.conference.ConferenceDrafted;
import vn.foreignaffairs.registry.api.conference.ConferenceHeld;
import vn.foreignaffairs.registry.api.conference.ConferenceId;
import vn.foreignaffairs.registry.api.conference.ConferenceOpinionRecorded;
import vn.foreignaffairs.registry.api.conference.ConferencePermitted;
import vn.foreignaffairs.registry.api.conference.ConferenceRefused;
import vn.foreignaffairs.registry.api.conference.ConferenceReportFiled;
import vn.foreignaffairs.registry.api.conference.ConferenceStatus;
import vn.foreignaffairs.registry.api.conference.CreateConferenceCommand;
import vn.foreignaffairs.registry.api.conference.FileConferenceReportCommand;
import vn.foreignaffairs.registry.api.conference.LateConferenceApplicationOverridden;
import vn.foreignaffairs.registry.api.conference.Opinion;
import vn.foreignaffairs.registry.api.conference.PermitConferenceCommand;
import vn.foreignaffairs.registry.api.conference.PermitDecision;
import vn.foreignaffairs.registry.api.conference.RecordConferenceHeldCommand;
import vn.foreignaffairs.registry.api.conference.RecordConferenceOpinionCommand;
import vn.foreignaffairs.registry.api.conference.RefuseConferenceCommand;
import vn.foreignaffairs.registry.api.conference.ReviseConferenceDraftCommand;
import vn.foreignaffairs.registry.api.conference.SubmitConferenceApplicationCommand;
import vn.foreignaffairs.registry.common.Versions;

/**
 * An international conference or seminar (hội nghị, hội thảo quốc tế) under Decision
 * 06/2020/QĐ-TTg: the organiser's application, the consulted bodies' opinions, the permit or
 * refusal, the conference held and its report. Each handler checks the rules of its step and
 * records the fact; the event-sourcing handlers only change state. Handlers return the record's
 * new version (number of events recorded).
 *
 * <p>The lead time is judged once, here, when the application is filed: against the day it was
 * filed and the lead time in force, both fixed by the sender and recorded with the fact. A late
 * application is still filed, and consulted on, but flagged; only a permit that gives an override
 * reason can follow it. A later change of the policy or of the calendar day changes nothing.
 */
@Aggregate
public class Conference {

    @AggregateIdentifier
    private ConferenceId id;
    private AgencyCode organiser;
    private ConferenceStatus status;
    private ConferenceDetails details;
    private ConferenceApplicationSubmitted application;
    private final Map<String, Opinion> opinions = new LinkedHashMap<>();

    protected Conference() {
        // for Axon: state is rebuilt from events
    }

    @CommandHandler
    public Conference(CreateConferenceCommand command,
                      @MetaDataValue(AuditMetadata.ROLE) String role,
                      @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        OrganiserAccess.requireOwnAgency(command.organiser(), role, actorAgency);
        ConferenceDetailsRules.check(command.details());
        apply(new ConferenceDrafted(command.id(), command.organiser(), command.details()));
    }

    @CommandHandler
    public long handle(ReviseConferenceDraftCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        Versions.requireCurrent(command.expectedVersion());
        OrganiserAccess.requireOwnAgency(organiser, role, actorAgency);
        requireStatus("revise", ConferenceStatus.DRAFT);
        ConferenceDetailsRules.check(command.details());
        apply(new ConferenceDraftRevised(id, command.details()));
        return Versions.current();
    }

    /**
     * The application goes to the consulted bodies, who answer within the consultation days
     * (Decision 06/2020 art. 5). It is late when filed fewer days before the start than the lead
     * time (art. 4: 30 days, 40 when the Prime Minister permits).
     */
    @CommandHandler
    public long handle(SubmitConferenceApplicationCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        Versions.requireCurrent(command.expectedVersion());
        OrganiserAccess.requireOwnAgency(organiser, role, actorAgency);
        requireStatus("submit", ConferenceStatus.DRAFT);
        ConferenceDetailsRules.checkReadyToSubmit(details);
        List<String> consulted = command.consultedAgencies().stream().map(String::strip).distinct().toList();
        if (consulted.isEmpty()) {
            throw new RuleViolation(RefusalCode.CONSULTED_AGENCIES_REQUIRED, "consultedAgencies",
                    "Name the bodies to consult on the application (Decision 06/2020 art. 5).");
        }
        LocalDate submittedOn = command.submittedOn();
        if (submittedOn == null) {
            throw new IllegalArgumentException("The sender fixes the day the application is filed.");
        }
        long leadDays = details.primeMinisterPermit() ? command.primeMinisterLeadDays() : command.leadDays();
        boolean late = ChronoUnit.DAYS.between(submittedOn, details.startDate()) < leadDays;
        apply(new ConferenceApplicationSubmitted(id, submittedOn, leadDays, late, consulted,
                submittedOn.plusDays(command.consultationDays())));
        return Versions.current();
    }

    @CommandHandler
    public long handle(RecordConferenceOpinionCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireStatus("record an opinion on", ConferenceStatus.UNDER_CONSULTATION);
        if (!application.consultedAgencies().contains(command.agency())) {
            throw new RuleViolation(RefusalCode.AGENCY_NOT_CONSULTED, "agency",
                    command.agency() + " was not consulted on this application; the bodies consulted are "
                            + String.join(", ", application.consultedAgencies()) + ".");
        }
        if (command.opinion() == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "opinion", "Say whether the body agrees.");
        }
        if (command.opinion() == Opinion.DISAGREE && isBlank(command.note())) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "note",
                    "A disagreeing opinion needs the body's reasons in the note.");
        }
        apply(new ConferenceOpinionRecorded(id, command.agency(), command.opinion(), strip(command.note())));
        return Versions.current();
    }

    /**
     * The competent authority answers once every consulted body has answered (Decision 06/2020
     * art. 5). A late application, or a disagreement, is permitted only with an override reason.
     */
    @CommandHandler
    public long handle(PermitConferenceCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireStatus("permit", ConferenceStatus.UNDER_CONSULTATION);
        PermitDecision decision = command.decision();
        if (decision == null || isBlank(decision.number())) {
            throw new RuleViolation(RefusalCode.DECISION_REQUIRED, "decisionNumber",
                    "A permit needs the number of the document that permits the conference.");
        }
        if (decision.date() == null) {
            throw new RuleViolation(RefusalCode.DECISION_REQUIRED, "decisionDate",
                    "A permit needs the date of the document.");
        }
        List<String> missing = application.consultedAgencies().stream()
                .filter(consulted -> !opinions.containsKey(consulted)).toList();
        if (!missing.isEmpty()) {
            throw new RuleViolation(RefusalCode.CONSULTATION_INCOMPLETE,
                    "Still waiting for the opinion of " + String.join(", ", missing) + " (due "
                            + application.consultationDueDate() + ").");
        }
        String override = strip(command.overrideReason());
        if (application.late() && override == null) {
            throw new RuleViolation(RefusalCode.APPLICATION_TOO_LATE, "overrideReason",
                    "The application was filed on " + application.submittedOn() + ", "
                            + ChronoUnit.DAYS.between(application.submittedOn(), details.startDate())
                            + " days before the conference starts on " + details.startDate() + "; at least "
                            + application.requiredLeadDays() + " days are required. Permitting it needs an "
                            + "override with a reason.");
        }
        List<String> disagreeing = opinions.entrySet().stream().filter(entry -> entry.getValue() == Opinion.DISAGREE)
                .map(Map.Entry::getKey).toList();
        if (!disagreeing.isEmpty() && override == null) {
            throw new RuleViolation(RefusalCode.OVERRIDE_REASON_REQUIRED, "overrideReason",
                    String.join(", ", disagreeing) + " disagreed: permitting needs an explicit override with a reason.");
        }
        if (application.late()) {
            apply(new LateConferenceApplicationOverridden(id, application.submittedOn(), details.startDate(),
                    application.requiredLeadDays(), override));
        }
        if (!disagreeing.isEmpty()) {
            apply(new ConferenceDisagreementOverridden(id, disagreeing, override));
        }
        apply(new ConferencePermitted(id, decision));
        return Versions.current();
    }

    @CommandHandler
    public long handle(RefuseConferenceCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireStatus("refuse", ConferenceStatus.UNDER_CONSULTATION);
        requireReason(command.reason(), "A refusal needs a reason.");
        apply(new ConferenceRefused(id, command.reason().strip()));
        return Versions.current();
    }

    @CommandHandler
    public long handle(CancelConferenceCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        Versions.requireCurrent(command.expectedVersion());
        OrganiserAccess.requireOwnAgency(organiser, role, actorAgency);
        requireStatus("cancel", ConferenceStatus.DRAFT, ConferenceStatus.UNDER_CONSULTATION,
                ConferenceStatus.PERMITTED);
        requireReason(command.reason(), "A cancellation needs a reason.");
        apply(new ConferenceCancelled(id, command.reason().strip()));
        return Versions.current();
    }

    /** The report is due a number of days after the conference actually closed (Decision 06/2020, form 02). */
    @CommandHandler
    public long handle(RecordConferenceHeldCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        Versions.requireCurrent(command.expectedVersion());
        OrganiserAccess.requireOwnAgency(organiser, role, actorAgency);
        requireStatus("record as held", ConferenceStatus.PERMITTED);
        if (command.startDate() == null || command.endDate() == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, command.startDate() == null ? "startDate" : "endDate",
                    "Say on which dates the conference actually started and ended.");
        }
        if (command.endDate().isBefore(command.startDate())) {
            throw new RuleViolation(RefusalCode.DATES_OUT_OF_ORDER, "endDate",
                    "The conference ends before it starts.");
        }
        ConferenceDetailsRules.checkParticipants(command.participants(), command.foreignParticipants());
        apply(new ConferenceHeld(id, command.startDate(), command.endDate(), command.participants(),
                command.foreignParticipants(), command.endDate().plusDays(command.reportDueDays())));
        return Versions.current();
    }

    @CommandHandler
    public long handle(FileConferenceReportCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        Versions.requireCurrent(command.expectedVersion());
        OrganiserAccess.requireOwnAgency(organiser, role, actorAgency);
        requireStatus("report on", ConferenceStatus.HELD);
        if (isBlank(command.results())) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "results",
                    "A report says what the conference achieved.");
        }
        apply(new ConferenceReportFiled(id, command.results().strip()));
        return Versions.current();
    }

    @EventSourcingHandler
    void on(ConferenceDrafted event) {
        id = event.id();
        organiser = event.organiser();
        details = event.details();
        status = ConferenceStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(ConferenceDraftRevised event) {
        details = event.details();
    }

    @EventSourcingHandler
    void on(ConferenceApplicationSubmitted event) {
        application = event;
        status = ConferenceStatus.UNDER_CONSULTATION;
    }

    @EventSourcingHandler
    void on(ConferenceOpinionRecorded event) {
        opinions.put(event.agency(), event.opinion());
    }

    @EventSourcingHandler
    void on(ConferencePermitted event) {
        status = ConferenceStatus.PERMITTED;
    }

    @EventSourcingHandler
    void on(ConferenceRefused event) {
        status = ConferenceStatus.REFUSED;
    }

    @EventSourcingHandler
    void on(ConferenceCancelled event) {
        status = ConferenceStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(ConferenceHeld event) {
        status = ConferenceStatus.HELD;
    }

    @EventSourcingHandler
    void on(ConferenceReportFiled event) {
        status = ConferenceStatus.REPORTED;
    }

    private void requireStatus(String action, ConferenceStatus... allowed) {
        for (ConferenceStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new RuleViolation(RefusalCode.ILLEGAL_TRANSITION,
                "Cannot " + action + " a conference that is " + status + ".");
    }

    private static void requireReason(String reason, String message) {
        if (isBlank(reason)) {
            throw new RuleViolation(RefusalCode.REASON_REQUIRED, "reason", message);
        }
    }

    private static String strip(String text) {
        return isBlank(text) ? null : text.strip();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
