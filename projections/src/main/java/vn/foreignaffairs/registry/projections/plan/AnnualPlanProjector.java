package vn.foreignaffairs.registry.projections.plan;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.MongoWriteException;
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
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.plan.AnnualPlanEvent;
import vn.foreignaffairs.registry.api.plan.AnnualPlanView;
import vn.foreignaffairs.registry.api.plan.FindAnnualPlanQuery;
import vn.foreignaffairs.registry.api.plan.ListAnnualPlansQuery;
import vn.foreignaffairs.registry.api.plan.PlanStatus;
import vn.foreignaffairs.registry.projections.support.DuplicateKeys;
import vn.foreignaffairs.registry.projections.support.ProjectionProgress;
import vn.foreignaffairs.registry.projections.support.ReadModelProcessor;

/**
 * The {@code annual_plans} read model: one document per agency and year with the items in force,
 * the amendments and the off-plan slots used. Events of one plan arrive in order on one thread
 * (Axon sequences them by aggregate), and each write only lands on an older version.
 */
@Component
@ProcessingGroup(ReadModelProcessor.NAME)
public class AnnualPlanProjector {

    private final MongoCollection<AnnualPlanView> plans;
    private final ProjectionProgress progress;

    public AnnualPlanProjector(MongoDatabase readModels, ProjectionProgress progress) {
        this.plans = readModels.getCollection("annual_plans", AnnualPlanView.class);
        this.progress = progress;
        plans.createIndex(Indexes.ascending("id"), new IndexOptions().unique(true));
    }

    @EventHandler
    void on(AnnualPlanEvent event, @SequenceNumber long sequence) {
        String id = event.id().value();
        AnnualPlanView current = plans.find(eq("id", id)).first();
        if (current == null) {
            int separator = id.lastIndexOf(':');
            current = AnnualPlanFold.empty(id, id.substring(0, separator), Integer.parseInt(id.substring(separator + 1)));
        }
        if (current.version() > sequence) {
            return; // applied already
        }
        try {
            plans.replaceOne(and(eq("id", id), lt("version", sequence + 1)),
                    AnnualPlanFold.apply(current, event, sequence + 1), new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (!DuplicateKeys.isDuplicateKey(e)) {
                throw e;
            }
        }
        progress.signal();
    }

    @ResetHandler
    void reset() {
        plans.deleteMany(new Document());
    }

    @QueryHandler
    public AnnualPlanView find(FindAnnualPlanQuery query) {
        return plans.find(eq("id", query.id().value())).first();
    }

    @QueryHandler
    public List<AnnualPlanView> list(ListAnnualPlansQuery query) {
        return plans.find(and(eq("year", query.year()), ne("status", PlanStatus.NONE)))
                .sort(Sorts.ascending("agency")).into(new ArrayList<>());
    }
}
