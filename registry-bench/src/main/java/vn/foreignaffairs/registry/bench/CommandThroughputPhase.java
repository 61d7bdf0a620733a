package vn.foreignaffairs.registry.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Commands per second over HTTP from {@code clients} concurrent clients, each sending its next
 * command once the previous one is answered: either only "create delegation" (officer), or the
 * mixed workload create (officer), submit (officer), approve (leader) of one delegation after another.
 */
final class CommandThroughputPhase {

    record Outcome(double commandsPerSecond, long commands, long failures, String firstFailure) {
    }

    enum Workload { CREATE, MIXED }

    private CommandThroughputPhase() {
    }

    static Outcome run(int port, Workload workload, int clients, Duration duration) throws InterruptedException {
        AtomicLong commands = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        long deadline = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            Thread thread = new Thread(() -> {
                RegistryHttp http = new RegistryHttp(port);
                while (System.nanoTime() < deadline) {
                    try {
                        commands.addAndGet(workload == Workload.CREATE ? create(http) : mixed(http));
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                        firstFailure.compareAndSet(null, e.getMessage());
                    }
                }
            }, "bench-client-" + i);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Outcome(commands.get() / seconds, commands.get(), failures.get(), firstFailure.get());
    }

    private static int create(RegistryHttp http) {
        expect(http.post("officer", "/api/v1/delegations", RegistryHttp.newDelegation(), null), "create");
        return 1;
    }

    private static int mixed(RegistryHttp http) {
        String id = RegistryHttp.idOf(expect(http.post("officer", "/api/v1/delegations",
                RegistryHttp.newDelegation(), null), "create"));
        expect(http.post("officer", "/api/v1/delegations/" + id + "/submit", null, "1"), "submit");
        expect(http.post("leader", "/api/v1/delegations/" + id + "/approve", RegistryHttp.decision(), "2"),
                "approve");
        return 3;
    }

    static HttpResponse<String> expect(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }
}
