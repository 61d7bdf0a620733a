package vn.foreignaffairs.registry.projections.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Applies an update to a document in memory the way the server would, for the two operators
 * the projectors use: {@code $set} and {@code $push} of a single value, on plain field paths.
 * Anything else (another operator, a path through an array or a non-document, a {@code $push}
 * onto a non-array, two paths that overlap) is declined with nothing changed, and the caller
 * sends the update to the server instead, which then answers as it always did.
 */
final class InMemoryUpdate {

    private static final String SET = "$set";
    private static final String PUSH = "$push";
    private static final Set<String> OPERATORS = Set.of(SET, PUSH);

    private InMemoryUpdate() {
    }

    /** Applies {@code update} to {@code target} and returns true, or returns false and leaves it as it was. */
    static boolean applyTo(BsonDocument target, BsonDocument update) {
        List<String> paths = new ArrayList<>();
        for (Map.Entry<String, BsonValue> operator : update.entrySet()) {
            if (!OPERATORS.contains(operator.getKey()) || !operator.getValue().isDocument()) {
                return false;
            }
            for (Map.Entry<String, BsonValue> field : operator.getValue().asDocument().entrySet()) {
                if (!applicable(target, operator.getKey(), field.getKey(), field.getValue())) {
                    return false;
                }
                paths.add(field.getKey());
            }
        }
        if (overlapping(paths)) {
            return false;
        }
        update.forEach((operator, fields) -> fields.asDocument().forEach((path, value) -> {
            String[] parts = path.split("\\.");
            BsonDocument parent = parentOf(target, parts);
            String leaf = parts[parts.length - 1];
            if (operator.equals(SET)) {
                parent.put(leaf, value);
            } else if (parent.containsKey(leaf)) {
                parent.get(leaf).asArray().add(value);
            } else {
                parent.put(leaf, new BsonArray(new ArrayList<>(List.of(value))));
            }
        }));
        return true;
    }

    private static boolean applicable(BsonDocument target, String operator, String path, BsonValue value) {
        String[] parts = path.split("\\.", -1);
        for (String part : parts) {
            if (part.isEmpty() || part.startsWith("$") || part.chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        if (parts[0].equals("_id")) {
            return false;
        }
        if (operator.equals(PUSH) && value.isDocument() && !value.asDocument().isEmpty()
                && value.asDocument().getFirstKey().startsWith("$")) {
            return false; // $each, $position and the like
        }
        BsonDocument parent = target;
        for (int i = 0; i < parts.length - 1; i++) {
            BsonValue next = parent.get(parts[i]);
            if (next == null) {
                return true; // the rest of the path is created
            }
            if (!next.isDocument()) {
                return false;
            }
            parent = next.asDocument();
        }
        BsonValue current = parent.get(parts[parts.length - 1]);
        return operator.equals(SET) || current == null || current.isArray();
    }

    /** The document that holds the path's last field, created where missing: the path was checked first. */
    private static BsonDocument parentOf(BsonDocument target, String[] parts) {
        BsonDocument parent = target;
        for (int i = 0; i < parts.length - 1; i++) {
            BsonValue next = parent.get(parts[i]);
            if (next == null) {
                next = new BsonDocument();
                parent.put(parts[i], next);
            }
            parent = next.asDocument();
        }
        return parent;
    }

    /** The server refuses an update with two paths where one is the other or lies inside it. */
    private static boolean overlapping(List<String> paths) {
        for (int i = 0; i < paths.size(); i++) {
            for (int j = 0; j < paths.size(); j++) {
                String a = paths.get(i);
                String b = paths.get(j);
                if (i != j && (a.equals(b) || b.startsWith(a + "."))) {
                    return true;
                }
            }
        }
        return false;
    }
}
