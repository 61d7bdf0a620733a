package vn.foreignaffairs.registry.storage.embedded;

import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The fields a query reads, when it can be matched against an index entry's values alone, as a
 * covered count does: top-level fields only (no dotted paths), combined by {@code $and}, {@code $or}
 * and {@code $nor}, with comparisons whose answer is the same for a null field as for a missing one
 * ({@code $exists} and {@code $type} tell them apart, the entry cannot).
 */
final class CoveredFields {

    private static final Set<String> COMBINATIONS = Set.of("$and", "$or", "$nor");
    private static final Set<String> COMPARISONS = Set.of("$eq", "$ne", "$in", "$nin", "$gt", "$gte", "$lt", "$lte");

    private CoveredFields() {
    }

    /** The fields {@code query} reads, or null if an entry's values cannot answer it. */
    static Set<String> of(Document query) {
        Set<String> fields = new HashSet<>();
        return collect(query, fields) ? fields : null;
    }

    private static boolean collect(Document query, Set<String> fields) {
        for (Map.Entry<String, Object> condition : query.entrySet()) {
            String key = condition.getKey();
            Object value = condition.getValue();
            if (COMBINATIONS.contains(key)) {
                if (!(value instanceof Collection<?> clauses) || clauses.isEmpty()) {
                    return false;
                }
                for (Object clause : clauses) {
                    if (!(clause instanceof Document document) || !collect(document, fields)) {
                        return false;
                    }
                }
            } else if (key.startsWith("$") || key.contains(".") || !isComparison(value)) {
                return false;
            } else {
                fields.add(key);
            }
        }
        return true;
    }

    private static boolean isComparison(Object value) {
        if (!(value instanceof Document operators)) {
            return !(value instanceof Collection<?>); // an array to equal is matched element by element too
        }
        if (operators.isEmpty() || !operators.keySet().stream().allMatch(key -> key.startsWith("$"))) {
            return false; // a sub-document to equal: left to the documents
        }
        return COMPARISONS.containsAll(operators.keySet())
                && operators.values().stream().noneMatch(operand -> operand instanceof Document);
    }
}
