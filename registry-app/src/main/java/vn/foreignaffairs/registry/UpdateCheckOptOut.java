package vn.foreignaffairs.registry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Makes {@code axon.update-check.disabled} (true in application.yml) take effect: Axon's update
 * checker, which reports usage to AxonIQ's servers, reads its opt-out from a system property, an
 * environment variable or a file in the user's home before it reads Spring's configuration, and
 * the file it writes there on first start says "not opted out". A government registry does not
 * call a vendor's servers; this sets the system property before the checker starts.
 */
public class UpdateCheckOptOut implements EnvironmentPostProcessor {

    static final String AXONIQ_PROPERTY = "axoniq.update-checker.disabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean disabled = environment.getProperty("axon.update-check.disabled", Boolean.class, true);
        if (disabled && System.getProperty(AXONIQ_PROPERTY) == null) {
            System.setProperty(AXONIQ_PROPERTY, "true");
        }
    }
}
