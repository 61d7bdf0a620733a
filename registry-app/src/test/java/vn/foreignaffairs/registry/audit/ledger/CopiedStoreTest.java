package vn.foreignaffairs.registry.audit.ledger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/**
 * Tests that tamper with a copy of the live store ({@link LedgerCopies}): an approved delegation
 * of their own is in it, and the copy is dropped afterwards.
 */
abstract class CopiedStoreTest extends RegistryIntegrationTest {

    @Autowired
    MongoClient client;

    @Autowired
    MongoDatabase live;

    String delegation;
    MongoDatabase copy;
    MongoCollection<Document> events;
    MongoCollection<Document> ledger;

    @BeforeEach
    void copyTheStore() {
        delegation = createApproved("officer").id();
        copy = LedgerCopies.copy(client, live);
        events = copy.getCollection(StoredEvents.COLLECTION);
        ledger = copy.getCollection(LedgerEntries.COLLECTION);
    }

    @AfterEach
    void dropTheCopy() {
        copy.drop();
    }
}
