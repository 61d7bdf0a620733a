package vn.foreignaffairs.registry.projections.inbound;

import static com.mongodb.client.model.Updates.set;

import java.time.Instant;
import java.util.Arrays;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationApproved;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationCancelled;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationDraftRevised;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationDrafted;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationRejected;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationStatus;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationSubmitted;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationView;
import vn.foreignaffairs.registry.api.inbound.InboundVisitHeld;
import vn.foreignaffairs.registry.api.inbound.InboundVisitReportFiled;
import vn.foreignaffairs.registry.projections.support.ProjectionProgress;
import vn.foreignaffairs.registry.projections.support.ReadModelProcessor;

/** Folds inbound delegation events into the {@code inbound_delegations} read model. */
@Component
@ProcessingGroup(ReadModelProcessor.NAME)
public class InboundDelegationProjector {

    private final InboundDelegationReadModel readModel;
    private final ProjectionProgress progress;

    public InboundDelegationProjector(InboundDelegationReadModel readModel, ProjectionProgress progress) {
        this.readModel = readModel;
        this.progress = progress;
    }

    @EventHandler
    void on(InboundDelegationDrafted event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        readModel.insert(new InboundDelegationView(event.id().value(), event.hostAgency().value(),
                event.details().arrivalDate().getYear(), InboundDelegationStatus.DRAFT, sequence + 1,
                event.details(), null, null, null, null, null, null, null, actor, at, at));
        progress.signal();
    }

    @EventHandler
    void on(InboundDelegationDraftRevised event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("details", event.details()),
                set("year", event.details().arrivalDate().getYear()));
    }

    @EventHandler
    void on(InboundDelegationSubmitted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("status", InboundDelegationStatus.SUBMITTED));
    }

    @EventHandler
    void on(InboundDelegationApproved event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("status", InboundDelegationStatus.APPROVED),
                set("decision", event.decision()));
    }

    @EventHandler
    void on(InboundDelegationRejected event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("status", InboundDelegationStatus.REJECTED),
                set("rejectionReason", event.reason()));
    }

    @EventHandler
    void on(InboundDelegationCancelled event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("status", InboundDelegationStatus.CANCELLED),
                set("cancellationReason", event.reason()));
    }

    @EventHandler
    void on(InboundVisitHeld event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("status", InboundDelegationStatus.VISIT_HELD),
                set("actualArrivalDate", event.arrivalDate()), set("actualDepartureDate", event.departureDate()));
    }

    @EventHandler
    void on(InboundVisitReportFiled event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("status", InboundDelegationStatus.REPORTED),
                set("results", event.results()), set("reportedAt", at));
    }

    @ResetHandler
    void reset() {
        readModel.reset();
    }

    private void apply(String id, long sequence, Instant at, Bson... changes) {
        Bson[] all = Arrays.copyOf(changes, changes.length + 1);
        all[changes.length] = set("updatedAt", at);
        readModel.update(id, sequence + 1, all);
        progress.signal();
    }
}
