package vn.foreignaffairs.registry.bench;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Register lists and reports over the generated history, over HTTP as the inspector: each query
 * {@code repeat} times one after another after a few warm-up requests; p50 and p99 per query.
 */
final class QueryPhase {

    private QueryPhase() {
    }

    static Map<String, Latencies> run(int port, Map<String, String> queries, int repeat) {
        RegistryHttp http = new RegistryHttp(port);
        Map<String, Latencies> results = new LinkedHashMap<>();
        queries.forEach((name, path) -> {
            for (int i = 0; i < Math.min(5, repeat); i++) {
                CommandThroughputPhase.expect(http.get("inspector", path), name);
            }
            Latencies latencies = new Latencies();
            for (int i = 0; i < repeat; i++) {
                long started = System.nanoTime();
                HttpResponse<String> response = http.get("inspector", path);
                latencies.add(System.nanoTime() - started);
                CommandThroughputPhase.expect(response, name);
            }
            results.put(name, latencies);
        });
        return results;
    }
}
