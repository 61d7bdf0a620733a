package vn.foreignaffairs.registry.storage.embedded;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a query says about single fields that an index can use to narrow it: a field equal to a
 * value, or within bounds. Only conditions every matching document must meet are taken (those at
 * the top of the query or inside {@code $and}); what cannot be read so simply ({@code $or},
 * {@code $not}, nulls, arrays, sub-documents, patterns) is left out. Leaving a condition out only
 * makes the candidates more: the server still matches every candidate against the whole query.
 */
final class FieldConditions {

    /** Bounds on a field's value; a null bound is open. */
    record Range(Object lower, boolean lowerInclusive, Object upper, boolean upperInclusive) {

        static final Range ANY = new Range(null, true, null, true);

        Range withLower(Object value, boolean inclusive) {
            int against = lower == null ? 1 : ValueOrder.SERVER.compare(value, lower);
            if (against < 0) {
                return this;
            }
            return new Range(value, against == 0 ? inclusive && lowerInclusive : inclusive, upper, upperInclusive);
        }

        Range withUpper(Object value, boolean inclusive) {
            int against = upper == null ? -1 : ValueOrder.SERVER.compare(value, upper);
            if (against > 0) {
                return this;
            }
            return new Range(lower, lowerInclusive, value, against == 0 ? inclusive && upperInclusive : inclusive);
        }

        Range withoutUpper() {
            return new Range(lower, lowerInclusive, null, true);
        }

        boolean bounded() {
            return lower != null || upper != null;
        }

        /** Whether no value lies within: the lower bound above the upper (say a date above a text). */
        boolean empty() {
            if (lower == null || upper == null) {
                return false;
            }
            int against = ValueOrder.SERVER.compare(lower, upper);
            return against > 0 || against == 0 && !(lowerInclusive && upperInclusive);
        }

        /**
         * The range with an open end closed where the other bound's type ends, for the types whose
         * ends are known: the server's {@code $lt}, {@code $gt} and the like match only values of
         * the bound's own type, so {@code $lt} a date need not read the nulls, numbers and text
         * that sort before every date (a list of what fell due before a day would otherwise read
         * every record that has no due date).
         */
        Range withinTypeOfBounds() {
            if (lower == null && upper != null) {
                Object lowest = lowestOfType(upper);
                return lowest == null ? this : new Range(lowest, true, upper, upperInclusive);
            }
            if (upper == null && lower != null) {
                Object highest = highestOfType(lower);
                return highest == null ? this : new Range(lower, lowerInclusive, highest, true);
            }
            return this;
        }

        private static Object lowestOfType(Object value) {
            if (value instanceof String) {
                return "";
            }
            return value instanceof Instant ? Instant.ofEpochMilli(Long.MIN_VALUE) : null;
        }

        /**
         * Text has no greatest value, and numbers have NaN and infinities: only dates (the server
         * holds them as instants of BSON's 64-bit milliseconds) are closed above.
         */
        private static Object highestOfType(Object value) {
            return value instanceof Instant ? Instant.ofEpochMilli(Long.MAX_VALUE) : null;
        }
    }

    private final Map<String, Object> equalities = new HashMap<>();
    private final Map<String, Range> ranges = new HashMap<>();
    private final Map<String, List<Object>> anyOf = new HashMap<>();
    private final Map<String, Set<Object>> noneOf = new HashMap<>();
    /** Whether the equalities and lists of values above are the whole query (see {@link #exact()}). */
    private boolean exact = true;

    private FieldConditions() {
    }

    static FieldConditions of(Document query) {
        FieldConditions conditions = new FieldConditions();
        if (query != null) {
            conditions.collect(query);
        }
        return conditions;
    }

    boolean isEmpty() {
        return equalities.isEmpty() && ranges.isEmpty() && anyOf.isEmpty();
    }

    boolean hasEquality(String field) {
        return equalities.containsKey(field);
    }

    Object equality(String field) {
        return equalities.get(field);
    }

    /**
     * Whether a document matches the query exactly when each field of {@link #exactFields} equals
     * its value or one of its values: the query is nothing but such conditions, each field at most once.
     */
    boolean exact() {
        return exact;
    }

    /** The fields of an {@link #exact} query. */
    Set<String> exactFields() {
        Set<String> fields = new HashSet<>(equalities.keySet());
        fields.addAll(anyOf.keySet());
        return fields;
    }

    Range range(String field) {
        return ranges.getOrDefault(field, Range.ANY);
    }

