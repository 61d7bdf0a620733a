package vn.foreignaffairs.registry.storage;

import java.util.Set;

/**
 * The collections the registry can always compute again from the event log: the read models and
 * the processors' progress tokens. A write to one of them need not reach the file before it is
 * acknowledged: a crash loses at most the last second of them (H2's background commit), and the
 * processors then handle again, from the token that was kept, what the lost writes had done;
 * a token is written after the read-model writes of its events, so no kept token is ahead of its
 * read models. Every other collection (the events, snapshots, users, idempotency answers, the
 * audit ledger and the refusal log) is committed before each write is acknowledged. A collection
 * missing here is merely committed too often; {@code DerivedCollectionsTest} keeps the list whole.
 */
public final class DerivedCollections {

    static final Set<String> NAMES = Set.of("trackingtokens", "agencies", "policies", "freezes", "holidaychanges",
            "annual_plans", "delegations", "delegation_trips", "inbound_delegations", "agreements",
            "agreement_implementation_plans", "conferences", "aid_donors", "aid_projects", "links",
            "compliance_reports");

    private DerivedCollections() {
    }

    public static boolean contains(String collection) {
        return NAMES.contains(collection);
    }
}
