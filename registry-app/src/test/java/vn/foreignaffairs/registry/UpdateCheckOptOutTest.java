package vn.foreignaffairs.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** The registry opts out of Axon's update checker where the checker looks first. */
class UpdateCheckOptOutTest {

    @AfterEach
    void forget() {
        System.clearProperty(UpdateCheckOptOut.AXONIQ_PROPERTY);
    }

    @Test
    void theConfiguredOptOutBecomesTheSystemPropertyTheCheckerReads() {
        System.clearProperty(UpdateCheckOptOut.AXONIQ_PROPERTY);
        new UpdateCheckOptOut().postProcessEnvironment(new MockEnvironment().withProperty("axon.update-check.disabled", "true"),
                new SpringApplication());
        assertThat(System.getProperty(UpdateCheckOptOut.AXONIQ_PROPERTY)).isEqualTo("true");
    }

    @Test
    void anOperatorWhoTurnsTheCheckOnIsObeyed() {
        System.clearProperty(UpdateCheckOptOut.AXONIQ_PROPERTY);
        new UpdateCheckOptOut().postProcessEnvironment(new MockEnvironment().withProperty("axon.update-check.disabled", "false"),
                new SpringApplication());
        assertThat(System.getProperty(UpdateCheckOptOut.AXONIQ_PROPERTY)).isNull();
    }
}