    /** The values of an {@code $in} of single values on the field, sorted, or null. */
    List<Object> anyOf(String field) {
        return anyOf.get(field);
    }

    /**
     * Whether the query's {@code $nin} surely refuses the document: a field of it holds exactly one
     * of the listed values. Cheaper than the server's matcher, which walks the list for every
     * document (a tracking processor's query lists every event of the last second it has seen).
     */
    boolean surelyExcludes(Document document) {
        for (Map.Entry<String, Set<Object>> excluded : noneOf.entrySet()) {
            Object value = document.get(excluded.getKey());
            if (isPlain(value) && excluded.getValue().contains(value)) {
                return true;
            }
        }
        return false;
    }

    private void collect(Document query) {
        for (Map.Entry<String, Object> condition : query.entrySet()) {
            String field = condition.getKey();
            Object value = condition.getValue();
            if (field.equals("$and") && value instanceof Collection<?> clauses) {
                for (Object clause : clauses) {
                    if (clause instanceof Document document) {
                        collect(document);
                    } else {
                        exact = false;
                    }
                }
            } else if (!field.startsWith("$")) {
                collect(field, value);
            } else {
                exact = false;
            }
        }
    }

    private void collect(String field, Object value) {
        if (isPlain(value)) {
            equal(field, value);
            return;
        }
        if (!(value instanceof Document operators) || operators.isEmpty()
                || !operators.keySet().stream().allMatch(key -> key.startsWith("$"))) {
            exact = false;
            return; // a sub-document to equal: left to the matcher
        }
        if (operators.size() > 1) {
            exact = false;
        }
        for (Map.Entry<String, Object> operator : operators.entrySet()) {
            collect(field, operator.getKey(), operator.getValue());
        }
    }

    private void collect(String field, String operator, Object operand) {
        if (operator.equals("$in") && operand instanceof Collection<?> values && !values.isEmpty()
                && values.stream().allMatch(FieldConditions::isPlain)) {
            List<Object> distinct = distinctInOrder(values);
            if (distinct.size() == 1) {
                equal(field, distinct.get(0)); // the same condition, and an index can read it in order
                return;
            }
            conditionOnce(field);
            anyOf.putIfAbsent(field, distinct);
            return;
        }
        exact = exact && operator.equals("$eq") && isPlain(operand);
        if (operator.equals("$nin") && !field.contains(".") && operand instanceof Collection<?> values
                && values.stream().allMatch(FieldConditions::isPlain)) {
            noneOf.computeIfAbsent(field, name -> new HashSet<>()).addAll(values);
            return;
        }
        if (!isPlain(operand)) {
            return;
        }
        Range range = range(field);
        switch (operator) {
            case "$eq" -> equal(field, operand);
            case "$gt" -> ranges.put(field, range.withLower(operand, false));
            case "$gte" -> ranges.put(field, range.withLower(operand, true));
            case "$lt" -> ranges.put(field, range.withUpper(operand, false));
            case "$lte" -> ranges.put(field, range.withUpper(operand, true));
            default -> {
                // $ne, $exists, $type, ...: the matcher applies them
            }
        }
    }

    /**
     * The values sorted, each once: a value listed twice (or 3 and 3.0) would otherwise be read as
     * two stretches of an index holding the same entries, and its documents found twice.
     */
    private static List<Object> distinctInOrder(Collection<?> values) {
        List<Object> sorted = new ArrayList<>(values);
        sorted.sort(ValueOrder.SERVER);
        List<Object> distinct = new ArrayList<>(sorted.size());
        for (Object value : sorted) {
            if (distinct.isEmpty() || ValueOrder.SERVER.compare(distinct.get(distinct.size() - 1), value) != 0) {
                distinct.add(value);
            }
        }
        return distinct;
    }

    private void equal(String field, Object value) {
        conditionOnce(field);
        equalities.putIfAbsent(field, value);
    }

    /** A second equality or list of values on one field keeps the query from being {@link #exact}. */
    private void conditionOnce(String field) {
        exact &= !equalities.containsKey(field) && !anyOf.containsKey(field);
    }

    /** A single value an index entry can be compared with: not null, not a list, document or pattern. */
    private static boolean isPlain(Object value) {
        return value != null && !(value instanceof Missing) && !(value instanceof Document)
                && !(value instanceof Collection<?>) && !(value instanceof MinKey) && !(value instanceof MaxKey)
                && !BsonRegularExpression.isRegularExpression(value);
    }
}
