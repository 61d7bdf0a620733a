package vn.foreignaffairs.registry.storage;

import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.foreignaffairs.registry.RegistryApplication;
import vn.foreignaffairs.registry.storage.embedded.IndexedMemoryBackend;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.OffPlanRace;

/**
 * Two registry instances (two application contexts, each with its own Axon configuration, command
 * bus and locks) sharing one store over the wire: fifty approvals split between them race for
 * the two off-plan slots. Only the event store's unique index stands between them.
 */
class TwoInstancesQuotaRaceTest {

    private static final int YEAR = 2061;

    private MongoServer store;
    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;

    @BeforeEach
    void startTwoInstancesOnOneStore() {
        store = new MongoServer(new IndexedMemoryBackend());
        String uri = store.bindAndGetConnectionString();
        first = start(uri, "instance-a");
        second = start(uri, "instance-b");
    }

    @AfterEach
    void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        store.shutdownNow();
    }

    private static ConfigurableApplicationContext start(String uri, String nodeId) {
        return new SpringApplicationBuilder(RegistryApplication.class).profiles("demo")
                .run("--server.port=0", "--registry.mongodb.uri=" + uri, "--registry.mongodb.node-id=" + nodeId);
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @Test
    void ofFiftyApprovalsSplitOverTwoInstancesExactlyTheLimitSucceed() throws Exception {
        Api a = api(first);
        Api b = api(second);
        List<String> ids = OffPlanRace.prepare(a, "officer", YEAR, 50);
        List<Api.Response> responses = OffPlanRace.approveAllAtOnce(List.of(a, b), ids);
        OffPlanRace.assertQuotaHeld(responses, 2, b, first.getBean(MongoDatabase.class), "SKHDT", YEAR, ids);
    }
}
