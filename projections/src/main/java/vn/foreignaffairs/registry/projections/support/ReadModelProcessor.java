package vn.foreignaffairs.registry.projections.support;

/**
 * The one event processor of every read-model projector. Each processor reads the whole log and
 * writes its token after every batch, so one processor for all read models reads each event once
 * (per segment) where one per read model read it fifteen times: a rebuild and the projection lag
 * of live writes both depend on that (docs/performance.md). Every read-model document is folded
 * from the events of one aggregate and guarded by its version, so the segments, which split the
 * log by aggregate, may handle them in any order between aggregates.
 */
public final class ReadModelProcessor {

    public static final String NAME = "read-models";

    private ReadModelProcessor() {
    }
}
