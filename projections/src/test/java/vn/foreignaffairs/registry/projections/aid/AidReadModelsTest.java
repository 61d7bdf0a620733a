package vn.foreignaffairs.registry.projections.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.projections.aid.AidEvents.approvedAid;
import static vn.foreignaffairs.registry.projections.aid.AidEvents.details;
import static vn.foreignaffairs.registry.projections.aid.AidEvents.money;
import static vn.foreignaffairs.registry.projections.aid.AidEvents.proposed;
import static vn.foreignaffairs.registry.projections.aid.AidEvents.received;
import static vn.foreignaffairs.registry.projections.aid.AidEvents.started;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.aid.AidGrouping;
import vn.foreignaffairs.registry.api.aid.AidProjectEvent;
import vn.foreignaffairs.registry.api.aid.AidProjectId;
import vn.foreignaffairs.registry.api.aid.AidProjectView;
import vn.foreignaffairs.registry.api.aid.AidSector;
import vn.foreignaffairs.registry.api.aid.AidStatus;
import vn.foreignaffairs.registry.api.aid.AidTotals;
import vn.foreignaffairs.registry.api.aid.AidTotalsQuery;
import vn.foreignaffairs.registry.api.aid.DonorDetails;
import vn.foreignaffairs.registry.api.aid.DonorId;
import vn.foreignaffairs.registry.api.aid.DonorKind;
import vn.foreignaffairs.registry.api.aid.DonorPermit;
import vn.foreignaffairs.registry.api.aid.DonorPermitRecorded;
import vn.foreignaffairs.registry.api.aid.DonorRegistered;
import vn.foreignaffairs.registry.api.aid.DonorView;
import vn.foreignaffairs.registry.api.aid.FindAidProjectQuery;
import vn.foreignaffairs.registry.api.aid.FindDonorQuery;
import vn.foreignaffairs.registry.api.aid.ListAidActivitiesQuery;
import vn.foreignaffairs.registry.api.aid.ListAidProjectsQuery;
import vn.foreignaffairs.registry.api.aid.PermitKind;
import vn.foreignaffairs.registry.projections.support.ProjectionProgress;

/** The donor and aid read models on an in-memory MongoDB-compatible server, fed events by hand. */
class AidReadModelsTest {

