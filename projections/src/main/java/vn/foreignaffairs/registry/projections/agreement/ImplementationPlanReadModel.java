package vn.foreignaffairs.registry.projections.agreement;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.agreement.ImplementationPlanView;
import vn.foreignaffairs.registry.projections.support.VersionedDocuments;

/**
 * The {@code agreement_implementation_plans} collection: one document per signing body and year,
 * the plan as last submitted. Each submission replaces the document at its version, so replaying
 * an event changes nothing.
 */
@Component
public class ImplementationPlanReadModel {

    static final String COLLECTION = "agreement_implementation_plans";

    private final VersionedDocuments<ImplementationPlanView> documents;
    private final MongoCollection<ImplementationPlanView> collection;

    public ImplementationPlanReadModel(MongoDatabase readModels) {
        this.documents = new VersionedDocuments<>(readModels, COLLECTION, ImplementationPlanView.class);
        this.collection = documents.collection();
        collection.createIndex(Indexes.ascending("year", "signingBody"));
    }

    void save(ImplementationPlanView view) {
        documents.insert(view.id(), view.version(), view);
    }

    public Optional<ImplementationPlanView> find(String id) {
        return documents.find(id);
    }

    /** The plans submitted for {@code year}, by signing body. */
    Map<String, ImplementationPlanView> plansOf(int year) {
        Map<String, ImplementationPlanView> plans = new HashMap<>();
        collection.find(Filters.eq("year", year)).forEach(plan -> plans.put(plan.signingBody(), plan));
        return plans;
    }

    void reset() {
        documents.reset();
    }
}
