package vn.foreignaffairs.registry.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The figures of a run, phase by phase, in the order measured: printed as a table and written as JSON. */
final class Results {

    private final Map<String, Object> machine = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> phases = new LinkedHashMap<>();
    private final PrintStream progress;

    Results(PrintStream progress) {
        this.progress = progress;
    }

    Map<String, Object> machine() {
        return machine;
    }

    void put(String phase, String figure, Object value) {
        phases.computeIfAbsent(phase, name -> new LinkedHashMap<>()).put(figure, value);
        progress.printf("    %s: %s = %s%n", phase, figure, format(value));
    }

    Map<String, Map<String, Object>> phases() {
        return phases;
    }

    void print(PrintStream out) {
        out.println();
        out.println("Benchmark of the registry on its embedded store");
        machine.forEach((key, value) -> out.printf("  %-22s %s%n", key, value));
        out.println();
        out.printf("%-34s %-30s %s%n", "phase", "figure", "value");
        out.println("-".repeat(90));
        phases.forEach((phase, figures) -> {
            String name = phase;
            for (Map.Entry<String, Object> figure : figures.entrySet()) {
                out.printf("%-34s %-30s %s%n", name, figure.getKey(), format(figure.getValue()));
                name = "";
            }
        });
        out.println("-".repeat(90));
    }

    private static String format(Object value) {
        if (value instanceof Double number) {
            return number.isNaN() ? "n/a" : String.format("%,.1f", number);
        }
        if (value instanceof Long || value instanceof Integer) {
            return String.format("%,d", ((Number) value).longValue());
        }
        return String.valueOf(value);
    }

    void writeJson(Path file) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("machine", machine);
        all.put("phases", phases);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), all);
    }
}
