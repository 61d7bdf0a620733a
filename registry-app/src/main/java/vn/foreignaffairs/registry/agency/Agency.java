package vn.foreignaffairs.registry.agency;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.agency.AgencyDissolved;
import vn.foreignaffairs.registry.api.agency.AgencyMergedInto;
import vn.foreignaffairs.registry.api.agency.AgencyRegistered;
import vn.foreignaffairs.registry.api.agency.AgencyRenamed;
import vn.foreignaffairs.registry.api.agency.AgencyStatus;
import vn.foreignaffairs.registry.api.agency.DissolveAgencyCommand;
import vn.foreignaffairs.registry.api.agency.MergeAgencyCommand;
import vn.foreignaffairs.registry.api.agency.RegisterAgencyCommand;
import vn.foreignaffairs.registry.api.agency.RenameAgencyCommand;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.common.Versions;
import vn.foreignaffairs.registry.storage.SnapshotConfiguration;

/**
 * An agency (cơ quan, đơn vị) as a record with its own history: registered, renamed (đổi tên),
 * merged into another (sáp nhập) or dissolved (giải thể). Every change after registration cites
 * the decision that made it, says why, and takes effect on a date no earlier than the last one.
 * A merged or dissolved agency changes no more. Handlers return the record's new version.
 */
@Aggregate(snapshotTriggerDefinition = SnapshotConfiguration.TRIGGER, snapshotFilter = SnapshotConfiguration.FILTER)
@Revision("1")
public class Agency {

    @AggregateIdentifier
    private AgencyCode code;
    private AgencyStatus status;
    private String name;
    private String nameEn;
    /** Effective date of the current name; null for the name it was registered with. */
    private LocalDate nameSince;

    protected Agency() {
        // for Axon
    }

    @CommandHandler
    public Agency(RegisterAgencyCommand command) {
        if (command.name() == null || command.name().isBlank()) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "name", "An agency needs a name.");
        }
        if (command.kind() == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "kind", "An agency needs a kind.");
        }
        apply(new AgencyRegistered(command.code(), command.name(), command.nameEn(), command.kind()));
    }

    @CommandHandler
    public long handle(RenameAgencyCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireActive("rename");
        if (isBlank(command.newName())) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "newName", "A renamed agency needs its new name.");
        }
        String newName = command.newName().strip();
        String newNameEn = isBlank(command.newNameEn()) ? null : command.newNameEn().strip();
        if (newName.equals(name) && Objects.equals(newNameEn, nameEn)) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "newName", "The agency already bears this name.");
        }
        requireDecisionOfChange(command.effectiveDate(), command.decisionReference(), command.reason());
        apply(new AgencyRenamed(code, newName, newNameEn, command.effectiveDate(),
                command.decisionReference().strip(), command.reason().strip()));
        return Versions.current();
    }

    @CommandHandler
    public long handle(MergeAgencyCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireActive("merge");
        if (command.intoCode() == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "intoCode",
                    "Say which agency this one is merged into.");
        }
        if (command.intoCode().equals(code)) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "intoCode",
                    "An agency cannot be merged into itself.");
        }
        requireDecisionOfChange(command.effectiveDate(), command.decisionReference(), command.reason());
        apply(new AgencyMergedInto(code, command.intoCode(), command.effectiveDate(),
                command.decisionReference().strip(), command.reason().strip()));
        return Versions.current();
    }

    @CommandHandler
    public long handle(DissolveAgencyCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        requireActive("dissolve");
        requireDecisionOfChange(command.effectiveDate(), command.decisionReference(), command.reason());
        apply(new AgencyDissolved(code, command.effectiveDate(), command.decisionReference().strip(),
                command.reason().strip()));
        return Versions.current();
    }

    @EventSourcingHandler
    void on(AgencyRegistered event) {
        code = event.code();
        status = AgencyStatus.ACTIVE;
        name = event.name();
        nameEn = event.nameEn();
    }

    @EventSourcingHandler
    void on(AgencyRenamed event) {
        name = event.name();
        nameEn = event.nameEn();
        nameSince = event.effectiveDate();
    }

    @EventSourcingHandler
    void on(AgencyMergedInto event) {
        status = AgencyStatus.MERGED;
    }

    @EventSourcingHandler
    void on(AgencyDissolved event) {
        status = AgencyStatus.DISSOLVED;
    }

    private void requireActive(String action) {
        if (status != AgencyStatus.ACTIVE) {
            throw new RuleViolation(RefusalCode.AGENCY_INACTIVE,
                    "Cannot " + action + " agency " + code + ": it was " + status.name().toLowerCase() + ".");
        }
    }

    /** A reorganisation takes effect on a date, by a decision, for a reason, and never before the last one. */
    private void requireDecisionOfChange(LocalDate effectiveDate, String decisionReference, String reason) {
        if (effectiveDate == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "effectiveDate",
                    "Say from which date the change takes effect.");
        }
        if (nameSince != null && effectiveDate.isBefore(nameSince)) {
            throw new RuleViolation(RefusalCode.DATES_OUT_OF_ORDER, "effectiveDate",
                    "The change cannot take effect before the agency's current name did (" + nameSince + ").");
        }
        if (isBlank(decisionReference)) {
            throw new RuleViolation(RefusalCode.DECISION_REQUIRED, "decisionReference",
                    "Cite the decision that reorganises the agency.");
        }
        if (isBlank(reason)) {
            throw new RuleViolation(RefusalCode.REASON_REQUIRED, "reason", "Say why the agency is reorganised.");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
