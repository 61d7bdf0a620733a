package vn.foreignaffairs.registry.storage.embedded;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The driver's {@code countDocuments}: an {@code aggregate} of {@code $match}, optional
 * {@code $skip} and {@code $limit}, and {@code $group {_id: 1, n: {$sum: 1}}}. The embedded
 * server runs every aggregation over all the documents of the collection, read into one list
 * before the first stage: a register list's total over a large read model read the whole read
 * model into memory for each page (the benchmark ran out of heap at 100,000 delegations). Such an
 * aggregation is answered as the server's {@code count} command instead, which reads through the
 * query planner and keeps no document.
 */
final class CountPipeline {

    /** Options of an aggregate that a count answers as well; any other (collation, hint, ...) keeps the aggregation. */
    private static final Set<String> PLAIN = Set.of("aggregate", "pipeline", "cursor", "$db", "lsid", "$clusterTime",
            "txnNumber", "autocommit", "startTransaction", "readConcern", "$readPreference", "maxTimeMS", "comment");

    private CountPipeline() {
    }

    /** A database's commands, as the server runs them. */
    interface Commands {
        Document run(String command, Document query);
    }

    /** Runs {@code command}: a count as the server's {@code count} command, anything else as it is. */
    static Document handle(String command, Document query, String database, Commands server) {
        Document counted = answer(command, query, database, count -> server.run("count", count));
        return counted != null ? counted : server.run(command, query);
    }

    /**
     * The answer to {@code query} when it is a count, computed by {@code count} (the server's
     * count command); else null.
     */
    static Document answer(String command, Document query, String database, UnaryOperator<Document> count) {
        if (!"aggregate".equals(command) || !(query.get("aggregate") instanceof String collection)
                || !PLAIN.containsAll(query.keySet()) || !(query.get("pipeline") instanceof List<?> pipeline)) {
            return null;
        }
        Document countQuery = countQuery(collection, pipeline);
        if (countQuery == null) {
            return null;
        }
        Object counted = count.apply(countQuery).get("n");
        long n = counted instanceof Number number ? number.longValue() : 0;
        List<Document> firstBatch = n == 0 ? List.of() : List.of(new Document("_id", 1).append("n", n));
        Document cursor = new Document("firstBatch", firstBatch).append("id", 0L)
                .append("ns", database + "." + collection);
        return new Document("cursor", cursor).append("ok", 1.0);
    }

    private static Document countQuery(String collection, List<?> pipeline) {
        if (pipeline.size() < 2 || !(pipeline.get(0) instanceof Document match) || match.size() != 1
                || !(match.get("$match") instanceof Document filter) || !isCountGroup(pipeline.get(pipeline.size() - 1))) {
            return null;
        }
        Document countQuery = new Document("count", collection).append("query", filter);
        for (Object stage : pipeline.subList(1, pipeline.size() - 1)) {
            if (!(stage instanceof Document document) || document.size() != 1) {
                return null;
            }
            if (document.get("$skip") instanceof Number skip && !countQuery.containsKey("limit")) {
                countQuery.put("skip", skip.intValue());
            } else if (document.get("$limit") instanceof Number limit && !countQuery.containsKey("limit")) {
                countQuery.put("limit", limit.intValue());
            } else {
                return null;
            }
        }
        return countQuery;
    }

    private static boolean isCountGroup(Object stage) {
        return stage instanceof Document document && document.size() == 1
                && document.get("$group") instanceof Document group && group.size() == 2
                && group.get("_id") instanceof Number id && id.intValue() == 1
                && group.get("n") instanceof Document sum && sum.size() == 1
                && sum.get("$sum") instanceof Number one && one.intValue() == 1;
    }
}
