package vn.foreignaffairs.registry.projections.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.stream.Stream;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An update applied in memory leaves what the server leaves, and one it cannot apply exactly is
 * declined with the document untouched (the batch then sends it to the server).
 */
class InMemoryUpdateTest {

    private static final String STORED = """
            {"id": "r", "version": 1, "status": "DRAFT", "notes": ["a"], "title": "text",
             "nothing": null, "details": {"place": "Hà Nội", "days": 3}, "empty": []}""";

    private static MongoServer server;
    private static MongoClient client;
    private static MongoCollection<BsonDocument> records;

    @BeforeAll
    static void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        records = client.getDatabase("registry").getCollection("records", BsonDocument.class);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.shutdownNow();
    }

    static Stream<Arguments> applied() {
        return Stream.of(
                "{$set: {status: 'SUBMITTED', version: 2}}",
                "{$set: {added: {a: [1, 2]}, nothing: 'now something'}}",
                "{$set: {'details.days': 5, 'details.added': true}}",
                "{$set: {'missing.deeper.field': 1}}",
                "{$set: {details: null}}",
                "{$push: {notes: 'b'}}",
                "{$push: {empty: {kind: 'APPROVAL', by: 'lanh.dao'}}}",
                "{$push: {fresh: 'first', 'details.list': 7}}",
                "{$set: {status: 'APPROVED', decision: {number: '12/QĐ'}}, $push: {notes: 'c'}}",
                "{$set: {'details.place': 'Huế'}, $push: {'details.log': 'x'}}").map(Arguments::of);
    }

    static Stream<Arguments> declined() {
        return Stream.of(
                "{$inc: {version: 1}}",
                "{$unset: {status: ''}}",
                "{$set: {status: 'X'}, $inc: {count: 1}}",
                "{$push: {title: 'not a list'}}",
                "{$push: {nothing: 'null is not a list'}}",
                "{$push: {'details.place': 'x'}}",
                "{$set: {'title.part': 1}}",
                "{$set: {'nothing.part': 1}}",
                "{$set: {'notes.0': 'z'}}",
                "{$set: {details: {}, 'details.days': 1}}",
                "{$set: {notes: []}, $push: {notes: 'b'}}",
                "{$push: {notes: {$each: ['b', 'c']}}}",
                "{$set: {_id: 'other'}}",
                "{$set: {'a..b': 1}}").map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("applied")
    void anUpdateItAppliesLeavesWhatTheServerLeaves(String update) {
        InMemory result = applyToStored(update);

        assertThat(result.applied()).isTrue();
        assertThat(result.document().toJson()).isEqualTo(storedByTheServer(update).toJson());
    }

    @ParameterizedTest
    @MethodSource("declined")
    void anUpdateItCannotApplyExactlyLeavesTheDocumentUntouched(String update) {
        InMemory result = applyToStored(update);

        assertThat(result.applied()).isFalse();
        assertThat(result.document()).isEqualTo(BsonDocument.parse(STORED));
    }

    private record InMemory(boolean applied, BsonDocument document) {
    }

    private static InMemory applyToStored(String update) {
        BsonDocument document = BsonDocument.parse(STORED);
        return new InMemory(InMemoryUpdate.applyTo(document, BsonDocument.parse(update)), document);
    }

    private static BsonDocument storedByTheServer(String update) {
        records.deleteMany(new BsonDocument());
        records.insertOne(BsonDocument.parse(STORED));
        records.updateOne(Filters.eq("id", "r"), BsonDocument.parse(update));
        BsonDocument stored = records.find().first();
        stored.remove("_id");
        return stored;
    }
}
