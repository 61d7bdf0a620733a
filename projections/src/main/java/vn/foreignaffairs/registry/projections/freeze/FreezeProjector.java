package vn.foreignaffairs.registry.projections.freeze;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.api.freeze.ApprovalFreezeDeclared;
import vn.foreignaffairs.registry.api.freeze.ApprovalFreezeLifted;
import vn.foreignaffairs.registry.api.freeze.FreezeView;
import vn.foreignaffairs.registry.api.freeze.ListFreezesQuery;
import vn.foreignaffairs.registry.projections.support.ProjectionProgress;
import vn.foreignaffairs.registry.projections.support.ReadModelProcessor;

/** The {@code freezes} read model. Both events set absolute values, so a replay changes nothing. */
@Component
@ProcessingGroup(ReadModelProcessor.NAME)
public class FreezeProjector {

    private final MongoCollection<FreezeView> freezes;
    private final ProjectionProgress progress;

    public FreezeProjector(MongoDatabase readModels, ProjectionProgress progress) {
        this.freezes = readModels.getCollection("freezes", FreezeView.class);
        this.progress = progress;
        freezes.createIndex(Indexes.ascending("id"), new IndexOptions().unique(true));
    }

    @EventHandler
    void on(ApprovalFreezeDeclared event, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        freezes.replaceOne(eq("id", event.id().value()), new FreezeView(event.id().value(), event.scope(),
                event.from(), event.until(), event.reason(), event.legalBasis(), null, null, actor),
                new ReplaceOptions().upsert(true));
        progress.signal();
    }

    @EventHandler
    void on(ApprovalFreezeLifted event) {
        freezes.updateOne(eq("id", event.id().value()),
                combine(set("liftedOn", event.liftedOn()), set("liftReason", event.reason())));
        progress.signal();
    }

    @ResetHandler
    void reset() {
        freezes.deleteMany(new Document());
    }

    @QueryHandler
    public List<FreezeView> list(ListFreezesQuery query) {
        return freezes.find().sort(Sorts.descending("from")).into(new ArrayList<>());
    }
}
