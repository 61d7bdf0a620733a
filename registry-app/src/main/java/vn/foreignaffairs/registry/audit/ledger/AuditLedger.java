package vn.foreignaffairs.registry.audit.ledger;

import java.util.Optional;
import vn.foreignaffairs.registry.api.audit.LedgerHead;

/** The tamper-evident hash chain over the event log, as far as the ledger projector has folded it. */
public interface AuditLedger {

    /** The current head of the chain. */
    LedgerHead head();

    /** The chain hash recorded for an event, if the ledger has chained it yet. */
    Optional<String> hashOf(String eventId);
}
