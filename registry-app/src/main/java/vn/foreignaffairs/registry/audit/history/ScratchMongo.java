package vn.foreignaffairs.registry.audit.history;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.storage.embedded.IndexedMemoryBackend;

/**
 * Where a past state is rebuilt: an in-memory MongoDB-compatible server in this process, on
 * loopback, started on first use. Each rebuild gets a database of its own, dropped afterwards, so
 * rebuilding never writes to the registry's store and needs no rights on it.
 */
@Component
public class ScratchMongo implements DisposableBean {

    private final AtomicLong databases = new AtomicLong();
    private MongoServer server;
    private MongoClient client;

    /** A new, empty database. */
    public synchronized MongoDatabase newDatabase() {
        if (client == null) {
            server = new MongoServer(new IndexedMemoryBackend());
            server.bind("127.0.0.1", 0);
            client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        }
        return client.getDatabase("as-of-" + databases.incrementAndGet());
    }

    @Override
    public synchronized void destroy() {
        if (client != null) {
            client.close();
            server.shutdownNow();
        }
    }
}
