package vn.foreignaffairs.registry.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml provisions Grafana with Prometheus and a dashboard of the registry's own metrics. */
class GrafanaDashboardTest {

    private static final Path GRAFANA = Path.of("..", "docker", "grafana");

    @Test
    @SuppressWarnings("unchecked")
    void composeProvisionsGrafanaWithTheDatasourceAndTheDashboard() throws IOException {
        Map<String, Object> compose;
        try (InputStream in = Files.newInputStream(Path.of("..", "docker-compose.yml"))) {
            compose = new Yaml().load(in);
        }
        Map<String, Object> grafana = (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get("grafana");
        assertThat(grafana).isNotNull();
        assertThat(grafana.get("volumes").toString()).contains("./docker/grafana/provisioning:/etc/grafana/provisioning")
                .contains("./docker/grafana/dashboards:/etc/grafana/dashboards");
        assertThat(Files.readString(GRAFANA.resolve("provisioning/datasources/prometheus.yml")))
                .contains("http://prometheus:9090").contains("uid: registry-prometheus");
        assertThat(Files.readString(GRAFANA.resolve("provisioning/dashboards/registry.yml")))
                .contains("path: /etc/grafana/dashboards");
    }

    @Test
    void theDashboardGraphsEveryMetricTheRegistryAdds() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(GRAFANA.resolve("dashboards/registry.json").toFile());
        assertThat(dashboard.path("uid").asText()).isEqualTo("foreign-affairs-registry");
        List<String> expressions = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            assertThat(panel.path("datasource").path("uid").asText()).isEqualTo("registry-prometheus");
            panel.path("targets").forEach(target -> expressions.add(target.path("expr").asText()));
        }
        assertThat(String.join("\n", expressions)).contains("registry_commands_accepted_total")
                .contains("registry_commands_refused_total").contains("registry_events_appended_total")
                .contains("registry_processor_lag_seconds").contains("registry_report_computation_seconds_sum");
    }
}
