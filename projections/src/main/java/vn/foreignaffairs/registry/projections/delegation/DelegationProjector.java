package vn.foreignaffairs.registry.projections.delegation;

import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.set;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.api.delegation.ConsultationDisagreementOverridden;
import vn.foreignaffairs.registry.api.delegation.ConsultationOpinion;
import vn.foreignaffairs.registry.api.delegation.ConsultationOpinionRecorded;
import vn.foreignaffairs.registry.api.delegation.DelegationAmended;
import vn.foreignaffairs.registry.api.delegation.DelegationApproved;
import vn.foreignaffairs.registry.api.delegation.DelegationEvent;
import vn.foreignaffairs.registry.api.delegation.DelegationSentForConsultation;
import vn.foreignaffairs.registry.api.delegation.DelegationCancelled;
import vn.foreignaffairs.registry.api.delegation.DelegationClosed;
import vn.foreignaffairs.registry.api.delegation.DelegationDeparted;
import vn.foreignaffairs.registry.api.delegation.DelegationDraftRevised;
import vn.foreignaffairs.registry.api.delegation.DelegationDrafted;
import vn.foreignaffairs.registry.api.delegation.DelegationPostponed;
import vn.foreignaffairs.registry.api.delegation.DelegationRejected;
import vn.foreignaffairs.registry.api.delegation.DelegationReturned;
import vn.foreignaffairs.registry.api.delegation.DelegationStatus;
import vn.foreignaffairs.registry.api.delegation.DelegationSubmitted;
import vn.foreignaffairs.registry.api.delegation.DelegationView;
import vn.foreignaffairs.registry.api.delegation.PassportHandedBack;
import vn.foreignaffairs.registry.api.delegation.PassportHandedOut;
import vn.foreignaffairs.registry.api.delegation.PostTripReportFiled;
import vn.foreignaffairs.registry.projections.support.ProjectionProgress;
import vn.foreignaffairs.registry.projections.support.ReadModelProcessor;

/** Folds delegation events into the {@code delegations} read model. */
@Component
@ProcessingGroup(ReadModelProcessor.NAME)
public class DelegationProjector {

    private final DelegationReadModel readModel;
    private final ProjectionProgress progress;

    public DelegationProjector(DelegationReadModel readModel, ProjectionProgress progress) {
        this.readModel = readModel;
        this.progress = progress;
    }

    @EventHandler
    void on(DelegationDrafted event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        readModel.insert(new DelegationView(event.id().value(), event.agency().value(),
                event.details().departureDate().getYear(), DelegationStatus.DRAFT, sequence + 1, event.details(),
                null, null, null, actor, at, at, List.of(), null));
        progress.signal();
    }

    @EventHandler
    void on(DelegationDraftRevised event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("details", event.details()),
                set("year", event.details().departureDate().getYear()));
    }

    @EventHandler
    void on(DelegationSubmitted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("status", DelegationStatus.SUBMITTED));
    }

    @EventHandler
    void on(DelegationApproved event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("status", DelegationStatus.APPROVED),
                set("decision", event.decision()));
    }

    @EventHandler
    void on(DelegationRejected event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("status", DelegationStatus.REJECTED),
                set("rejectionReason", event.reason()));
    }

    @EventHandler
    void on(DelegationCancelled event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("status", DelegationStatus.CANCELLED),
                set("cancellationReason", event.reason()));
    }

    @EventHandler
    void on(DelegationSentForConsultation event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("status", DelegationStatus.UNDER_CONSULTATION));
    }

    @EventHandler
    void on(ConsultationOpinionRecorded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, push("consultations",
                new ConsultationOpinion(event.agency(), event.opinion(), event.note())));
    }

    @EventHandler
    void on(ConsultationDisagreementOverridden event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("overrideReason", event.reason()));
    }

    /**
     * Events that change nothing shown here (an approval attempt, a slot given back) still move
     * the version on, so a writer waiting for its own write sees it arrive.
     */
    @EventHandler
    void on(DelegationEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at);
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

    // after approval

    @EventHandler
    void on(DelegationAmended event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("status", DelegationStatus.APPROVED),
                set("details", event.details()), set("year", event.details().departureDate().getYear()),
                set("decision", event.decision()));
    }

    @EventHandler
    void on(DelegationPostponed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("status", DelegationStatus.POSTPONED));
    }

    @EventHandler
    void on(DelegationDeparted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("status", DelegationStatus.DEPARTED));
    }

    @EventHandler
    void on(DelegationReturned event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("status", DelegationStatus.RETURNED));
    }

    @EventHandler
    void on(PostTripReportFiled event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("status", DelegationStatus.REPORTED));
    }

    /** Passports are shown in the trip read model; here only the version moves on. */
    @EventHandler
    void on(PassportHandedOut event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at);
    }

    @EventHandler
    void on(PassportHandedBack event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at);
    }

    @EventHandler
    void on(DelegationClosed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.id().value(), sequence, at, set("status", DelegationStatus.CLOSED));
    }
}
