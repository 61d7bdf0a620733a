package vn.foreignaffairs.registry.audit.ledger;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

    /**
     * Unchained events this close to the time of verification are taken as not reached yet by the
     * projector, unless its token has passed them: it chains an event shortly after it is stored,
     * and clocks of several instances may be a little apart. An older unchained event is a break,
     * whatever the ledger's head says (an emptied or cut ledger has an old head, or none).
     */
    static final Duration PENDING_WINDOW = Duration.ofSeconds(10);

    @Bean
    LedgerVerifier ledgerVerifier(LedgerStore store) {
        return new LedgerVerifier(store, PENDING_WINDOW);
    }
}
