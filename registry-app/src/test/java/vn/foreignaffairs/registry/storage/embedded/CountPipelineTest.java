package vn.foreignaffairs.registry.storage.embedded;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Collation;
import com.mongodb.client.model.CountOptions;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The aggregation the driver sends for {@code countDocuments} is recognised as a count (and
 * answered by the count command, through the query planner); other aggregations are not.
 */
class CountPipelineTest {

    private final List<Document> aggregates = new ArrayList<>();
    private MongoServer server;
    private MongoClient client;

    @BeforeEach
    void start() {
        server = new MongoServer(new IndexedMemoryBackend());
        CommandListener listener = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (event.getCommandName().equals("aggregate")) {
                    RawBsonDocument raw = new RawBsonDocument(event.getCommand(), new BsonDocumentCodec());
                    aggregates.add(BsonDecoder.decodeBson(Unpooled.wrappedBuffer(raw.getByteBuffer().asNIO())));
                }
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
                .addCommandListener(listener).build());
        client.getDatabase("test").getCollection("things").insertOne(new org.bson.Document("s", "an"));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void theDriversCountIsAnsweredAsACount() {
        var things = client.getDatabase("test").getCollection("things");
        things.countDocuments(eq("s", "an"));
        things.countDocuments(eq("s", "an"), new CountOptions().skip(1).limit(5));
        things.countDocuments();

        assertThat(aggregates).hasSize(3).allSatisfy(aggregate -> assertThat(count(aggregate)).isNotNull());
        assertThat(count(aggregates.get(0)).get("n")).isEqualTo(1L);
        assertThat(count(aggregates.get(1)).get("cursor")).isEqualTo(new Document("firstBatch", List.of())
                .append("id", 0L).append("ns", "test.things"));
    }

    @Test
    void anAggregationACountDoesNotAnswerIsLeftToTheServer() {
        var things = client.getDatabase("test").getCollection("things");
        things.countDocuments(eq("s", "an"), new CountOptions().collation(Collation.builder().locale("vi").build()));
        things.aggregate(List.of(new org.bson.Document("$group", new org.bson.Document("_id", "$s")))).first();

        assertThat(aggregates).hasSize(2).allSatisfy(aggregate -> assertThat(
                CountPipeline.answer("aggregate", aggregate, "test", query -> new Document("n", 1))).isNull());
    }

    /** The answer for {@code aggregate}, with the count command answering n = 1 to any count query. */
    private static Document count(Document aggregate) {
        Document answer = CountPipeline.answer("aggregate", aggregate, "test", query -> new Document("n",
                query.containsKey("skip") ? 0 : 1));
        if (answer == null) {
            return null;
        }
        Document cursor = (Document) answer.get("cursor");
        List<?> batch = (List<?>) cursor.get("firstBatch");
        return batch.isEmpty() ? answer : (Document) batch.get(0);
    }
}
