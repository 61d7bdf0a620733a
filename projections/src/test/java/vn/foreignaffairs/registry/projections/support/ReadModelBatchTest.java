package vn.foreignaffairs.registry.projections.support;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Updates;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The writes of a batch of events in the read-model processor: sent together after its last
 * event, read back by a projector in the middle of the batch, dropped with a failed batch, and
 * as safe as single writes against a replay; a record's events in one batch written once.
 */
class ReadModelBatchTest {

    private MongoServer server;
    private MongoClient client;
    private VersionedDocuments<Document> documents;
    private final AtomicInteger updateStatements = new AtomicInteger();
    private final ReadModelBatchInterceptor interceptor = new ReadModelBatchInterceptor(new ProjectionProgress());

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        if (event.getCommandName().equals("update")) {
                            updateStatements.addAndGet(event.getCommand().getArray("updates").size());
                        }
                    }
                })
                .build());
        documents = new VersionedDocuments<>(client.getDatabase("registry"), "records", Document.class);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void theWritesOfABatchAreSentOnceItsLastEventIsHandled() throws Exception {
        List<Long> storedWhileHandling = new ArrayList<>();
        inBatch(3, index -> {
            documents.insert("r" + index, 1, record("r" + index, 1));
            storedWhileHandling.add(documents.collection().countDocuments());
            return null;
        });

        assertThat(storedWhileHandling).as("nothing sent before the last event was handled").containsExactly(0L, 0L, 0L);
        assertThat(documents.collection().countDocuments()).isEqualTo(3);
    }

    @Test
    void aProjectorReadsWhatTheEventsBeforeItWroteInTheSameBatch() throws Exception {
        List<Document> read = new ArrayList<>();
        inBatch(3, index -> {
            switch (index) {
                case 0 -> documents.insert("r", 1, record("r", 1));
                case 1 -> documents.update("r", 2, set("status", "SUBMITTED"), push("notes", "first"));
                default -> read.add(documents.find("r").orElseThrow());
            }
            return null;
        });

        assertThat(read).singleElement().satisfies(document -> {
            assertThat(document.getString("status")).isEqualTo("SUBMITTED");
            assertThat(document.getList("notes", String.class)).containsExactly("first");
            assertThat(document.getLong("version")).isEqualTo(2L);
        });
    }

    @Test
    void aBatchThatFailsWritesNothing() {
        assertThatThrownBy(() -> inBatch(3, index -> {
            documents.insert("r" + index, 1, record("r" + index, 1));
            if (index == 2) {
                throw new IllegalStateException("projector failed");
            }
            return null;
        })).hasMessageContaining("projector failed");

        assertThat(documents.collection().countDocuments()).as("the processor handles the batch again").isZero();
    }

    @Test
    void aBatchReplayedOverItsOwnWritesChangesNothing() throws Exception {
        Callable<Void>[] events = lifecycle();
        inBatch(events.length, index -> events[index].call());
        Document once = stored("r");

        inBatch(events.length, index -> events[index].call());

        assertThat(stored("r")).isEqualTo(once);
        assertThat(once.getString("status")).isEqualTo("APPROVED");
        assertThat(once.getList("notes", String.class)).containsExactly("first");
    }

    @Test
    void aFirstDocumentReplacesAnOlderOneAndLeavesANewerOneAndTheWritesAfterItAreStillSent() throws Exception {
        documents.collection().insertOne(record("old", 0).append("status", "LEFT OVER"));
        documents.collection().insertOne(record("new", 5).append("status", "APPROVED"));
        documents.collection().insertOne(record("later", 1));
        List<String> ids = List.of("old", "new", "fresh");

        inBatch(4, index -> {
            if (index < 3) {
                documents.insert(ids.get(index), 1, record(ids.get(index), 1));
            } else {
                documents.update("later", 2, set("status", "SUBMITTED"));
            }
            return null;
        });

        assertThat(stored("old").getString("status")).isEqualTo("DRAFT");
        assertThat(stored("new").getString("status")).isEqualTo("APPROVED");
        assertThat(stored("new").getLong("version")).isEqualTo(5L);
        assertThat(stored("fresh").getString("status")).isEqualTo("DRAFT");
        assertThat(stored("later").getString("status")).isEqualTo("SUBMITTED");
    }

    @Test
    void aWriteTheServerRefusesFailsTheBatch() {
        assertThatThrownBy(() -> inBatch(3, index -> {
            switch (index) {
                case 0 -> documents.insert("r", 1, record("r", 1));
                case 1 -> documents.update("r", 2, Updates.inc("status", 1));
                default -> documents.insert("s", 1, record("s", 1));
            }
            return null;
        })).isInstanceOf(MongoBulkWriteException.class);

        assertThat(documents.collection().countDocuments(eq("id", "s"))).as("nothing after the refused write").isZero();
    }

    @Test
    void aRecordWhoseEventsShareABatchIsWrittenOnce() throws Exception {
        Callable<Void>[] events = lifecycle();
        Document expected = writtenOneByOne(events);

        inBatch(events.length, index -> events[index].call());

        assertThat(updateStatements).as("the first document, no update after it").hasValue(1);
        assertThat(stored("r")).isEqualTo(expected);
    }

    /**
     * A batch sent in part before (the processor failed after the bulk write, or another instance
     * had the segment) left a version from the middle of the fold, or one from before or after it.
     */
    @Test
    void aFoldedRecordLeavesWhatItsWritesOneByOneLeaveWhateverWasStoredBefore() throws Exception {
        Callable<Void>[] events = lifecycle();
        Document expected = writtenOneByOne(events);
        for (int storedEvents = 0; storedEvents <= events.length; storedEvents++) {
            documents.reset();
            for (int i = 0; i < storedEvents; i++) {
                events[i].call();
            }

            inBatch(events.length, index -> events[index].call());

            assertThat(stored("r")).as("after %d events stored before", storedEvents).isEqualTo(expected);
        }
        documents.reset();
        documents.collection().insertOne(record("r", 9).append("status", "CLOSED"));
        inBatch(events.length, index -> events[index].call());
        assertThat(stored("r").getString("status")).as("a later version is left alone").isEqualTo("CLOSED");
    }

    @Test
    void anUpdateThatCannotBeFoldedIsSentAndWhatFollowsItIsNotFoldedAheadOfIt() throws Exception {
        @SuppressWarnings("unchecked")
        Callable<Void>[] events = new Callable[] {
                () -> {
                    documents.insert("r", 1, record("r", 1).append("count", 1));
                    return null;
                },
                () -> {
                    documents.update("r", 2, Updates.inc("count", 1));
                    return null;
                },
                () -> {
                    documents.update("r", 3, set("status", "SUBMITTED"), push("notes", "after the count"));
                    return null;
                }};

        Document expected = writtenOneByOne(events);

        inBatch(events.length, index -> events[index].call());

        assertThat(updateStatements).as("the first document, then each update on its own").hasValue(3);
        Document stored = stored("r");
        assertThat(stored).isEqualTo(expected);
        assertThat(stored.getInteger("count")).isEqualTo(2);
        assertThat(stored.getLong("version")).isEqualTo(3L);
    }

    @Test
    void outsideABatchEveryWriteIsSentAtOnce() {
        documents.insert("r", 1, record("r", 1));
        assertThat(documents.collection().countDocuments()).isEqualTo(1);
        documents.update("r", 2, set("status", "SUBMITTED"));
        assertThat(stored("r").getString("status")).isEqualTo("SUBMITTED");
        documents.insert("r", 1, record("r", 1));
        assertThat(stored("r").getString("status")).as("a first document again changes nothing").isEqualTo("SUBMITTED");
    }

    @SuppressWarnings("unchecked")
    private Callable<Void>[] lifecycle() {
        return new Callable[] {
                () -> {
                    documents.insert("r", 1, record("r", 1));
                    return null;
                },
                () -> {
                    documents.update("r", 2, set("status", "SUBMITTED"), push("notes", "first"));
                    return null;
                },
                () -> {
                    documents.update("r", 3, set("status", "APPROVED"));
                    return null;
                }};
    }

    /** What the events leave written one at a time, outside a batch, on an empty collection. */
    private Document writtenOneByOne(Callable<Void>[] events) throws Exception {
        documents.reset();
        for (Callable<Void> event : events) {
            event.call();
        }
        Document result = stored("r");
        documents.reset();
        updateStatements.set(0);
        return result;
    }

    private Document stored(String id) {
        Document document = documents.collection().find(eq("id", id)).first();
        assertThat(document).isNotNull();
        document.remove("_id");
        return document;
    }

    private static Document record(String id, long version) {
        return new Document("id", id).append("version", version).append("status", "DRAFT");
    }

    interface Handler {
        Object handle(int index) throws Exception;
    }

    /** Handles {@code count} events in one unit of work through the interceptor, as the processor does. */
    private void inBatch(int count, Handler handler) throws Exception {
        List<EventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(GenericEventMessage.asEventMessage(i));
        }
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(events);
        var result = unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork, List.of(interceptor),
                message -> handler.handle((Integer) message.getPayload())).proceed(),
                RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            throw (Exception) result.exceptionResult();
        }
    }
}
