package vn.foreignaffairs.registry.audit.ledger;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

    /**
     * Unchained events this close to the ledger's head are taken as not reached yet by the
     * projector: Mongo's tracking reads with a look-back window, and a late commit can carry a
     * slightly earlier time than events already chained.
     */
    static final Duration PENDING_WINDOW = Duration.ofSeconds(10);

    @Bean
    LedgerVerifier ledgerVerifier(LedgerStore store) {
        return new LedgerVerifier(store, PENDING_WINDOW);
    }
}
