package vn.foreignaffairs.registry.storage.embedded;

import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.Comparator;

/**
 * The server's order of single values ({@link ValueComparator}, lists not handled), reached at
 * once for two values of the same common type. Every entry an index adds or finds is compared
 * with a dozen others, and the server's comparator first ranks both values' types through a
 * chain of type tests: an eighth of a rebuild's CPU. For these types its answer is exactly their
 * own order (numbers as the server normalises them: two longs by their long values, two ints by
 * their values); every other pair is left to the server's comparator.
 */
final class ValueOrder implements Comparator<Object> {

    static final ValueOrder SERVER = new ValueOrder();

    private static final Comparator<Object> SERVERS_OWN = ValueComparator.ascWithoutListHandling();

    private ValueOrder() {
    }

    @Override
    public int compare(Object a, Object b) {
        if (a != null && b != null && a.getClass() == b.getClass()) {
            if (a instanceof String text) {
                return text.compareTo((String) b);
            }
            if (a instanceof ObjectId id) {
                return id.compareTo((ObjectId) b);
            }
            if (a instanceof Instant instant) {
                return instant.compareTo((Instant) b);
            }
            if (a instanceof Long number) {
                return Long.compare(number, (Long) b);
            }
            if (a instanceof Integer number) {
                return Integer.compare(number, (Integer) b);
            }
        }
        return SERVERS_OWN.compare(a, b);
    }
}
