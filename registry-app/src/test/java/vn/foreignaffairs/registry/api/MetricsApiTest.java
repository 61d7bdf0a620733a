package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/** The registry's own metrics at /actuator/prometheus, after a write, a refusal and a report. */
class MetricsApiTest extends RegistryIntegrationTest {

    private static final String ACCEPTED = "registry_commands_accepted_total{command=\"CreateDelegationCommand\"";
    private static final String REFUSED =
            "registry_commands_refused_total{code=\"ILLEGAL_TRANSITION\",command=\"SubmitDelegationCommand\"";
    private static final String APPENDED = "registry_events_appended_total{type=\"DelegationDrafted\"";
    private static final String REPORT_TIME =
            "registry_report_computation_seconds_count{kind=\"HALF_YEAR\",scope=\"agency\"";

    @Test
    void commandsAcceptedAndRefusedEventsAppendedLagAndReportTimeAreExposed() {
        double acceptedBefore = value(ACCEPTED);
        double refusedBefore = value(REFUSED);
        double appendedBefore = value(APPENDED);
        double reportsBefore = value(REPORT_TIME);

        String id = createSubmitted("officer").id();
        assertThat(api.post("officer", "/api/v1/delegations/" + id + "/submit", null).code())
                .isEqualTo("ILLEGAL_TRANSITION");
        assertThat(api.get("officer", "/api/v1/reports/SKHDT/2024-H1").status()).isEqualTo(200);

        String metrics = scrape();
        assertThat(value(metrics, ACCEPTED)).isEqualTo(acceptedBefore + 1);
        assertThat(value(metrics, REFUSED)).isEqualTo(refusedBefore + 1);
        assertThat(value(metrics, APPENDED)).isEqualTo(appendedBefore + 1);
        assertThat(value(metrics, REPORT_TIME)).isEqualTo(reportsBefore + 1);
        assertThat(metrics).contains("registry_processor_lag_seconds{processor=\"read-models\"}")
                .contains("registry_processor_lag_seconds{processor=\"audit-ledger\"}")
                .contains("registry_processor_lag_events{processor=\"read-models\"}")
                .contains("registry_report_computation_seconds_sum");
    }

    private String scrape() {
        var response = api.get("admin", "/actuator/prometheus");
        assertThat(response.status()).isEqualTo(200);
        return response.raw().body();
    }

    private double value(String series) {
        return value(scrape(), series);
    }

    /** The sample of the series starting with {@code series} (its labels so far), 0 when not there yet. */
    private static double value(String metrics, String series) {
        return metrics.lines().filter(line -> line.startsWith(series))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }
}
