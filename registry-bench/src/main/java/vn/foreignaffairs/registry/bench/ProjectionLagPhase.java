package vn.foreignaffairs.registry.bench;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.api.delegation.CreateDelegationCommand;
import vn.foreignaffairs.registry.api.delegation.DelegationDetails;
import vn.foreignaffairs.registry.api.delegation.DelegationId;

/**
 * Projection lag at a fixed offered rate: "create delegation" commands are sent through the
 * CommandGateway in this JVM on a fixed schedule (HTTP Basic with BCrypt could not offer 500/s on
 * two cores), each from a pool thread so a slow command does not delay the schedule. For each
 * command, the lag is from its acknowledgement (the event is stored) to its document appearing in
 * the {@code delegations} read model, polled by id in batches.
 */
final class ProjectionLagPhase {

    record Outcome(double offeredRate, double achievedRate, long commands, long failures, Latencies lag,
                   Latencies commandLatency, long notVisible) {
    }

    private static final class Sent {
        final long sentAt;
        volatile long ackedAt;
        volatile long visibleAt;

        Sent(long sentAt) {
            this.sentAt = sentAt;
        }
    }

    private ProjectionLagPhase() {
    }

    static Outcome run(BenchRegistry registry, int rate, Duration duration) throws Exception {
        CommandGateway commands = registry.bean(CommandGateway.class);
        DelegationDetails details = storedDelegationDetails(registry);
        MongoCollection<Document> readModel = registry.database().getCollection("delegations");
        MetaData metadata = MetaData.from(Map.of(AuditMetadata.ACTOR, "officer", AuditMetadata.ROLE, "OFFICER",
                AuditMetadata.AGENCY, "SKHDT", AuditMetadata.REASON, "benchmark"));

        Map<String, Sent> sent = new ConcurrentHashMap<>();
        AtomicLong failures = new AtomicLong();
        Latencies commandLatency = new Latencies();
        ExecutorService senders = Executors.newFixedThreadPool(32);
        long total = Math.max(1, (long) (rate * duration.toMillis() / 1000.0));
        long interval = 1_000_000_000L / rate;
        Thread checker = new Thread(() -> watch(sent, readModel), "lag-checker");
        checker.setDaemon(true);
        checker.start();

        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            senders.execute(() -> {
                DelegationId id = DelegationId.random();
                Sent entry = new Sent(System.nanoTime());
                sent.put(id.value(), entry);
                try {
                    commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                            new CreateDelegationCommand(id, new AgencyCode("SKHDT"), details)).withMetaData(
                            metadata.and(AuditMetadata.REQUEST_ID, id.value())), 30, TimeUnit.SECONDS);
                    entry.ackedAt = System.nanoTime();
                    commandLatency.add(entry.ackedAt - entry.sentAt);
                } catch (RuntimeException e) {
                    sent.remove(id.value());
                    failures.incrementAndGet();
                }
            });
        }
        senders.shutdown();
        senders.awaitTermination(2, TimeUnit.MINUTES);
        long lastAck = sent.values().stream().mapToLong(s -> s.ackedAt).max().orElse(System.nanoTime());
        double achieved = sent.size() / ((lastAck - start) / 1e9);

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && sent.values().stream().anyMatch(s -> s.visibleAt == 0)) {
            Thread.sleep(10);
        }
        checker.interrupt();
        Latencies lag = new Latencies();
        long notVisible = 0;
        for (Sent entry : sent.values()) {
            if (entry.visibleAt == 0) {
                notVisible++;
            } else {
                lag.add(Math.max(0, entry.visibleAt - entry.ackedAt));
            }
        }
        return new Outcome(rate, achieved, sent.size(), failures.get(), lag, commandLatency, notVisible);
    }

    /**
     * Polls the read model for the commands not yet visible: one query for every 500 of them (by
     * the indexed id), then a pause of 2 ms, so that the watching itself loads the store no more
     * than a reader would. A document is seen about 2 ms plus a query after it was written.
     */
    private static void watch(Map<String, Sent> sent, MongoCollection<Document> readModel) {
        while (!Thread.currentThread().isInterrupted()) {
            List<Map<String, Sent>> chunks = new ArrayList<>();
            Map<String, Sent> chunk = new HashMap<>();
            for (Map.Entry<String, Sent> entry : sent.entrySet()) {
                if (entry.getValue().visibleAt == 0 && entry.getValue().ackedAt != 0) {
                    if (chunk.size() == 500) {
                        chunks.add(chunk);
                        chunk = new HashMap<>();
                    }
                    chunk.put(entry.getKey(), entry.getValue());
                }
            }
            chunks.add(chunk);
            for (Map<String, Sent> pending : chunks) {
                if (pending.isEmpty()) {
                    continue;
                }
                for (Document visible : readModel.find(in("id", pending.keySet())).projection(Projections.include("id"))) {
                    pending.get(visible.getString("id")).visibleAt = System.nanoTime();
                }
            }
            LockSupport.parkNanos(2_000_000);
        }
    }

    /** The details of a delegation created over HTTP earlier, read from its stored event. */
    private static DelegationDetails storedDelegationDetails(BenchRegistry registry) throws Exception {
        Document drafted = registry.database().getCollection("domainevents")
                .find(eq("payloadType", "vn.foreignaffairs.registry.api.delegation.DelegationDrafted")).first();
        if (drafted == null) {
            throw new IllegalStateException("No delegation was created before the lag phase");
        }
        ObjectMapper json = registry.bean(ObjectMapper.class);
        JsonNode payload = json.readTree(String.valueOf(drafted.get("serializedPayload")));
        return json.treeToValue(payload.get("details"), DelegationDetails.class);
    }
}
