package vn.foreignaffairs.registry.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark at a tiny size, so that it cannot rot: every phase runs and prints its figure. */
class BenchmarkSmokeTest {

    @Test
    void everyPhasePrintsAFigure(@TempDir Path folder) throws Exception {
        Path json = folder.resolve("benchmark.json");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Results results = Benchmark.run(Options.parse("--events=2000", "--clients=1", "--seconds=1",
                "--warmup-seconds=1", "--lag-rate=20,50", "--lag-seconds=1", "--queries=3",
                "--rebuild-timeout-seconds=40", "--out=" + json), new PrintStream(printed, true, StandardCharsets.UTF_8));

        String table = printed.toString(StandardCharsets.UTF_8);
        assertThat(results.phases()).containsKeys("baseline (raw inserts)", "HTTP create, 1 client(s)",
                "HTTP mixed create/submit/approve, 1 client(s)", "projection lag at 20/s", "projection lag at 50/s",
                "history (bulk insert)", "rebuild of all read models", "audit ledger chained from nothing",
                "read ceiling (raw driver reads)", "audit-chain verification");
        assertThat((Double) results.phases().get("baseline (raw inserts)").get("inserts/s")).isPositive();
        assertThat((Double) results.phases().get("HTTP create, 1 client(s)").get("commands/s")).isPositive();
        assertThat((Long) results.phases().get("HTTP mixed create/submit/approve, 1 client(s)").get("failures"))
                .isZero();
        assertThat((Double) results.phases().get("projection lag at 20/s").get("lag p99 ms")).isNotNaN();
        assertThat((Double) results.phases().get("projection lag at 50/s").get("lag p99 ms")).isNotNaN();
        assertThat((Double) results.phases().get("projection lag at 20/s over the history").get("lag p99 ms")).isNotNaN();
        assertThat((Double) results.phases().get("rebuild of all read models").get("events/s")).isPositive();
        assertThat((Double) results.phases().get("audit ledger chained from nothing").get("events/s")).isPositive();
        // The whole log chained again, so verification checks every event and finds the chain whole.
        assertThat(results.phases().get("audit-chain verification")).containsEntry("answer", "OK");
        assertThat(results.phases().get("audit-chain verification").get("entries checked"))
                .isEqualTo(results.phases().get("audit ledger chained from nothing").get("events"));
        // The ceiling read the whole log and ledger, so the phases that read them can be put against it.
        assertThat((Double) results.phases().get("read ceiling (raw driver reads)").get("event and entry read/s"))
                .isPositive();
        assertThat((Double) results.phases().get("rebuild of all read models").get("% of read ceiling")).isPositive();
        assertThat((Double) results.phases().get("audit-chain verification").get("% of read ceiling")).isPositive();
        assertThat(results.phases().keySet()).anyMatch(phase -> phase.startsWith("query: "));
        results.phases().forEach((phase, figures) -> assertThat(figures).as(phase).isNotEmpty());
        assertThat(table).contains("warm-up (not measured)", "phase", "rebuild of all read models", "peak heap MiB");
        assertThat(Files.readString(json)).contains("\"phases\"", "inserts/s");
    }
}
