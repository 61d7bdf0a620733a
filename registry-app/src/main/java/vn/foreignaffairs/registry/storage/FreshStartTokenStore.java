package vn.foreignaffairs.registry.storage;

import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;

/**
 * The Mongo token store, except that a processor starting without a token starts at the tail of
 * the log instead of in a replay up to its head. Axon's default first token is a replay token
 * whose position at reset is the store's head token, and a Mongo head token knows no event ids:
 * every event of such a replay then adds its id to that position for good
 * ({@code MongoTrackingToken.upperBound}), and the replay never ends. The token of every
 * processor on a fresh or restored store grew by one id per event of the log, in memory and in
 * every token write (docs/performance.md, heap at 100,000 events). A reset (rebuild) still
 * replays: it stores its replay token directly, with the processor's own position at reset.
 */
final class FreshStartTokenStore extends MongoTokenStore {

    FreshStartTokenStore(Builder builder) {
        super(builder);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
        super.initializeTokenSegments(processorName, segmentCount,
                initialToken instanceof ReplayToken replay ? replay.getCurrentToken() : initialToken);
    }
}
