package vn.foreignaffairs.registry.projections.link;

import static com.mongodb.client.model.Updates.set;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.api.link.LinkStatus;
import vn.foreignaffairs.registry.api.link.LinkView;
import vn.foreignaffairs.registry.api.link.RecordsLinked;
import vn.foreignaffairs.registry.api.link.RecordsUnlinked;
import vn.foreignaffairs.registry.projections.support.ProjectionProgress;
import vn.foreignaffairs.registry.projections.support.ReadModelProcessor;

/**
 * Folds link events into the {@code links} read model. A link made again after its removal
 * replaces the document whole, so it shows only who linked it last and why.
 */
@Component
@ProcessingGroup(ReadModelProcessor.NAME)
public class LinkProjector {

    private final LinkReadModel readModel;
    private final ProjectionProgress progress;

    public LinkProjector(LinkReadModel readModel, ProjectionProgress progress) {
        this.readModel = readModel;
        this.progress = progress;
    }

    @EventHandler
    void on(RecordsLinked event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        readModel.insert(new LinkView(event.id().value(), event.from(), event.to(), event.relation(), event.note(),
                event.fromAgency(), LinkStatus.LINKED, sequence + 1, actor, at, null, null, null));
        progress.signal();
    }

    @EventHandler
    void on(RecordsUnlinked event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        readModel.update(event.id().value(), sequence + 1, set("status", LinkStatus.UNLINKED),
                set("unlinkedBy", actor), set("unlinkedAt", at), set("unlinkReason", event.reason()));
        progress.signal();
    }

    @ResetHandler
    void reset() {
        readModel.reset();
    }
}
