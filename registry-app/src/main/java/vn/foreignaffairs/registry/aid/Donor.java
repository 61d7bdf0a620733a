package vn.foreignaffairs.registry.aid;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.foreignaffairs.registry.api.aid.DonorDetails;
import vn.foreignaffairs.registry.api.aid.DonorId;
import vn.foreignaffairs.registry.api.aid.DonorPermit;
import vn.foreignaffairs.registry.api.aid.DonorPermitRecorded;
import vn.foreignaffairs.registry.api.aid.DonorRegistered;
import vn.foreignaffairs.registry.api.aid.RecordDonorPermitCommand;
import vn.foreignaffairs.registry.api.aid.RegisterDonorCommand;
import vn.foreignaffairs.registry.common.Versions;

/**
 * A donor of non-governmental aid (nhà tài trợ): a foreign NGO or other foreign body, with its
 * country and its registration or permit in Vietnam, renewed over time.
 */
@Aggregate
public class Donor {

    @AggregateIdentifier
    private DonorId id;

    protected Donor() {
        // for Axon: state is rebuilt from events
    }

    @CommandHandler
    public Donor(RegisterDonorCommand command) {
        DonorDetails details = command.details();
        DonorRules.check(details);
        apply(new DonorRegistered(command.id(), new DonorDetails(details.name().strip(), details.kind(),
                details.countryCode(), stripped(details.permit()))));
    }

    @CommandHandler
    public long handle(RecordDonorPermitCommand command) {
        Versions.requireCurrent(command.expectedVersion());
        DonorRules.checkPermit(command.permit(), "");
        apply(new DonorPermitRecorded(id, stripped(command.permit())));
        return Versions.current();
    }

    @EventSourcingHandler
    void on(DonorRegistered event) {
        id = event.id();
    }

    private static DonorPermit stripped(DonorPermit permit) {
        return permit == null ? null : new DonorPermit(permit.kind(), permit.number().strip(),
                permit.issuedBy() == null || permit.issuedBy().isBlank() ? null : permit.issuedBy().strip(),
                permit.issuedOn(), permit.validUntil());
    }
}
