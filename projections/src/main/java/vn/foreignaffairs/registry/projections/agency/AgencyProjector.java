package vn.foreignaffairs.registry.projections.agency;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.agency.AgencyDissolved;
import vn.foreignaffairs.registry.api.agency.AgencyLineageQuery;
import vn.foreignaffairs.registry.api.agency.AgencyMergedInto;
import vn.foreignaffairs.registry.api.agency.AgencyName;
import vn.foreignaffairs.registry.api.agency.AgencyRegistered;
import vn.foreignaffairs.registry.api.agency.AgencyRenamed;
import vn.foreignaffairs.registry.api.agency.AgencyStatus;
import vn.foreignaffairs.registry.api.agency.AgencyView;
import vn.foreignaffairs.registry.api.agency.FindAgencyQuery;
import vn.foreignaffairs.registry.api.agency.ListAgenciesQuery;
import vn.foreignaffairs.registry.projections.support.DuplicateKeys;
import vn.foreignaffairs.registry.projections.support.ProjectionProgress;
import vn.foreignaffairs.registry.projections.support.ReadModelProcessor;

/**
 * The {@code agencies} read model and its queries: one document per agency, keyed by its code,
 * with its names over time, its status and its successor. Every write is guarded by the
 * version (events applied), so replaying an event already applied changes nothing.
 */
@Component
@ProcessingGroup(ReadModelProcessor.NAME)
public class AgencyProjector {

    static final String COLLECTION = "agencies";

    private final MongoCollection<AgencyView> agencies;
    private final ProjectionProgress progress;

    public AgencyProjector(MongoDatabase readModels, ProjectionProgress progress) {
        this.agencies = readModels.getCollection(COLLECTION, AgencyView.class);
        this.progress = progress;
        agencies.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
        agencies.createIndex(Indexes.ascending("mergedInto"));
        completeDocumentsFromBeforeTheLifecycle(readModels.getCollection(COLLECTION));
    }

    @EventHandler
    void on(AgencyRegistered event, @SequenceNumber long sequence) {
        AgencyView view = new AgencyView(event.code().value(), event.name(), event.nameEn(), event.kind(),
                AgencyStatus.ACTIVE, null, null, List.of(new AgencyName(event.name(), event.nameEn(), null, null)),
                sequence + 1);
        try {
            agencies.replaceOne(and(eq("code", view.code()), lt("version", view.version())), view,
                    new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (!DuplicateKeys.isDuplicateKey(e)) {
                throw e;
            }
        }
        progress.signal();
    }

    @EventHandler
    void on(AgencyRenamed event, @SequenceNumber long sequence) {
        AgencyView current = agencies.find(eq("code", event.code().value())).first();
        if (current == null) {
            return;
        }
        List<AgencyName> names = new ArrayList<>(current.names());
        AgencyName previous = names.remove(names.size() - 1);
        names.add(new AgencyName(previous.name(), previous.nameEn(), previous.from(), event.effectiveDate()));
        names.add(new AgencyName(event.name(), event.nameEn(), event.effectiveDate(), null));
        update(event.code().value(), sequence, set("name", event.name()), set("nameEn", event.nameEn()),
                set("names", names));
    }

    @EventHandler
    void on(AgencyMergedInto event, @SequenceNumber long sequence) {
        update(event.code().value(), sequence, set("status", AgencyStatus.MERGED),
                set("mergedInto", event.intoCode().value()), set("inactiveSince", event.effectiveDate()));
    }

    @EventHandler
    void on(AgencyDissolved event, @SequenceNumber long sequence) {
        update(event.code().value(), sequence, set("status", AgencyStatus.DISSOLVED),
                set("inactiveSince", event.effectiveDate()));
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

    /**
     * Follows mergers backwards from the agency, level by level. The set of codes seen stops the
     * walk should two mergers recorded at the same moment have made a cycle.
     */
    @QueryHandler
    public List<String> lineage(AgencyLineageQuery query) {
        String code = query.code().value();
        Set<String> seen = new HashSet<>(Set.of(code));
        Set<String> absorbed = new TreeSet<>();
        List<String> successors = List.of(code);
        while (!successors.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (AgencyView merged : agencies.find(in("mergedInto", successors))) {
                if (seen.add(merged.code())) {
                    absorbed.add(merged.code());
                    next.add(merged.code());
                }
            }
            successors = next;
        }
        List<String> lineage = new ArrayList<>(List.of(code));
        lineage.addAll(absorbed);
        return lineage;
    }

    private void update(String code, long sequence, Bson... changes) {
        List<Bson> all = new ArrayList<>(List.of(changes));
        all.add(set("version", sequence + 1));
        agencies.updateOne(and(eq("code", code), lt("version", sequence + 1)), Updates.combine(all));
        progress.signal();
    }

    /**
     * Documents written before agencies could be renamed, merged or dissolved hold only what
     * {@link AgencyRegistered} said, and their events will not be handed to this projector again.
     * That one event is all they have seen, so they are completed with what it implies: active,
     * version 1, one name.
     */
    private static void completeDocumentsFromBeforeTheLifecycle(MongoCollection<Document> documents) {
        for (Document old : documents.find(exists("status", false))) {
            documents.updateOne(and(eq("_id", old.get("_id")), exists("status", false)), Updates.combine(
                    set("status", AgencyStatus.ACTIVE),
                    set("version", 1L),
                    set("names", List.of(new AgencyName(old.getString("name"), old.getString("nameEn"), null, null)))));
        }
    }
}
