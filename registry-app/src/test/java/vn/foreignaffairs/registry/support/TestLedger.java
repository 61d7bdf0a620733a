package vn.foreignaffairs.registry.support;

import java.time.Instant;
import java.util.Optional;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import vn.foreignaffairs.registry.api.audit.LedgerHead;
import vn.foreignaffairs.registry.audit.ledger.AuditLedger;

/**
 * Stands in for the audit ledger, built on another branch, with a fixed head. TO REMOVE when the
 * branch audit-ledger is merged (with its @Import in RegistryIntegrationTest and the test
 * applications that list it): the real ledger then provides the bean.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestLedger {

    public static final LedgerHead HEAD = new LedgerHead(42, "ab".repeat(32), Instant.parse("2025-06-30T10:00:00Z"));

    @Bean
    AuditLedger testAuditLedger() {
        return new AuditLedger() {
            @Override
            public LedgerHead head() {
                return HEAD;
            }

            @Override
            public Optional<String> hashOf(String eventId) {
                return Optional.empty();
            }
        };
    }
}
