package vn.foreignaffairs.registry.projections.calendar;

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
import vn.foreignaffairs.registry.api.calendar.HolidayAdded;
import vn.foreignaffairs.registry.api.calendar.HolidayChangeView;
import vn.foreignaffairs.registry.api.calendar.HolidayRemoved;
import vn.foreignaffairs.registry.api.calendar.ListHolidayChangesQuery;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.projections.support.DuplicateKeys;
import vn.foreignaffairs.registry.projections.support.ProjectionProgress;
import vn.foreignaffairs.registry.projections.support.ReadModelProcessor;

/**
 * The {@code holidaychanges} read model: the latest administrator change per country, day and
 * kind. The data files hold the defaults; this is what overlays them.
 */
@Component
@ProcessingGroup(ReadModelProcessor.NAME)
public class HolidayChangeProjector {

    /** The stored form: the view plus its key and the calendar's sequence number that guards replays. */
    public record HolidayChangeDocument(String changeId, String country, long sequence, HolidayChangeView view) {
    }

    private final MongoCollection<HolidayChangeDocument> changes;
    private final ProjectionProgress progress;

    public HolidayChangeProjector(MongoDatabase readModels, ProjectionProgress progress) {
        this.changes = readModels.getCollection("holidaychanges", HolidayChangeDocument.class);
        this.progress = progress;
        changes.createIndex(Indexes.ascending("changeId"), new IndexOptions().unique(true));
        changes.createIndex(Indexes.ascending("country"));
    }

    @EventHandler
    void on(HolidayAdded event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        store(sequence, new HolidayChangeView(event.country(), event.date(), event.kind(), event.name(), false,
                sequence + 1, actor, at, event.reason()));
    }

    @EventHandler
    void on(HolidayRemoved event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        store(sequence, new HolidayChangeView(event.country(), event.date(), event.kind(), event.name(), true,
                sequence + 1, actor, at, event.reason()));
    }

    @ResetHandler
    void reset() {
        changes.deleteMany(new Document());
    }

    @QueryHandler
    public List<HolidayChangeView> list(ListHolidayChangesQuery query) {
        return changes.find(eq("country", query.country())).sort(Sorts.ascending("changeId"))
                .map(HolidayChangeDocument::view).into(new ArrayList<>());
    }

    private void store(long sequence, HolidayChangeView view) {
        String changeId = view.country() + "/" + view.date() + "/" + view.kind();
        try {
            changes.replaceOne(and(eq("changeId", changeId), lt("sequence", sequence)),
                    new HolidayChangeDocument(changeId, view.country(), sequence, view),
                    new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (!DuplicateKeys.isDuplicateKey(e)) {
                throw e;
            }
        }
        progress.signal();
    }
}
