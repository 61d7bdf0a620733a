package vn.foreignaffairs.registry.projections.aid;

import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.set;

import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.aid.DonorDetails;
import vn.foreignaffairs.registry.api.aid.DonorPermitRecorded;
import vn.foreignaffairs.registry.api.aid.DonorRegistered;
import vn.foreignaffairs.registry.api.aid.DonorView;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.projections.support.ProjectionProgress;
import vn.foreignaffairs.registry.projections.support.ReadModelProcessor;

/** Folds donor events into the {@code aid_donors} read model. */
@Component
@ProcessingGroup(ReadModelProcessor.NAME)
public class DonorProjector {

    private final DonorReadModel readModel;
    private final ProjectionProgress progress;

    public DonorProjector(DonorReadModel readModel, ProjectionProgress progress) {
        this.readModel = readModel;
        this.progress = progress;
    }

    @EventHandler
    void on(DonorRegistered event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        DonorDetails details = event.details();
        readModel.insert(new DonorView(event.id().value(), details.name(), details.kind(), details.countryCode(),
                details.permit(), details.permit() == null ? List.of() : List.of(details.permit()), sequence + 1,
                actor, at, at));
        progress.signal();
    }

    @EventHandler
    void on(DonorPermitRecorded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        readModel.update(event.id().value(), sequence + 1, set("permit", event.permit()),
                push("permits", event.permit()), set("updatedAt", at));
        progress.signal();
    }

    @ResetHandler
    void reset() {
        readModel.reset();
    }
}
