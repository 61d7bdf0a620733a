package vn.foreignaffairs.registry.projections.policy;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.api.policy.ListPolicyValuesQuery;
import vn.foreignaffairs.registry.api.policy.PolicyValueChanged;
import vn.foreignaffairs.registry.api.policy.PolicyValueView;
import vn.foreignaffairs.registry.projections.support.DuplicateKeys;
import vn.foreignaffairs.registry.projections.support.ProjectionProgress;
import vn.foreignaffairs.registry.projections.support.ReadModelProcessor;

/** The {@code policies} read model: the values administrators have set, one document per key and scope. */
@Component
@ProcessingGroup(ReadModelProcessor.NAME)
public class PolicyProjector {

    /** The stored form: the view plus the id and the sequence number that guards replays. */
    public record PolicyDocument(String settingId, long sequence, PolicyValueView view) {
    }

    private final MongoCollection<PolicyDocument> policies;
    private final ProjectionProgress progress;

    public PolicyProjector(MongoDatabase readModels, ProjectionProgress progress) {
        this.policies = readModels.getCollection("policies", PolicyDocument.class);
        this.progress = progress;
        policies.createIndex(Indexes.ascending("settingId"), new IndexOptions().unique(true));
    }

    @EventHandler
    void on(PolicyValueChanged event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        PolicyValueView view = new PolicyValueView(event.key(), event.scope().value(), event.value(),
                event.key().unit(), event.legalSource(), event.key().description(), event.key().defaultValue(),
                sequence + 1, actor, at, event.reason());
        try {
            policies.replaceOne(and(eq("settingId", event.id().value()), lt("sequence", sequence)),
                    new PolicyDocument(event.id().value(), sequence, view), new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (!DuplicateKeys.isDuplicateKey(e)) {
                throw e;
            }
        }
        progress.signal();
    }

    @ResetHandler
    void reset() {
        policies.deleteMany(new Document());
    }

    @QueryHandler
    public List<PolicyValueView> list(ListPolicyValuesQuery query) {
        return policies.find().sort(Sorts.ascending("settingId")).map(PolicyDocument::view).into(new ArrayList<>());
    }
}
