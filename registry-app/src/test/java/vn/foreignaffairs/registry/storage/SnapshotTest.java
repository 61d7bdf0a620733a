package vn.foreignaffairs.registry.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.AidRequestBodies.PROJECTS;
import static vn.foreignaffairs.registry.support.AidRequestBodies.visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.foreignaffairs.registry.agency.Agency;
import vn.foreignaffairs.registry.aid.AidProject;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.agency.AgencyKind;
import vn.foreignaffairs.registry.api.agency.RegisterAgencyCommand;
import vn.foreignaffairs.registry.api.agency.RenameAgencyCommand;
import vn.foreignaffairs.registry.api.aid.AidProjectId;
import vn.foreignaffairs.registry.api.aid.MonitoringVisit;
import vn.foreignaffairs.registry.api.aid.RecordMonitoringVisitCommand;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.api.delegation.DelegationId;
import vn.foreignaffairs.registry.api.plan.AnnualPlanId;
import vn.foreignaffairs.registry.api.plan.SlotDecision;
import vn.foreignaffairs.registry.api.plan.TakeOffPlanSlotCommand;
import vn.foreignaffairs.registry.plan.AnnualPlan;
import vn.foreignaffairs.registry.support.AidSteps;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/**
 * Long-lived aggregates are loaded from their latest snapshot plus the events after it, so
 * loading reads no more messages as their history grows (every 50 events by default), and the
 * state read back from a snapshot decides exactly as the full history would.
 */
class SnapshotTest extends RegistryIntegrationTest {

    private static final int SNAPSHOT_EVERY = 50;
    private static final Map<String, Object> SYSTEM = Map.of(AuditMetadata.ACTOR, "system",
            AuditMetadata.ROLE, "ADMIN", AuditMetadata.REASON, "snapshot test");

    @Autowired
    private CommandGateway commands;

    @Autowired
    private EventStore eventStore;

