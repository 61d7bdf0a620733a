package vn.foreignaffairs.registry.projections.agency;

import static com.mongodb.client.model.Filters.eq;

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
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.agency.AgencyRegistered;
import vn.foreignaffairs.registry.api.agency.AgencyView;
import vn.foreignaffairs.registry.api.agency.FindAgencyQuery;
import vn.foreignaffairs.registry.api.agency.ListAgenciesQuery;
import vn.foreignaffairs.registry.projections.support.ProjectionProgress;

/** The {@code agencies} read model and its queries. */
@Component
@ProcessingGroup(AgencyProjector.PROCESSING_GROUP)
public class AgencyProjector {

    public static final String PROCESSING_GROUP = "agencies";

    private final MongoCollection<AgencyView> agencies;
    private final ProjectionProgress progress;

    public AgencyProjector(MongoDatabase readModels, ProjectionProgress progress) {
        this.agencies = readModels.getCollection("agencies", AgencyView.class);
        this.progress = progress;
        agencies.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
    }

    @EventHandler
    void on(AgencyRegistered event) {
        agencies.replaceOne(eq("code", event.code().value()),
                new AgencyView(event.code().value(), event.name(), event.nameEn(), event.kind()),
                new ReplaceOptions().upsert(true));
        progress.signal();
    }

    @ResetHandler
    void reset() {
        agencies.deleteMany(new Document());
    }

    @QueryHandler
    public AgencyView find(FindAgencyQuery query) {
        return agencies.find(eq("code", query.code().value())).first();
    }

    @QueryHandler
    public List<AgencyView> list(ListAgenciesQuery query) {
        return agencies.find().sort(Sorts.ascending("code")).into(new ArrayList<>());
    }
}
