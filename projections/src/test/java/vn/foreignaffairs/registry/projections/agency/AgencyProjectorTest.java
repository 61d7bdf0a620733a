package vn.foreignaffairs.registry.projections.agency;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.agency.AgencyDissolved;
import vn.foreignaffairs.registry.api.agency.AgencyKind;
import vn.foreignaffairs.registry.api.agency.AgencyLineageQuery;
import vn.foreignaffairs.registry.api.agency.AgencyMergedInto;
import vn.foreignaffairs.registry.api.agency.AgencyName;
import vn.foreignaffairs.registry.api.agency.AgencyRegistered;
import vn.foreignaffairs.registry.api.agency.AgencyRenamed;
import vn.foreignaffairs.registry.api.agency.AgencyStatus;
import vn.foreignaffairs.registry.api.agency.AgencyView;
import vn.foreignaffairs.registry.api.agency.FindAgencyQuery;
import vn.foreignaffairs.registry.projections.support.ProjectionProgress;

/** The agencies read model on an in-memory MongoDB-compatible server, fed events by hand. */
class AgencyProjectorTest {

    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private AgencyProjector projector;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        database = client.getDatabase("registry");
        projector = new AgencyProjector(database, new ProjectionProgress());
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private static AgencyRegistered registered(String code) {
        return new AgencyRegistered(new AgencyCode(code), "Sở " + code, "Department " + code, AgencyKind.DEPARTMENT);
    }

    private static AgencyMergedInto merged(String code, String into) {
        return new AgencyMergedInto(new AgencyCode(code), new AgencyCode(into), JULY_1, "1/QĐ-UBND", "Sắp xếp");
    }

    private void registerAll(String... codes) {
        for (String code : codes) {
            projector.on(registered(code), 0);
        }
    }

    private AgencyView find(String code) {
        return projector.find(new FindAgencyQuery(new AgencyCode(code)));
    }

    private List<String> lineage(String code) {
        return projector.lineage(new AgencyLineageQuery(new AgencyCode(code)));
    }

    @Test
    void aRegisteredAgencyIsActiveWithOneName() {
        projector.on(registered("SCT"), 0);
        assertThat(find("SCT")).isEqualTo(new AgencyView("SCT", "Sở SCT", "Department SCT", AgencyKind.DEPARTMENT,
                AgencyStatus.ACTIVE, null, null, List.of(new AgencyName("Sở SCT", "Department SCT", null, null)), 1));
    }

    @Test
    void aRenameClosesTheOldNameAndOpensTheNew() {
        projector.on(registered("SKHDT"), 0);
        projector.on(new AgencyRenamed(new AgencyCode("SKHDT"), "Sở Mới", "New Department", JULY_1, "1/QĐ", "x"), 1);
        AgencyView view = find("SKHDT");
        assertThat(view.name()).isEqualTo("Sở Mới");
        assertThat(view.nameEn()).isEqualTo("New Department");
        assertThat(view.names()).containsExactly(
                new AgencyName("Sở SKHDT", "Department SKHDT", null, JULY_1),
                new AgencyName("Sở Mới", "New Department", JULY_1, null));
        assertThat(view.version()).isEqualTo(2);
    }

    @Test
    void aMergedAgencyNamesItsSuccessorAndADissolvedOneItsEnd() {
        registerAll("SKHDT", "STC", "SDL");
        projector.on(merged("SKHDT", "STC"), 1);
        projector.on(new AgencyDissolved(new AgencyCode("SDL"), JULY_1, "2/QĐ", "x"), 1);
        assertThat(find("SKHDT").status()).isEqualTo(AgencyStatus.MERGED);
        assertThat(find("SKHDT").mergedInto()).isEqualTo("STC");
        assertThat(find("SKHDT").inactiveSince()).isEqualTo(JULY_1);
        assertThat(find("SDL").status()).isEqualTo(AgencyStatus.DISSOLVED);
        assertThat(find("SDL").mergedInto()).isNull();
        assertThat(find("STC").status()).isEqualTo(AgencyStatus.ACTIVE);
    }

    @Test
    void replayingEventsAlreadyAppliedChangesNothing() {
        AgencyRegistered registered = registered("SKHDT");
        AgencyRenamed renamed = new AgencyRenamed(new AgencyCode("SKHDT"), "Sở Mới", null, JULY_1, "1/QĐ", "x");
        AgencyMergedInto merged = merged("SKHDT", "STC");
        projector.on(registered, 0);
        projector.on(renamed, 1);
        projector.on(merged, 2);
        AgencyView before = find("SKHDT");

        projector.on(registered, 0);
        projector.on(renamed, 1);
        projector.on(merged, 2);
        projector.on(renamed, 1);

        assertThat(find("SKHDT")).isEqualTo(before);
        assertThat(before.names()).hasSize(2);
        assertThat(database.getCollection("agencies").countDocuments()).isEqualTo(1);
    }

    @Test
    void theLineageHoldsEveryAgencyMergedIntoItTransitively() {
        registerAll("STC", "SKHDT", "SXD", "BQLDA", "SDL");
        projector.on(merged("SKHDT", "STC"), 1);
        projector.on(merged("BQLDA", "SKHDT"), 1);
        projector.on(merged("SXD", "STC"), 1);
        projector.on(new AgencyDissolved(new AgencyCode("SDL"), JULY_1, "2/QĐ", "x"), 1);

        assertThat(lineage("STC")).containsExactly("STC", "BQLDA", "SKHDT", "SXD");
        assertThat(lineage("SKHDT")).containsExactly("SKHDT", "BQLDA");
        assertThat(lineage("BQLDA")).containsExactly("BQLDA");
        assertThat(lineage("SDL")).containsExactly("SDL");
    }

    @Test
    void anUnknownCodeIsItsOwnLineage() {
        assertThat(lineage("NOPE")).containsExactly("NOPE");
    }

    @Test
    void theLineageEndsEvenIfRacingMergersMadeACycle() {
        registerAll("A", "B");
        projector.on(merged("A", "B"), 1);
        projector.on(merged("B", "A"), 1);
        assertThat(lineage("A")).containsExactly("A", "B");
    }

    @Test
    void documentsWrittenBeforeTheLifecycleAreCompletedOnStart() {
        database.getCollection("agencies").insertOne(new Document("code", "SNGV").append("name", "Sở Ngoại vụ")
                .append("nameEn", "Department of Foreign Affairs").append("kind", "DEPARTMENT"));

        AgencyProjector restarted = new AgencyProjector(database, new ProjectionProgress());

        AgencyView view = restarted.find(new FindAgencyQuery(new AgencyCode("SNGV")));
        assertThat(view.status()).isEqualTo(AgencyStatus.ACTIVE);
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.names()).containsExactly(
                new AgencyName("Sở Ngoại vụ", "Department of Foreign Affairs", null, null));
        restarted.on(new AgencyRenamed(new AgencyCode("SNGV"), "Sở Ngoại vụ mới", null, JULY_1, "1/QĐ", "x"), 1);
        assertThat(restarted.find(new FindAgencyQuery(new AgencyCode("SNGV"))).names()).hasSize(2);
    }
}
