package vn.foreignaffairs.registry.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What to measure and how long, from {@code --name=value} arguments.
 *
 * @param events         events in the generated history that the rebuild, queries and verification run over
 * @param backend        {@code h2} (the registry's durable file store, default) or {@code memory}
 * @param clients        HTTP client counts of the command throughput runs
 * @param phaseDuration  how long each throughput run and the baseline last
 * @param warmup         how long the unmeasured warm-up of the HTTP workloads lasts, before the first
 *                       throughput run (the JIT compiles the request path, sign-ins are remembered)
 * @param lagRates       offered commands per second of each projection lag run, in order
 * @param lagDuration    how long the lag phase offers commands
 * @param queries        requests per query kind
 * @param rebuildTimeout how long the rebuild may take before it is reported as not finished
 * @param output         the JSON file of the figures
 */
record Options(long events, String backend, List<Integer> clients, Duration phaseDuration, Duration warmup,
               List<Integer> lagRates,
               Duration lagDuration, int queries, Duration rebuildTimeout, Path output) {

    static Options parse(String... args) {
        long events = 1_000_000;
        String backend = "h2";
        List<Integer> clients = List.of(1, 4, 16);
        Duration phase = Duration.ofSeconds(10);
        Duration warmup = Duration.ofSeconds(20);
        List<Integer> lagRates = List.of(100, 500);
        Duration lag = Duration.ofSeconds(10);
        int queries = 200;
        Duration rebuildTimeout = Duration.ofMinutes(10);
        Path output = Path.of("target", "benchmark.json");
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Expected --name=value, got " + arg + "\n" + usage());
            }
            String name = arg.substring(2, arg.indexOf('='));
            String value = arg.substring(arg.indexOf('=') + 1);
            switch (name) {
                case "events" -> events = Long.parseLong(value.replace("_", ""));
                case "backend" -> backend = value;
                case "clients" -> clients = numbers(value);
                case "seconds" -> phase = seconds(value);
                case "warmup-seconds" -> warmup = seconds(value);
                case "lag-rate" -> lagRates = numbers(value);
                case "lag-seconds" -> lag = seconds(value);
                case "queries" -> queries = Integer.parseInt(value);
                case "rebuild-timeout-seconds" -> rebuildTimeout = Duration.ofSeconds(Long.parseLong(value));
                case "out" -> output = Path.of(value);
                default -> throw new IllegalArgumentException("Unknown option --" + name + "\n" + usage());
            }
        }
        if (!backend.equals("h2") && !backend.equals("memory")) {
            throw new IllegalArgumentException("--backend is h2 or memory\n" + usage());
        }
        return new Options(events, backend, clients, phase, warmup, lagRates, lag, queries, rebuildTimeout, output);
    }

    private static Duration seconds(String value) {
        return Duration.ofMillis((long) (Double.parseDouble(value) * 1000));
    }

    private static List<Integer> numbers(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    boolean inMemory() {
        return backend.equals("memory");
    }

    static String usage() {
        return """
                Options (all optional):
                  --events=1000000              events in the generated history (rebuild, queries, verification)
                  --backend=h2|memory           embedded store: H2 file in a temp folder (as the registry) or memory
                  --clients=1,4,16              HTTP clients of the command throughput runs
                  --seconds=10                  length of the baseline and of each throughput run
                  --warmup-seconds=20           unmeasured HTTP warm-up before the throughput runs
                  --lag-rate=100,500            offered commands/s of each projection lag run
                  --lag-seconds=10              length of each projection lag run
                  --queries=200                 requests per query kind
                  --rebuild-timeout-seconds=600 give up the rebuild after this long
                  --out=target/benchmark.json   where the figures go as JSON""";
    }
}
