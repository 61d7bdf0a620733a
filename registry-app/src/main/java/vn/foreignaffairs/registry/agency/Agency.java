package vn.foreignaffairs.registry.agency;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.agency.AgencyRegistered;
import vn.foreignaffairs.registry.api.agency.RegisterAgencyCommand;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;

/** An agency (cơ quan, đơn vị) as a record with its own history. */
@Aggregate
public class Agency {

    @AggregateIdentifier
    private AgencyCode code;

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

    @EventSourcingHandler
    void on(AgencyRegistered event) {
        code = event.code();
    }
}
