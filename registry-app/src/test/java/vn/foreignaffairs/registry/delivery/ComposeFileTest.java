package vn.foreignaffairs.registry.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml is how a user runs the registry on a real MongoDB replica set. */
class ComposeFileTest {

    private static final Path COMPOSE_FILE = Path.of("..", "docker-compose.yml");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(Map<String, Object> compose, String name) {
        return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsMongoAsAReplicaSetTheRegistryAgainstItAndPrometheus() throws IOException {
        Map<String, Object> compose;
        try (InputStream in = Files.newInputStream(COMPOSE_FILE)) {
            compose = new Yaml().load(in);
        }
        assertThat(String.valueOf(service(compose, "mongo").get("command"))).contains("--replSet");
        Map<String, Object> registry = service(compose, "registry");
        assertThat(registry.get("build")).isNotNull();
        assertThat(((Map<String, String>) registry.get("environment")).get("REGISTRY_MONGODB_URI"))
                .startsWith("mongodb://mongo:27017").contains("replicaSet=rs0");
        assertThat(service(compose, "prometheus")).isNotNull();
        assertThat(Files.readString(Path.of("..", "docker", "prometheus", "prometheus.yml")))
                .contains("/actuator/prometheus").contains("registry:8080");
        assertThat(Files.exists(Path.of("..", "Dockerfile"))).isTrue();
    }

    /** Runs only where a Compose client is installed (.ci/run installs one on Debian). */
    @Test
    void theComposeClientAcceptsTheFile() throws Exception {
        Optional<List<String>> client = composeClient();
        Assumptions.assumeTrue(client.isPresent(), "no docker compose client on this machine");
        List<String> command = new ArrayList<>(client.get());
        command.addAll(List.of("-f", COMPOSE_FILE.toString(), "config", "-q"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("REGISTRY_ADMIN_PASSWORD", "a-password-for-the-test");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    private static Optional<List<String>> composeClient() throws InterruptedException {
        for (List<String> candidate : List.of(List.of("docker", "compose"), List.of("docker-compose"))) {
            try {
                List<String> version = new ArrayList<>(candidate);
                version.add("version");
                Process process = new ProcessBuilder(version).redirectErrorStream(true).start();
                process.getInputStream().readAllBytes();
                if (process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0) {
                    return Optional.of(candidate);
                }
            } catch (IOException notInstalled) {
                // try the next client
            }
        }
        return Optional.empty();
    }
}
