package vn.foreignaffairs.registry.link;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.Role;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.api.link.LinkId;
import vn.foreignaffairs.registry.api.link.LinkRecordsCommand;
import vn.foreignaffairs.registry.api.link.LinkStatus;
import vn.foreignaffairs.registry.api.link.RecordsLinked;
import vn.foreignaffairs.registry.api.link.RecordsUnlinked;
import vn.foreignaffairs.registry.api.link.UnlinkRecordsCommand;
import vn.foreignaffairs.registry.common.Versions;

/**
 * One link between two records of the registry (a trip that signs an agreement, a visit by a
 * donor). Its id is derived from its ends and relation, so making the same link twice reaches
 * the same aggregate and is refused while the link holds; a removed link may be made again.
 * Whether the ends exist, and whom they belong to, is looked up by the caller in the read
 * models; the link keeps the agency of its {@code from} record to decide who may remove it.
 * Handlers return the link's new version (number of events recorded).
 */
@Aggregate
public class RecordLink {

    private static final int NOTE_LIMIT = 2000;

    @AggregateIdentifier
    private LinkId id;
    private LinkStatus status;
    private String fromAgency;

    protected RecordLink() {
        // for Axon: state is rebuilt from events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(LinkRecordsCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        if (command.from() == null || command.to() == null || command.relation() == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED,
                    command.from() == null ? "from" : command.to() == null ? "to" : "relation",
                    "A link names the record it is made from, the record it points to, and how they relate.");
        }
        if (!LinkId.of(command.from(), command.relation(), command.to()).equals(command.linkId())) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "linkId",
                    "A link's id is derived from its ends and relation (LinkId.of).");
        }
        if (command.from().equals(command.to())) {
            throw new RuleViolation(RefusalCode.SELF_LINK, "to", "A record cannot be linked to itself.");
        }
        if (!command.relation().joins(command.from().type(), command.to().type())) {
            throw new RuleViolation(RefusalCode.RELATION_NOT_ALLOWED, "relation",
                    "A " + command.from().type() + " cannot be linked as " + command.relation() + " to a "
                            + command.to().type() + "; " + command.relation() + " joins " + command.relation().fromTypes()
                            + " to " + command.relation().toTypes() + ".");
        }
        if (command.note() != null && command.note().length() > NOTE_LIMIT) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "note",
                    "A note is at most " + NOTE_LIMIT + " characters.");
        }
        requireOwnAgency(command.fromAgency(), role, actorAgency,
                "Officers link only from their own agency's records.");
        if (status == LinkStatus.LINKED) {
            throw new RuleViolation(RefusalCode.ALREADY_LINKED,
                    command.from() + " is already linked as " + command.relation() + " to " + command.to() + ".");
        }
        String note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
        apply(new RecordsLinked(command.linkId(), command.from(), command.to(), command.relation(), note,
                command.fromAgency()));
        return Versions.current();
    }

    @CommandHandler
    public long handle(UnlinkRecordsCommand command,
                       @MetaDataValue(AuditMetadata.ROLE) String role,
                       @MetaDataValue(AuditMetadata.AGENCY) String actorAgency) {
        requireOwnAgency(fromAgency, role, actorAgency,
                "Officers remove only links made from their own agency's records.");
        if (status != LinkStatus.LINKED) {
            throw new RuleViolation(RefusalCode.ILLEGAL_TRANSITION, "The link was removed already.");
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw new RuleViolation(RefusalCode.REASON_REQUIRED, "reason", "Removing a link needs a reason.");
        }
        apply(new RecordsUnlinked(id, command.reason().strip()));
        return Versions.current();
    }

    @EventSourcingHandler
    void on(RecordsLinked event) {
        id = event.id();
        fromAgency = event.fromAgency();
        status = LinkStatus.LINKED;
    }

    @EventSourcingHandler
    void on(RecordsUnlinked event) {
        status = LinkStatus.UNLINKED;
    }

    private static void requireOwnAgency(String recordAgency, String actorRole, String actorAgency, String message) {
        // A record of no agency (a donor) is no officer's own.
        if (Role.OFFICER.name().equals(actorRole) && (recordAgency == null || !recordAgency.equals(actorAgency))) {
            throw new RuleViolation(RefusalCode.NOT_OWN_AGENCY, message);
        }
    }
}
