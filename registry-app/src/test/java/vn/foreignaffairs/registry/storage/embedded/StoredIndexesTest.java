package vn.foreignaffairs.registry.storage.embedded;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the H2 file store the ordered indexes live in the file beside the documents: they are there
 * after a restart without being built again, and a data folder written before they existed gets
 * them built when it is first opened.
 */
class StoredIndexesTest {

    @TempDir
    Path folder;

    @Test
    void theIndexesAreKeptInTheFileAndAnswerAfterARestart() {
        String file = folder.resolve("registry.mv").toString();
        withCollection(TestH2Backends.indexed(MVStore.open(file)), StoredIndexesTest::writeEvents);

        MVStore reopened = MVStore.open(file);
        assertThat(reopened.getMapNames()).anyMatch(name -> name.endsWith("._ordered_timestamp_1_seq_1"))
                .anyMatch(name -> name.endsWith("._ordered_aggregate_1_seq_1$ordered"))
                .anyMatch(name -> name.endsWith("._unique_aggregate_1_seq_1"));
        assertThat(reopened.openMap("test.events._documents",
                new MVMap.Builder<Object, de.bwaldvogel.mongo.bson.Document>().keyType(new StoredValues.Type())
                        .valueType(BsonDocumentType.INSTANCE))
                .size()).as("the documents, kept as BSON").isEqualTo(300);
        withCollection(TestH2Backends.indexed(reopened), StoredIndexesTest::answersAsWritten);
    }

    @Test
    void aStoreWrittenWithoutTheIndexesGetsThemOnFirstOpen() {
        String file = folder.resolve("old.mv").toString();
        withCollection(new H2Backend(MVStore.open(file)), StoredIndexesTest::writeEvents);

        MVStore reopened = MVStore.open(file);
        withCollection(TestH2Backends.indexed(reopened), StoredIndexesTest::answersAsWritten);
        MVStore after = MVStore.open(file);
        assertThat(after.getMapNames()).as("the server's own unique indexes and its serialised documents, replaced")
                .noneMatch(name -> name.contains("._index_")).anyMatch(name -> name.endsWith("._unique_aggregate_1_seq_1"))
                .noneMatch(name -> name.startsWith("databases.")).contains("test.events._documents");
        after.close();
        withCollection(TestH2Backends.indexed(MVStore.open(file)), StoredIndexesTest::answersAsWritten);
    }

    @Test
    void aCursorReadBatchByBatchOutlivesTheVersionsCommittedMeanwhile() {
        MVStore store = new MVStore.Builder().fileName(folder.resolve("busy.mv").toString()).open();
        store.setVersionsToKeep(0);
        store.setRetentionTime(0); // old versions' pages may be reused at once, as after a while under load
        H2Backend backend = TestH2Backends.indexed(store);
        withCollection(backend, events -> {
            writeEvents(events);
            store.commit();
            List<String> read = new ArrayList<>();
            try (MongoCursor<Document> cursor = events.find(gte("timestamp", "2026-12-02T10:00:00Z"))
                    .sort(Sorts.ascending("timestamp", "seq")).batchSize(10).iterator()) {
                while (cursor.hasNext()) {
                    read.add(cursor.next().getString("timestamp"));
                    if (read.size() % 10 == 0) {
                        for (int i = 0; i < 20; i++) {
                            events.insertOne(new Document("aggregate", "later-" + read.size() + "-" + i).append("seq", 0L)
                                    .append("timestamp", "2026-12-01T00:00:00Z").append("padding", "x".repeat(2000)));
                            store.commit();
                        }
                        store.compact(100, 10 * 1024 * 1024);
                    }
                }
            }
            assertThat(read).hasSize(300).isSorted();
        });
    }

    @Test
    void anUpdateNeverChangesTheDocumentInstanceTheFileIsWritingFrom() {
        // the server updates the document it read in place; H2 writes map instances in the background
        MVStore store = MVStore.open(folder.resolve("updates.mv").toString());
        withCollection(TestH2Backends.indexed(store), events -> {
            events.insertOne(new Document("_id", "d1").append("status", "DRAFT").append("version", 1L));
            MVMap<Object, de.bwaldvogel.mongo.bson.Document> documents = store.openMap("test.events._documents",
                    new MVMap.Builder<Object, de.bwaldvogel.mongo.bson.Document>().keyType(new StoredValues.Type())
                            .valueType(BsonDocumentType.INSTANCE));
            de.bwaldvogel.mongo.bson.Document before = documents.values().iterator().next();

            events.updateOne(eq("_id", "d1"), Updates.combine(
                    Updates.set("status", "SUBMITTED"),
                    Updates.unset("version")));
            events.findOneAndUpdate(eq("_id", "d1"), Updates.set("status", "APPROVED"));

            assertThat(before).as("the instance the map held before the updates")
                    .containsEntry("status", "DRAFT").containsEntry("version", 1L);
            assertThat(documents.values().iterator().next()).containsEntry("status", "APPROVED")
                    .doesNotContainKey("version");
            assertThat(events.find(eq("_id", "d1")).first()).containsEntry("status", "APPROVED");
        });
    }

    private static void writeEvents(MongoCollection<Document> events) {
        events.createIndex(Indexes.ascending("timestamp", "seq"));
        events.createIndex(Indexes.ascending("aggregate", "seq"), new IndexOptions().unique(true));
        List<Document> written = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            written.add(new Document("aggregate", "a-" + (i % 10)).append("seq", (long) (i / 10))
                    .append("timestamp", String.format("2026-12-02T10:%02d:%02dZ", (299 - i) / 60, (299 - i) % 60)));
        }
        events.insertMany(written);
    }

    private static void answersAsWritten(MongoCollection<Document> events) {
        List<Document> oldest = events.find(gte("timestamp", "2026-12-02T10:00:00Z"))
                .sort(Sorts.ascending("timestamp", "seq")).batchSize(5).limit(3).into(new ArrayList<>());
        assertThat(oldest).extracting(event -> event.getString("timestamp"))
                .containsExactly("2026-12-02T10:00:00Z", "2026-12-02T10:00:01Z", "2026-12-02T10:00:02Z");
        assertThat(events.find(and(eq("aggregate", "a-3"), gte("seq", 25L))).sort(Sorts.ascending("seq"))
                .into(new ArrayList<>())).extracting(event -> event.getLong("seq")).containsExactly(25L, 26L, 27L, 28L, 29L);
        assertThat(events.countDocuments(gte("timestamp", "2026-12-02T10:04:00Z"))).isEqualTo(60);
        assertThatThrownBy(() -> events.insertOne(new Document("aggregate", "a-3").append("seq", 29L)))
                .as("the unique index still refuses a second event at the same sequence")
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("E11000");
    }

    private static void withCollection(H2Backend backend, Consumer<MongoCollection<Document>> use) {
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            use.accept(client.getDatabase("test").getCollection("events"));
        } finally {
            server.shutdownNow();
            backend.close();
        }
    }
}