    private static final LocalDate FEB_5 = LocalDate.of(2026, 2, 5);
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final DonorPermit PERMIT = new DonorPermit(PermitKind.OPERATION_REGISTRATION, "12/GĐK", null,
            LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31));

    private MongoServer server;
    private MongoClient client;
    private DonorProjector donors;
    private DonorQueries donorQueries;
    private AidProjectProjector projector;
    private AidProjectQueries queries;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        MongoDatabase database = client.getDatabase("registry");
        DonorReadModel donorReadModel = new DonorReadModel(database);
        AidProjectReadModel aidReadModel = new AidProjectReadModel(database);
        ProjectionProgress progress = new ProjectionProgress();
        donors = new DonorProjector(donorReadModel, progress);
        donorQueries = new DonorQueries(donorReadModel);
        projector = new AidProjectProjector(aidReadModel, progress);
        queries = new AidProjectQueries(aidReadModel, donorReadModel);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private void project(List<? extends AidProjectEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            projector.on(events.get(i), i, Instant.parse("2026-03-01T02:00:00Z").plusSeconds(i), "officer-nt");
        }
    }

    private static List<AidProjectEvent> startedWater() {
        List<AidProjectEvent> events = new ArrayList<>(approvedAid("water", details("A", AidSector.HEALTH,
                money("120000.00", "USD", "25400", FEB_5), "Núi Thành", "Phú Ninh"), FEB_5));
        events.add(received("water", MARCH_2, money("40000.00", "USD", "25450.25", MARCH_2)));
        events.add(started("water", MARCH_2));
        return events;
    }

    private AidProjectView water() {
        return queries.find(new FindAidProjectQuery(new AidProjectId("water")));
    }

    @Test
    void aDonorKeepsEveryPermitWithTheLatestInForce() {
        DonorId id = new DonorId("A");
        donors.on(new DonorRegistered(id, new DonorDetails("Donor A", DonorKind.FOREIGN_NGO, "US", null)), 0,
                Instant.EPOCH, "reviewer");
        donors.on(new DonorPermitRecorded(id, PERMIT), 1, Instant.EPOCH);
        donors.on(new DonorPermitRecorded(id, PERMIT), 1, Instant.EPOCH);
        DonorView donor = donorQueries.find(new FindDonorQuery(id));
        assertThat(donor.permit()).isEqualTo(PERMIT);
        assertThat(donor.permits()).containsExactly(PERMIT);
        assertThat(donor.version()).isEqualTo(2);
        assertThat(donor.registeredBy()).isEqualTo("reviewer");
    }

    @Test
    void amountsAndRatesKeepTheirDecimalsThroughTheStore() {
        project(startedWater());
        AidProjectView view = water();
        assertThat(view.status()).isEqualTo(AidStatus.IN_PROGRESS);
        assertThat(view.version()).isEqualTo(6);
        assertThat(view.transactions().get(0).vndRate()).isEqualByComparingTo("25450.25");
        assertThat(view.transactions().get(0).vndAmount()).isEqualByComparingTo("1018010000");
        assertThat(view.details().committed().amount()).isEqualByComparingTo("120000.00");
    }

    @Test
    void anEventDeliveredAgainChangesNothing() {
        List<AidProjectEvent> events = startedWater();
        project(events);
        projector.on(events.get(4), 4, Instant.now(), "officer-nt");
        assertThat(water().transactions()).hasSize(1);
        assertThat(water().version()).isEqualTo(6);
    }

    @Test
    void listsFilterByDonorDistrictAndStatus() {
        project(startedWater());
        project(List.of(proposed("school", details("B", AidSector.EDUCATION_AND_TRAINING,
                money("1000.00", "USD", "25400", FEB_5), "Hội An"))));
        assertThat(queries.list(new ListAidProjectsQuery(null, "A", null, null, null, null, null, 0, 10)).items())
                .extracting(AidProjectView::id).containsExactly("water");
        assertThat(queries.list(new ListAidProjectsQuery(null, null, null, "Phú Ninh", null, null, null, 0, 10))
                .total()).isEqualTo(1);
        assertThat(queries.list(new ListAidProjectsQuery(List.of("UBND-NUITHANH"), null, null, null,
                AidStatus.PROPOSED, null, 2026, 0, 10)).items()).extracting(AidProjectView::id)
                .containsExactly("school");
    }

    @Test
    void totalsLeaveProposalsOutAndNameTheDonors() {
        donors.on(new DonorRegistered(new DonorId("A"), new DonorDetails("Donor A", DonorKind.FOREIGN_NGO, "US",
                null)), 0, Instant.EPOCH, "reviewer");
        project(startedWater());
        project(List.of(proposed("school", details("B", AidSector.EDUCATION_AND_TRAINING,
                money("1000.00", "USD", "25400", FEB_5), "Hội An"))));
        AidTotals totals = queries.totals(new AidTotalsQuery(AidGrouping.DONOR, 2026));
        assertThat(totals.groups()).singleElement().satisfies(row -> {
            assertThat(row.label()).isEqualTo("Donor A");
            assertThat(row.committedVnd()).isEqualByComparingTo("3048000000");
            assertThat(row.receivedVnd()).isEqualByComparingTo("1018010000");
        });
    }

    @Test
    void publishedActivitiesAreTheDecidedOnesActiveInTheYear() {
        project(startedWater());
        project(List.of(proposed("school", details("B", AidSector.EDUCATION_AND_TRAINING,
                money("1000.00", "USD", "25400", FEB_5), "Hội An"))));
        assertThat(queries.activities(new ListAidActivitiesQuery(2027))).extracting(AidProjectView::id)
                .containsExactly("water");
        assertThat(queries.activities(new ListAidActivitiesQuery(2028))).isEmpty();
    }
}
