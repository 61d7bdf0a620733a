package vn.foreignaffairs.registry.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The registry's benchmark (docs/performance.md): on the embedded store, in one run, the storage
 * baseline, command throughput over HTTP, projection lag, a full rebuild of the read models from a
 * generated history, queries over that history and audit-chain verification, with the peak heap of
 * each phase. Prints a table and writes the same figures as JSON.
 *
 * <pre>
 * mvn -B -q -pl registry-bench -am package -DskipTests
 * java -Xmx512m -jar registry-bench/target/registry-bench.jar --events=1000000
 * </pre>
 */
public final class Benchmark {

    private static final String READ_CEILING = "read ceiling (raw driver reads)";

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        run(options, System.out);
        System.exit(0);
    }

    static Results run(Options options, PrintStream out) throws Exception {
        Results results = new Results(out);
        describeMachine(options, results);
        try (HeapSampler heap = new HeapSampler(); BenchRegistry registry = new BenchRegistry(options.inMemory())) {
            heap.takePeak();
            progress(out, "baseline: raw driver inserts for " + options.phaseDuration().toSeconds() + " s");
            double baseline = BaselinePhase.run(registry.connectionString(), options.phaseDuration());
            results.put("baseline (raw inserts)", "inserts/s", baseline);
            results.put("baseline (raw inserts)", "peak heap MiB", heap.takePeak());

            progress(out, "starting the registry");
            results.put("registry start", "ms", registry.start());
            results.put("registry start", "peak heap MiB", heap.takePeak());

            warmUp(registry, options, out);

            for (CommandThroughputPhase.Workload workload : CommandThroughputPhase.Workload.values()) {
                for (int clients : options.clients()) {
                    String phase = "HTTP " + (workload == CommandThroughputPhase.Workload.CREATE
                            ? "create" : "mixed create/submit/approve") + ", " + clients + " client(s)";
                    progress(out, phase);
                    CommandThroughputPhase.Outcome outcome = CommandThroughputPhase.run(registry.port(), workload,
                            clients, options.phaseDuration());
                    results.put(phase, "commands/s", outcome.commandsPerSecond());
                    results.put(phase, "% of baseline", 100 * outcome.commandsPerSecond() / baseline);
                    results.put(phase, "failures", outcome.failures());
                    if (outcome.firstFailure() != null) {
                        results.put(phase, "first failure", outcome.firstFailure());
                    }
                    results.put(phase, "peak heap MiB", heap.takePeak());
                }
            }

            for (int rate : options.lagRates()) {
                projectionLag(registry, rate, "projection lag at " + rate + "/s", options, results, heap, out);
            }

            progress(out, "writing a history of " + options.events() + " events");
            long started = System.nanoTime();
            long generated = HistoryGenerator.generate(registry.database(), options.events());
            double seconds = (System.nanoTime() - started) / 1e9;
            long total = registry.database().getCollection("domainevents").countDocuments();
            results.put("history (bulk insert)", "events written", generated);
            results.put("history (bulk insert)", "events/s", generated / seconds);
            results.put("history (bulk insert)", "events in store", total);
            results.put("history (bulk insert)", "peak heap MiB", heap.takePeak());

            progress(out, "rebuilding every read model from " + total + " events");
            RebuildPhase.Outcome rebuild = RebuildPhase.run(registry, options.rebuildTimeout());
            results.put("rebuild of all read models", "processors", rebuild.processors());
            results.put("rebuild of all read models", "seconds", rebuild.seconds());
            results.put("rebuild of all read models", "events/s",
                    rebuild.finished() ? total / rebuild.seconds() : Double.NaN);
            if (!rebuild.finished()) {
                results.put("rebuild of all read models", "finished", "no, stopped after the timeout");
            }
            results.put("rebuild of all read models", "peak heap MiB", heap.takePeak());

            progress(out, "queries over the history");
            QueryPhase.run(registry.port(), queries(), options.queries()).forEach((name, latencies) -> {
                results.put("query: " + name, "p50 ms", latencies.millis(50));
                results.put("query: " + name, "p99 ms", latencies.millis(99));
            });
            results.put("query: BCrypt check of one Basic login", "p50 ms", bcryptMillis(registry));
            results.put("queries", "peak heap MiB", heap.takePeak());

            // Live events behind a long log: a processor's fetch must cost its batch, not the log's length.
            int rate = options.lagRates().get(0);
            projectionLag(registry, rate, "projection lag at " + rate + "/s over the history", options, results, heap, out);

            progress(out, "emptying the audit ledger and chaining all " + total + " events again");
            LedgerChainingPhase.Outcome chaining = LedgerChainingPhase.run(registry, options.rebuildTimeout());
            results.put("audit ledger chained from nothing", "events", chaining.events());
            results.put("audit ledger chained from nothing", "seconds", chaining.seconds());
            results.put("audit ledger chained from nothing", "events/s",
                    chaining.finished() ? chaining.events() / chaining.seconds() : Double.NaN);
            if (!chaining.finished()) {
                results.put("audit ledger chained from nothing", "finished", "no, stopped after the timeout");
            }
            results.put("audit ledger chained from nothing", "peak heap MiB", heap.takePeak());

            progress(out, "audit-chain verification");
            VerificationPhase.Outcome verification = VerificationPhase.run(registry);
            if (verification.available()) {
                results.put("audit-chain verification", "ledger entries", verification.entries());
                results.put("audit-chain verification", "answer", verification.status());
                results.put("audit-chain verification", "entries checked", verification.checked());
                if (!"OK".equals(verification.status())) {
                    results.put("audit-chain verification", "explanation", verification.explanation());
                }
                results.put("audit-chain verification", "events/s", verification.checked() / verification.seconds());
            } else {
                results.put("audit-chain verification", "events/s", "not available (no audit ledger)");
            }
            results.put("audit-chain verification", "peak heap MiB", heap.takePeak());

            // Last, so that its reads do not change what the measured phases find in the store's cache.
            readCeiling(registry, total / rebuild.seconds(), rebuild.finished(), verification, results, heap, out);
        }
        results.print(out);
        results.writeJson(options.output());
        out.println("Figures written to " + options.output().toAbsolutePath());
        return results;
    }

    /** The raw driver's reads of the log and the ledger, and the rebuild and verification as shares of them. */
    private static void readCeiling(BenchRegistry registry, double rebuildRate, boolean rebuilt,
                                    VerificationPhase.Outcome verification, Results results, HeapSampler heap,
                                    PrintStream out) {
        progress(out, "read ceiling: the raw driver reads every event, then every ledger entry");
        ReadCeilingPhase.Outcome ceiling = ReadCeilingPhase.run(registry.connectionString());
        results.put(READ_CEILING, "events read/s", ceiling.eventsPerSecond());
        results.put(READ_CEILING, "ledger entries read/s", ceiling.entriesPerSecond());
        results.put(READ_CEILING, "event and entry read/s", ceiling.bothPerSecond());
        results.put(READ_CEILING, "peak heap MiB", heap.takePeak());
        if (rebuilt) {
            results.put("rebuild of all read models", "% of read ceiling", 100 * rebuildRate / ceiling.eventsPerSecond());
        }
        if (verification.available()) {
            results.put("audit-chain verification", "% of read ceiling",
                    100 * verification.checked() / verification.seconds() / ceiling.bothPerSecond());
        }
    }

    private static void projectionLag(BenchRegistry registry, int rate, String phase, Options options, Results results,
                                      HeapSampler heap, PrintStream out) throws Exception {
        progress(out, phase);
        ProjectionLagPhase.Outcome lag = ProjectionLagPhase.run(registry, rate, options.lagDuration());
        results.put(phase, "achieved commands/s", lag.achievedRate());
        results.put(phase, "commands", lag.commands());
        results.put(phase, "lag p50 ms", lag.lag().millis(50));
        results.put(phase, "lag p99 ms", lag.lag().millis(99));
        results.put(phase, "command p50 ms", lag.commandLatency().millis(50));
        results.put(phase, "command p99 ms", lag.commandLatency().millis(99));
        results.put(phase, "failures", lag.failures());
        results.put(phase, "never visible", lag.notVisible());
        results.put(phase, "peak heap MiB", heap.takePeak());
    }

    /**
     * Both workloads, unmeasured, with the most clients of the run: a server's figures are those
     * of its compiled request path, not of its first seconds in the interpreter and the JIT.
     */
    private static void warmUp(BenchRegistry registry, Options options, PrintStream out) throws InterruptedException {
        if (options.warmup().isZero()) {
            return;
        }
        int clients = options.clients().stream().max(Integer::compare).orElse(1);
        progress(out, "warm-up (not measured): both HTTP workloads, " + clients + " client(s), "
                + options.warmup().toSeconds() + " s");
        for (CommandThroughputPhase.Workload workload : CommandThroughputPhase.Workload.values()) {
            CommandThroughputPhase.run(registry.port(), workload, clients, options.warmup().dividedBy(2));
        }
    }

    /** The register lists and reports measured over the history (docs/performance.md). */
    static Map<String, String> queries() {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("delegations of SKHDT, 2027", "/api/v1/delegations?agency=SKHDT&year=2027");
        queries.put("approved delegations", "/api/v1/delegations?status=APPROVED");
        queries.put("overdue post-trip reports", "/api/v1/overdue/reports");
        queries.put("overdue passports", "/api/v1/overdue/passports");
        queries.put("off-plan quota SKHDT 2027", "/api/v1/quotas/SKHDT/2027");
        return queries;
    }

    /** What every HTTP Basic request pays for checking the password (BCrypt), without a credential cache. */
    private static double bcryptMillis(BenchRegistry registry) {
        PasswordEncoder encoder = registry.bean(PasswordEncoder.class);
        String hash = encoder.encode("demo");
        Latencies latencies = new Latencies();
        for (int i = 0; i < 10; i++) {
            long started = System.nanoTime();
            encoder.matches("demo", hash);
            latencies.add(System.nanoTime() - started);
        }
        return latencies.millis(50);
    }

    private static void describeMachine(Options options, Results results) {
        Runtime runtime = Runtime.getRuntime();
        results.machine().put("started at", Instant.now().toString());
        results.machine().put("processors", runtime.availableProcessors());
        results.machine().put("max heap MiB", runtime.maxMemory() / (1024 * 1024));
        results.machine().put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        results.machine().put("jvm arguments", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        results.machine().put("store", options.inMemory() ? "embedded, memory backend" : "embedded, H2 file backend");
        results.machine().put("events", options.events());
    }

    private static void progress(PrintStream out, String phase) {
        out.printf("[%s] %s%n", Instant.now(), phase);
        out.flush();
    }
}
