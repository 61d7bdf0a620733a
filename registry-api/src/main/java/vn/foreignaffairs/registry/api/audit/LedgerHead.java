package vn.foreignaffairs.registry.api.audit;

import java.time.Instant;

/**
 * The end of the audit ledger's hash chain: how many events it has chained, the hash of the
 * last one, and when that event happened. An empty ledger has position 0 and {@link #GENESIS_HASH}.
 */
public record LedgerHead(long position, String hash, Instant at) {

    public static final String GENESIS_HASH = "0".repeat(64);

    public static LedgerHead empty() {
        return new LedgerHead(0, GENESIS_HASH, null);
    }
}