    private <R> R send(Object command, Map<String, ?> metadata) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metadata));
    }

    /** What loading the aggregate reads: a snapshot (if any) first, then the events after it. */
    private List<DomainEventMessage<?>> loaded(String aggregateId) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        eventStore.readEvents(aggregateId).forEachRemaining(messages::add);
        return messages;
    }

    private static boolean isSnapshotOf(DomainEventMessage<?> message, Class<?> aggregate) {
        return aggregate.isInstance(message.getPayload());
    }

    @Test
    void anAidProjectWithManyMonitoringVisitsLoadsFromItsSnapshot() {
        Api.Response started = new AidSteps(api).started();
        AidProjectId id = new AidProjectId(started.id());
        Map<String, Object> officer = Map.of(AuditMetadata.ACTOR, "officer", AuditMetadata.ROLE, "OFFICER",
                AuditMetadata.AGENCY, "SKHDT");
        int sizeAfterHalf = 0;
        for (int i = 0; i < 2 * SNAPSHOT_EVERY + 10; i++) {
            send(new RecordMonitoringVisitCommand(id, null, new MonitoringVisit(LocalDate.of(2026, 4, 1),
                    "Sở Ngoại vụ", "Lần kiểm tra " + i, null)), officer);
            if (i == SNAPSHOT_EVERY + 10) {
                sizeAfterHalf = loaded(id.value()).size();
            }
        }
        List<DomainEventMessage<?>> loaded = loaded(id.value());
        assertThat(isSnapshotOf(loaded.get(0), AidProject.class)).as("loading starts from a snapshot").isTrue();
        assertThat(loaded.size()).isLessThanOrEqualTo(SNAPSHOT_EVERY + 1);
        assertThat(sizeAfterHalf).isLessThanOrEqualTo(SNAPSHOT_EVERY + 1);

        long events = loaded.get(loaded.size() - 1).getSequenceNumber() + 1;
        Api.Response visited = api.post("officer", PROJECTS + "/" + id.value() + "/monitoring-visits",
                visit("2026-04-02"), "If-Match", "\"" + events + "\"");
        assertThat(visited.status()).as(visited.toString()).isEqualTo(200);
        assertThat(visited.version()).isEqualTo(events + 1);
        assertThat(api.get("inspector", PROJECTS + "/" + id.value()).body().path("monitoringVisits"))
                .hasSize(2 * SNAPSHOT_EVERY + 11);
    }

    @Test
    void theOffPlanQuotaHoldsAcrossASnapshotOfItsPlan() {
        AnnualPlanId plan = AnnualPlanId.of("SNAP" + UUID.randomUUID().toString().substring(0, 6), 2071);
        AgencyCode agency = new AgencyCode(plan.value().substring(0, plan.value().indexOf(':')));
        DelegationId holder = DelegationId.random();
        assertThat((SlotDecision) send(slot(plan, agency, holder, "first", 1), SYSTEM)).isEqualTo(SlotDecision.GRANTED);
        List<String> refusedAttempts = new ArrayList<>();
        for (int i = 0; i < SNAPSHOT_EVERY + 5; i++) {
            String attempt = "refused-" + i;
            refusedAttempts.add(attempt);
            assertThat((SlotDecision) send(slot(plan, agency, DelegationId.random(), attempt, 1), SYSTEM))
                    .isEqualTo(SlotDecision.REFUSED);
        }
        List<DomainEventMessage<?>> loaded = loaded(plan.value());
        assertThat(isSnapshotOf(loaded.get(0), AnnualPlan.class)).isTrue();
        assertThat(loaded.size()).isLessThanOrEqualTo(SNAPSHOT_EVERY + 1);
        long eventsBefore = loaded.get(loaded.size() - 1).getSequenceNumber();

        // decided before the snapshot, answered the same from it, and nothing recorded again
        assertThat((SlotDecision) send(slot(plan, agency, DelegationId.random(), refusedAttempts.get(3), 1), SYSTEM))
                .isEqualTo(SlotDecision.REFUSED);
        assertThat((SlotDecision) send(slot(plan, agency, holder, "again", 1), SYSTEM)).isEqualTo(SlotDecision.GRANTED);
        List<DomainEventMessage<?>> after = loaded(plan.value());
        assertThat(after.get(after.size() - 1).getSequenceNumber()).isEqualTo(eventsBefore);
        // the holder still counts: with a limit of 2, one more is granted and then none
        assertThat((SlotDecision) send(slot(plan, agency, DelegationId.random(), "second", 2), SYSTEM))
                .isEqualTo(SlotDecision.GRANTED);
        assertThat((SlotDecision) send(slot(plan, agency, DelegationId.random(), "third", 2), SYSTEM))
                .isEqualTo(SlotDecision.REFUSED);
    }

    @Test
    void anAgencyRenamedManyTimesLoadsFromItsSnapshot() {
        AgencyCode code = new AgencyCode("SNAP" + UUID.randomUUID().toString().substring(0, 6).toUpperCase());
        send(new RegisterAgencyCommand(code, "Sở thử nghiệm", "Test department", AgencyKind.DEPARTMENT), SYSTEM);
        LocalDate day = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < SNAPSHOT_EVERY + 5; i++) {
            send(new RenameAgencyCommand(code, "Sở thử nghiệm " + i, "Test department " + i, day.plusDays(i),
                    "QĐ-" + i, "Đổi tên lần " + i, null), SYSTEM);
        }
        List<DomainEventMessage<?>> loaded = loaded(code.value());
        assertThat(isSnapshotOf(loaded.get(0), Agency.class)).isTrue();
        assertThat(loaded.size()).isLessThanOrEqualTo(SNAPSHOT_EVERY + 1);
        // the effective date of the current name came back from the snapshot: an earlier one is refused
        Api.Response earlier = api.post("admin", "/api/v1/agencies/" + code.value() + "/rename",
                Map.of("newName", "Sở thử nghiệm cũ", "effectiveDate", day.toString(),
                        "decisionReference", "QĐ-cu", "reason", "Thử"));
        assertThat(earlier.status()).as(earlier.toString()).isBetween(400, 409);
    }

    private static TakeOffPlanSlotCommand slot(AnnualPlanId plan, AgencyCode agency, DelegationId delegation,
                                               String attempt, long limit) {
        return new TakeOffPlanSlotCommand(plan, agency, 2071, delegation, attempt, limit);
    }
}
