package vn.foreignaffairs.registry.projections.aid;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.aid.AidProjectEvent;
import vn.foreignaffairs.registry.api.aid.AidProjectView;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.projections.support.ProjectionProgress;
import vn.foreignaffairs.registry.projections.support.ReadModelProcessor;

/**
 * Folds the events of each aid into the {@code aid_projects} read model. Events of one aid arrive
 * in order on one thread (Axon sequences them by aggregate); an event already applied is skipped.
 */
@Component
@ProcessingGroup(ReadModelProcessor.NAME)
public class AidProjectProjector {

    private final AidProjectReadModel readModel;
    private final ProjectionProgress progress;

    public AidProjectProjector(AidProjectReadModel readModel, ProjectionProgress progress) {
        this.readModel = readModel;
        this.progress = progress;
    }

    @EventHandler
    void on(AidProjectEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        AidProjectView before = readModel.find(event.id().value()).orElse(null);
        if (before != null && before.version() > sequence) {
            return; // applied already
        }
        readModel.write(AidProjectFold.apply(before, event, sequence + 1, at, actor));
        progress.signal();
    }

    @ResetHandler
    void reset() {
        readModel.reset();
    }
}
